import { z } from 'zod';
import type { CheckIn } from '../../domain/cadence';
import type { Day } from '../../domain/days';
import type { InteractionView } from '../../domain/interaction-view';
import type { LifeEventMention, LifeEventView } from '../../domain/life-events';
import type { Pattern } from '../../domain/patterns';
import type { BalanceWord, Bucket, KindTotals, PeerReciprocity, SeriesPoint, Tally, WindowChoice } from '../../domain/reciprocity';
import type { TodayData } from '../../domain/today';
import { followUpSchema, idSchema, interactionObject, isoDate, lifeEventSchema, type Interaction } from '../../schema/document';
import { returns, type ContractRow } from '../contract-kit';
import type { INTERACTION_CHANNELS } from './interactions.channels';

/**
 * What the renderer sends to log or edit an interaction: no timestamps; no id for a new one;
 * follow-ups may come without ids (main gives them one); a summary left out keeps the saved
 * one (a confidential summary the screen never revealed). The record is checked again
 * against the vault's schema in main (a peer listed twice, an exchange with a peer not in it).
 */
export const interactionInputSchema = interactionObject
  .omit({ id: true, createdAt: true, updatedAt: true, summary: true, followUps: true })
  .extend({
    id: idSchema.optional(),
    summary: z.string().max(20_000).optional(),
    followUps: z
      .array(followUpSchema.extend({ id: idSchema.optional() }))
      .max(100)
      .default([]),
  });
export type InteractionInput = z.input<typeof interactionInputSchema>;

/** A life event to save: a note left out keeps the saved one (a confidential note the screen never showed). */
export const lifeEventInputSchema = lifeEventSchema
  .omit({ id: true, createdAt: true, updatedAt: true, note: true })
  .extend({ id: idSchema.optional(), note: z.string().max(2000).optional() });
export type LifeEventInput = z.input<typeof lifeEventInputSchema>;

export type { LifeEventView };

export const windowChoiceSchema = z.union([z.literal(3), z.literal(6), z.literal(12), z.literal(24), z.literal('all')]);

export interface NetworkReciprocity {
  choice: WindowChoice;
  since: Day;
  until: Day;
  /** peers with at least one interaction in the window, sorted by name */
  peers: PeerReciprocity[];
  totals: Tally & { byKind: KindTotals };
  word: BalanceWord;
  /** interactions in the window */
  interactions: number;
  monthly: SeriesPoint[];
  /** interactions per day, for the calendar */
  activity: Record<Day, number>;
}

export interface PeerReciprocityView {
  choice: WindowChoice;
  since: Day;
  until: Day;
  report: PeerReciprocity;
  word: BalanceWord;
  bucket: Bucket;
  series: SeriesPoint[];
  byKind: KindTotals;
}

/** What a peer's page shows above its tabs: the check-in, gentle patterns, life events near today. */
export interface PeerOverview {
  today: Day;
  checkIn: CheckIn | null;
  cadenceText: string | null;
  patterns: Pattern[];
  lifeEvents: LifeEventMention[];
}

const windowInput = windowChoiceSchema.default(12);
const token = z.string().min(1).max(100);

/** Input schemas and result types for the interaction log, life events, reciprocity, keeping in touch and Today. */
export const interactionContract = {
  'interactions:list': { input: z.object({ peerId: idSchema }), result: returns<InteractionView[]>() },
  'interactions:get': { input: z.object({ id: idSchema }), result: returns<Interaction>() },
  'interactions:save': { input: interactionInputSchema, result: returns<InteractionView>() },
  'interactions:delete': { input: z.object({ id: idSchema }), result: returns<{ token: string }>() },
  'interactions:undoDelete': { input: z.object({ token }), result: returns<{ restored: number }>() },
  'interactions:setFollowUp': {
    input: z.object({ interactionId: idSchema, followUpId: idSchema, done: z.boolean() }),
    result: returns<{ done: boolean }>(),
  },
  'interactions:peerOverview': { input: z.object({ peerId: idSchema }), result: returns<PeerOverview>() },
  'lifeEvents:list': { input: z.object({ peerId: idSchema }), result: returns<LifeEventView[]>() },
  'lifeEvents:save': { input: lifeEventInputSchema, result: returns<LifeEventView>() },
  'lifeEvents:delete': { input: z.object({ id: idSchema }), result: returns<{ token: string }>() },
  'lifeEvents:undoDelete': { input: z.object({ token }), result: returns<{ restored: number }>() },
  'reciprocity:network': { input: z.object({ window: windowInput }), result: returns<NetworkReciprocity>() },
  'reciprocity:peer': { input: z.object({ peerId: idSchema, window: windowInput }), result: returns<PeerReciprocityView>() },
  'checkins:snooze': { input: z.object({ peerId: idSchema, until: isoDate.nullable() }), result: returns<{ snoozedUntil: Day | null }>() },
  'today:data': { input: z.undefined().optional(), result: returns<TodayData>() },
} as const satisfies Record<(typeof INTERACTION_CHANNELS)[number], ContractRow>;
