import { z } from 'zod';
import type { PeerCommitments } from '../../domain/groups/commitments';
import type { Fit } from '../../domain/groups/opportunities';
import type { GoalView, GroupListItem, GroupsToday, GroupView, OpportunityView } from '../../domain/groups/views';
import {
  actionItemSchema,
  goalSchema,
  groupSchema,
  idSchema,
  isoDate,
  meetingSchema,
  milestoneSchema,
  opportunitySchema,
  personId,
  type Goal,
  type Meeting,
} from '../../schema/document';
import { INTERACTION_CHANNELS } from '../../schema/vocabulary';
import { none, returns, type ContractRow } from '../contract-kit';
import type { GROUP_CHANNELS } from './groups.channels';

/** A group as the renderer sends it: no meetings, rotation or timestamps (each has its own channel); no id for a new one. */
export const groupInputSchema = groupSchema
  .pick({ name: true, kind: true, purpose: true, memberIds: true, cadenceDays: true })
  .extend({ id: idSchema.optional() });
export type GroupInput = z.input<typeof groupInputSchema>;

/**
 * A meeting as the renderer sends it: action items may come without ids (main gives them
 * one); an agenda, notes or action items left out keep the saved ones (a confidential
 * meeting's text the screen never revealed); the link to its interaction is main's to keep.
 */
export const meetingInputSchema = meetingSchema
  .omit({ id: true, agenda: true, notes: true, actionItems: true, interactionId: true })
  .extend({
    id: idSchema.optional(),
    agenda: z.string().max(50_000).optional(),
    notes: z.string().max(100_000).optional(),
    actionItems: z
      .array(actionItemSchema.extend({ id: idSchema.optional() }))
      .max(200)
      .optional(),
  });
export type MeetingInput = z.input<typeof meetingInputSchema>;

/** A goal as the renderer sends it: check-ins have their own channel; milestones may come without ids; a why left out keeps the saved one (never revealed). */
export const goalInputSchema = goalSchema
  .omit({ id: true, why: true, checkIns: true, milestones: true, createdAt: true, updatedAt: true })
  .extend({
    id: idSchema.optional(),
    why: z.string().max(20_000).optional(),
    milestones: z
      .array(milestoneSchema.extend({ id: idSchema.optional() }))
      .max(200)
      .default([]),
  });
export type GoalInput = z.input<typeof goalInputSchema>;

export const checkInInputSchema = z.object({
  goalId: idSchema,
  date: isoDate,
  progress: z.number().int().min(0).max(100),
  note: z.string().max(20_000).default(''),
  withPeerId: idSchema.nullable().default(null),
  /** log it in the interaction log as an accountability exchange with that peer, by this channel */
  log: z
    .object({
      channel: z.enum(INTERACTION_CHANNELS),
      durationMinutes: z
        .number()
        .int()
        .min(0)
        .max(24 * 60)
        .nullable()
        .default(null),
    })
    .nullable()
    .default(null),
});
export type CheckInInput = z.input<typeof checkInInputSchema>;

export const opportunityInputSchema = opportunitySchema
  .omit({ id: true, sharedWith: true, createdAt: true, updatedAt: true })
  .extend({ id: idSchema.optional() });
export type OpportunityInput = z.input<typeof opportunityInputSchema>;

const token = z.string().min(1).max(100);
const absence = z.object({ meetingNumber: z.number().int().min(1).max(100_000), personId });

/** Input schemas and result types for peer groups and meetings, goals, opportunities and boundaries. */
export const groupContract = {
  'groups:list': { input: none, result: returns<GroupListItem[]>() },
  'groups:get': { input: z.object({ id: idSchema }), result: returns<GroupView>() },
  'groups:save': { input: groupInputSchema, result: returns<GroupView>() },
  'groups:delete': { input: z.object({ id: idSchema }), result: returns<{ token: string }>() },
  /** undo a delete of a group, meeting, goal or opportunity (until the vault locks) */
  'groups:undo': { input: z.object({ token }), result: returns<{ restored: string }>() },
  'groups:setRotation': {
    input: z.object({ id: idSchema, facilitatorOrder: z.array(personId).max(501), absences: z.array(absence).max(5000) }),
    result: returns<GroupView>(),
  },
  'groups:generateRotation': { input: z.object({ id: idSchema, includeMe: z.boolean() }), result: returns<GroupView>() },
  'groups:saveMeeting': {
    input: z.object({ groupId: idSchema, meeting: meetingInputSchema, logInteraction: z.boolean() }),
    result: returns<{ view: GroupView; meetingId: string; interactionId: string | null }>(),
  },
  'groups:deleteMeeting': { input: z.object({ groupId: idSchema, meetingId: idSchema }), result: returns<{ token: string }>() },
  /** one meeting's confidential text: its notes, agenda and action items */
  'groups:revealNotes': {
    input: z.object({ groupId: idSchema, meetingId: idSchema }),
    result: returns<Pick<Meeting, 'notes' | 'agenda' | 'actionItems'>>(),
  },
  'groups:setActionItem': {
    input: z.object({ groupId: idSchema, meetingId: idSchema, itemId: idSchema, done: z.boolean() }),
    result: returns<{ done: boolean }>(),
  },
  'groups:today': { input: none, result: returns<GroupsToday>() },
  'groups:forPeer': { input: z.object({ peerId: idSchema }), result: returns<PeerCommitments>() },
  'goals:list': { input: none, result: returns<GoalView[]>() },
  'goals:save': { input: goalInputSchema, result: returns<GoalView>() },
  /** one goal's private text: its why and its check-ins' notes */
  'goals:reveal': { input: z.object({ id: idSchema }), result: returns<Pick<Goal, 'id' | 'why' | 'checkIns'>>() },
  'goals:delete': { input: z.object({ id: idSchema }), result: returns<{ token: string }>() },
  'goals:checkIn': { input: checkInInputSchema, result: returns<{ goal: GoalView; interactionId: string | null }>() },
  'goals:deleteCheckIn': { input: z.object({ goalId: idSchema, checkInId: idSchema }), result: returns<GoalView>() },
  'goals:setMilestone': { input: z.object({ goalId: idSchema, milestoneId: idSchema, done: z.boolean() }), result: returns<GoalView>() },
  'opportunities:list': { input: none, result: returns<OpportunityView[]>() },
  'opportunities:save': { input: opportunityInputSchema, result: returns<OpportunityView>() },
  'opportunities:delete': { input: z.object({ id: idSchema }), result: returns<{ token: string }>() },
  'opportunities:whoWouldItHelp': { input: z.object({ id: idSchema }), result: returns<Fit[]>() },
  'opportunities:share': {
    input: z.object({
      id: idSchema,
      peerIds: z.array(idSchema).min(1, 'Pick at least one peer to share it with').max(200),
      date: isoDate,
      log: z.boolean(),
    }),
    result: returns<{ opportunity: OpportunityView; interactionIds: string[] }>(),
  },
} as const satisfies Record<(typeof GROUP_CHANNELS)[number], ContractRow>;
