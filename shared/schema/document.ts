import { z } from 'zod';
import {
  AGENDA_TEMPLATES,
  CAREER_STAGES,
  EXCHANGE_DIRECTIONS,
  GOAL_STATUSES,
  GROUP_KINDS,
  INTERACTION_CHANNELS,
  INTERACTION_PURPOSES,
  JOURNAL_KINDS,
  LEARNING_TOPICS,
  LIFE_EVENT_KINDS,
  ME,
  MET_WHERE,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  PEER_STATUSES,
  PEER_TYPES,
  QUALITIES,
  TIE_KINDS,
  VALUE_KINDS,
} from './vocabulary';

/**
 * The whole vault document, version 3. Every collection is an array of records with an
 * `id`; optional fields have defaults, so an import may leave them out. Any change to this
 * schema bumps SCHEMA_VERSION with a migration step (migrations.ts), even one that only
 * adds a field with a default: a vault of the current version is trusted to match this
 * schema exactly on unlock, and checked in the background (see validateInSlices).
 */
export const SCHEMA_VERSION = 3;

/**
 * Names that mean something to every JavaScript object ("__proto__", "constructor",
 * "toString"...): never an id or a key, since ids are used as keys of plain objects.
 */
export const isReservedKey = (s: string): boolean => s === 'prototype' || Object.prototype.hasOwnProperty.call(Object.prototype, s);

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_" only')
  .refine((s) => !isReservedKey(s), 'that id is a reserved name');
/** A key of a plain object that comes from the user (a tag, a suggestion id). */
export const safeKey = z
  .string()
  .min(1)
  .max(300)
  .refine((s) => !isReservedKey(s), 'that name is reserved');
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

const text = (max: number) => z.string().max(max);
const shortText = text(200).default('');
const list = z.array(text(200)).max(200).default([]);
const rating = z.number().int().min(1).max(5);
/** An imported record's key in the file it came from (a calendar event's UID and occurrence, a Day One uuid). */
const importKey = z.string().min(1).max(600);

const timestamps = {
  createdAt: isoDateTime.default('1970-01-01T00:00:00.000Z'),
  updatedAt: isoDateTime.default('1970-01-01T00:00:00.000Z'),
};

export const qualitiesSchema = z.partialRecord(z.enum(QUALITIES), rating).default({});

export const profileFields = {
  role: shortText,
  company: shortText,
  industry: shortText,
  function: shortText,
  city: shortText,
  country: shortText,
  timeZone: shortText,
  careerStage: z.enum(CAREER_STAGES).nullable().default(null),
  yearsExperience: z.number().int().min(0).max(80).nullable().default(null),
  skills: list,
  needs: list,
  interests: list,
  values: list,
};

export const peerSchema = z.object({
  id: idSchema.refine((s) => s !== ME, '"me" stands for you, not a peer'),
  name: z.string().trim().min(1, 'a peer needs a name').max(200),
  ...profileFields,
  peerTypes: z.array(z.enum(PEER_TYPES)).default([]),
  qualities: qualitiesSchema,
  met: z
    .object({
      where: z.enum(MET_WHERE).nullable().default(null),
      detail: shortText,
      date: isoDate.nullable().default(null),
      introducedBy: idSchema.nullable().default(null),
    })
    .default({ where: null, detail: '', date: null, introducedBy: null }),
  contacts: z
    .object({
      emails: list,
      phones: list,
      linkedin: shortText,
      website: shortText,
    })
    .default({ emails: [], phones: [], linkedin: '', website: '' }),
  cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
  /** version 3: a due check-in snoozed until this day */
  snoozedUntil: isoDate.nullable().default(null),
  status: z.enum(PEER_STATUSES).default('active'),
  tags: list,
  closeness: z.number().int().min(1).max(5).default(3),
  notes: text(100_000).default(''),
  notesConfidential: z.boolean().default(true),
  source: shortText,
  ...timestamps,
});

export const tieSchema = z.object({
  id: idSchema,
  a: idSchema,
  b: idSchema,
  kind: z.enum(TIE_KINDS).default('know-each-other'),
  strength: z.number().int().min(1).max(3).default(2),
  date: isoDate.nullable().default(null),
  note: text(2000).default(''),
  ...timestamps,
});

/** Version 3: one value passed between me and a peer ("Mutual Value Exchange"). */
export const exchangeSchema = z.object({
  direction: z.enum(EXCHANGE_DIRECTIONS),
  kind: z.enum(VALUE_KINDS),
  weight: z.number().int().min(1).max(5).default(1),
  /** the one peer of a group interaction this exchange was with; absent: every peer of it */
  peerId: idSchema.optional(),
  note: text(2000).default(''),
});

export const followUpSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1, 'a follow-up needs some text').max(2000),
  due: isoDate.nullable().default(null),
  done: z.boolean().default(false),
});

/**
 * Version 3: an interaction with one or more peers (field names are fixed: they are the
 * JSON export's). `date` is when it happened, not when it was logged. Every field but
 * `id`, `date` and `peerIds` has a default, so a hand-written import may leave them out.
 */
export const interactionObject = z.object({
  id: idSchema,
  date: isoDate,
  peerIds: z.array(idSchema).min(1, 'an interaction is with at least one peer').max(200),
  channel: z.enum(INTERACTION_CHANNELS).default('other'),
  initiatedBy: z.enum(['me', 'them']).default('me'),
  purpose: z.enum(INTERACTION_PURPOSES).default('other'),
  summary: text(20_000).default(''),
  exchanges: z.array(exchangeSchema).max(100).default([]),
  followUps: z.array(followUpSchema).max(100).default([]),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .default(null),
  confidential: z.boolean().default(false),
  // Added to version 3 after its first release (optional, not defaulted, like a meeting's durationMinutes).
  /** where an imported interaction came from ("ical:" the event's UID and occurrence): a second import adds it once */
  importKey: importKey.optional(),
  /** the day the import last gave it: a date the person changed is theirs, and a later import leaves it */
  importedDate: isoDate.optional(),
  ...timestamps,
});
export const interactionSchema = interactionObject.superRefine((r, ctx) => {
  if (new Set(r.peerIds).size !== r.peerIds.length) ctx.addIssue({ code: 'custom', path: ['peerIds'], message: 'a peer is listed twice' });
  r.exchanges.forEach((x, i) => {
    if (x.peerId !== undefined && !r.peerIds.includes(x.peerId)) {
      ctx.addIssue({ code: 'custom', path: ['exchanges', i, 'peerId'], message: 'an exchange can only be with a peer of the interaction' });
    }
  });
});

/** "--MM-DD": a day and month without a year (a vCard birthday with no year, ISO 8601 / vCard 4). */
export const monthDay = z.string().regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day without a year is written --MM-DD');

/** Version 3: "Celebration and Support": something in a peer's life worth a word from me. */
export const lifeEventSchema = z.object({
  id: idSchema,
  peerId: idSchema,
  kind: z.enum(LIFE_EVENT_KINDS),
  /** YYYY-MM-DD, or --MM-DD for a day whose year is unknown (birthdays recur every year) */
  date: z.union([isoDate, monthDay]),
  note: text(2000).default(''),
  confidential: z.boolean().default(false),
  ...timestamps,
});

export const noteSchema = z.object({
  id: idSchema,
  peerId: idSchema.nullable().default(null),
  topic: z.enum(LEARNING_TOPICS).nullable().default(null),
  text: text(100_000).default(''),
  confidential: z.boolean().default(true),
  ...timestamps,
});

/** Version 3: a journal entry of one kind, linked to peers, groups and goals; confidential by default. */
export const journalEntrySchema = z.object({
  id: idSchema,
  date: isoDate,
  kind: z.enum(JOURNAL_KINDS).default('free'),
  title: text(300).default(''),
  body: text(200_000).default(''),
  peerIds: z.array(idSchema).max(200).default([]),
  groupIds: z.array(idSchema).max(200).default([]),
  goalIds: z.array(idSchema).max(200).default([]),
  tags: list,
  mood: z.number().int().min(1).max(5).nullable().default(null),
  confidential: z.boolean().default(true),
  /** added to version 3 later (optional): where an imported entry came from ("dayone:" its uuid), so it is added once */
  importKey: importKey.optional(),
  ...timestamps,
});

/** "me" or a peer id: who facilitates, attends or owns an action item. */
export const personId = idSchema;

export const actionItemSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1, 'an action item needs some text').max(2000),
  ownerId: personId.default(ME),
  due: isoDate.nullable().default(null),
  done: z.boolean().default(false),
});

export const meetingSchema = z.object({
  id: idSchema,
  date: isoDate,
  facilitatorId: personId.nullable().default(null),
  attendeeIds: z.array(personId).max(200).default([]),
  agenda: text(50_000).default(''),
  notes: text(100_000).default(''),
  notesConfidential: z.boolean().default(true),
  actionItems: z.array(actionItemSchema).max(200).default([]),
  // Added to version 3 after its first release, so absent in vaults saved before (optional,
  // not defaulted: a vault of the current version is not re-parsed on unlock).
  /** how long it ran, for the weekly time budget ("Set Boundaries"); null or absent: not said */
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .optional(),
  /** the interaction logged with it (one for all attendees), if any */
  interactionId: idSchema.nullable().optional(),
});

/** Version 3: a peer group ("Peer Group Dynamics"), its meetings and its facilitator rotation. */
export const groupSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'a group needs a name').max(200),
  kind: z.enum(GROUP_KINDS).default('informal-network'),
  purpose: text(20_000).default(''),
  memberIds: z.array(idSchema).max(500).default([]),
  cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
  /** the rotation's order; "me" may be in it */
  facilitatorOrder: z.array(personId).max(501).default([]),
  meetings: z.array(meetingSchema).max(5000).default([]),
  /**
   * Added to version 3 later (optional): members who will miss a coming meeting, by its
   * number (the group's first meeting is 1), so the rotation skips them and they lead next.
   */
  absences: z
    .array(z.object({ meetingNumber: z.number().int().min(1).max(100_000), personId }))
    .max(5000)
    .optional(),
  ...timestamps,
});

export const milestoneSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1).max(2000),
  done: z.boolean().default(false),
});

export const goalCheckInSchema = z.object({
  id: idSchema,
  date: isoDate,
  progress: z.number().int().min(0).max(100),
  note: text(20_000).default(''),
  withPeerId: idSchema.nullable().default(null),
  /** added to version 3 later (optional): the accountability exchange logged with it, if any */
  interactionId: idSchema.nullable().optional(),
});

/** Version 3: a goal, mine (owner "me") or one a peer shared with me (owner: their id). */
export const goalSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'a goal needs a title').max(300),
  why: text(20_000).default(''),
  due: isoDate.nullable().default(null),
  milestones: z.array(milestoneSchema).max(200).default([]),
  status: z.enum(GOAL_STATUSES).default('open'),
  partnerIds: z.array(idSchema).max(200).default([]),
  checkIns: z.array(goalCheckInSchema).max(5000).default([]),
  owner: personId.default(ME),
  ...timestamps,
});

/** Version 3: an opportunity to pass on ("Share Opportunities"). */
export const opportunitySchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'an opportunity needs a title').max(300),
  kind: z.enum(OPPORTUNITY_KINDS).default('other'),
  detail: text(20_000).default(''),
  skills: list,
  tags: list,
  deadline: isoDate.nullable().default(null),
  source: shortText,
  status: z.enum(OPPORTUNITY_STATUSES).default('open'),
  sharedWith: z
    .array(z.object({ peerId: idSchema, date: isoDate }))
    .max(1000)
    .default([]),
  ...timestamps,
});

export const meSchema = z.object({ name: shortText, ...profileFields }).default({
  name: '',
  role: '',
  company: '',
  industry: '',
  function: '',
  city: '',
  country: '',
  timeZone: '',
  careerStage: null,
  yearsExperience: null,
  skills: [],
  needs: [],
  interests: [],
  values: [],
});

const days = z.number().int().min(1).max(3650);

export const settingsSchema = z
  .object({
    autoLockMinutes: z.number().int().min(1).max(240).default(10),
    theme: z.enum(['auto', 'light', 'dark']).default('auto'),
    /** version 3: check-in cadence defaults; the shortest that applies to a peer wins */
    cadence: z
      .object({
        byType: z.partialRecord(z.enum(PEER_TYPES), days).default({}),
        byTag: z.record(safeKey, days).default({}),
        byGroup: z.record(idSchema, days).default({}),
        fallbackDays: days.nullable().default(null),
      })
      .prefault({}),
    /** version 3: a daily desktop notification of due check-ins; off by default, no names by default */
    notifications: z
      .object({
        enabled: z.boolean().default(false),
        showNames: z.boolean().default(false),
        hour: z.number().int().min(0).max(23).default(9),
      })
      .prefault({}),
    /** version 3: the day the last check-in reminder went out, so it goes once a day (set by main, never by a screen) */
    remindedOn: isoDate.nullable().default(null),
    /** version 3: the user's own journal templates by kind (absent: the built-in one) */
    journalTemplates: z.partialRecord(z.enum(JOURNAL_KINDS), text(50_000)).default({}),
    /** version 3: the user's own meeting agenda templates (absent: the built-in one) */
    agendaTemplates: z.partialRecord(z.enum(AGENDA_TEMPLATES), text(50_000)).default({}),
    /** version 3: a goal with partners is due a check-in after this many days without one */
    goalCheckInDays: days.default(14),
    /** version 3: weekly time budget for peer support in minutes ("Set Boundaries"); null: off */
    weeklyBudgetMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .nullable()
      .default(null),
    /**
     * Added to version 3 later (optional): how long each channel usually takes, in minutes, for
     * the time budget (an interaction logged without a length counts this long); absent: the defaults
     */
    channelMinutes: z
      .partialRecord(
        z.enum(INTERACTION_CHANNELS),
        z
          .number()
          .int()
          .min(1)
          .max(24 * 60),
      )
      .optional(),
    /**
     * Added to version 3 later (optional): the person's own e-mail addresses, so a calendar
     * import knows which attendee is them (the meetings they declined are not meetings)
     */
    ownEmails: z.array(text(200)).max(50).optional(),
    /** added to version 3 later (optional): the calendar import whose meetings the person finished going through (its time) */
    meetingsReviewedThrough: isoDateTime.optional(),
  })
  .prefault({});

/** Version 2: where each peer sits on the network map, so the layout stays stable. */
export const mapStateSchema = z
  .object({
    positions: z.record(idSchema, z.tuple([z.number().finite(), z.number().finite()])).default({}),
  })
  .default({ positions: {} });

/**
 * Version 3: the advisor's memory. A dismissed or snoozed suggestion stays away until the
 * facts behind it change (its `facts` fingerprint) or the snooze ends.
 */
export const advisorStateSchema = z
  .object({
    dismissed: z.record(safeKey, z.object({ facts: z.string().max(200), on: isoDate })).default({}),
    snoozed: z.record(safeKey, z.object({ facts: z.string().max(200), until: isoDate })).default({}),
  })
  .prefault({});

/** How a vault came to lack saved changes: its file cut short, put back as an older copy, or its count of them unreadable. */
export const LOSS_CAUSES = ['cut', 'rollback', 'count-unreadable'] as const;
export type LossCause = (typeof LOSS_CAUSES)[number];

/**
 * Added to version 3 after its first release, so absent in vaults saved before (optional,
 * not defaulted, like a meeting's durationMinutes): the times the person chose to go on
 * without saved changes that were missing from the file, so no later save erases the fact.
 * Written only by main with a whole save, never by an op; not exported.
 */
export const integritySchema = z.object({
  acceptedLosses: z
    .array(
      z.object({
        on: isoDateTime,
        /** how many were missing; null: how many could not be told */
        missing: z.number().int().min(0).nullable(),
        cause: z.enum(LOSS_CAUSES),
      }),
    )
    .max(100)
    .default([]),
});

/** The single objects of the document (not collections), each replaced whole by a 'set' op. */
export const SINGLETONS = { me: meSchema, settings: settingsSchema, map: mapStateSchema, advisor: advisorStateSchema } as const;
export type SingletonName = keyof typeof SINGLETONS;
export const SINGLETON_NAMES = Object.keys(SINGLETONS) as SingletonName[];

/** Collections of records with ids, in a fixed order (export, verify and import use it). */
export const COLLECTIONS = {
  peers: peerSchema,
  ties: tieSchema,
  interactions: interactionSchema,
  lifeEvents: lifeEventSchema,
  notes: noteSchema,
  journal: journalEntrySchema,
  groups: groupSchema,
  goals: goalSchema,
  opportunities: opportunitySchema,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export const documentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  peers: z.array(peerSchema).default([]),
  ties: z.array(tieSchema).default([]),
  interactions: z.array(interactionSchema).default([]),
  lifeEvents: z.array(lifeEventSchema).default([]),
  notes: z.array(noteSchema).default([]),
  journal: z.array(journalEntrySchema).default([]),
  groups: z.array(groupSchema).default([]),
  goals: z.array(goalSchema).default([]),
  opportunities: z.array(opportunitySchema).default([]),
  me: meSchema,
  settings: settingsSchema,
  map: mapStateSchema,
  advisor: advisorStateSchema,
  integrity: integritySchema.optional(),
});

export type VaultDocument = z.infer<typeof documentSchema>;
export type Peer = z.infer<typeof peerSchema>;
export type Tie = z.infer<typeof tieSchema>;
export type Interaction = z.infer<typeof interactionSchema>;
export type Exchange = z.infer<typeof exchangeSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type LifeEvent = z.infer<typeof lifeEventSchema>;
export type Note = z.infer<typeof noteSchema>;
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type Group = z.infer<typeof groupSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type GoalCheckIn = z.infer<typeof goalCheckInSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;
export type Me = z.infer<typeof meSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type MapState = z.infer<typeof mapStateSchema>;
export type AdvisorState = z.infer<typeof advisorStateSchema>;
export type Integrity = z.infer<typeof integritySchema>;
export type AcceptedLoss = Integrity['acceptedLosses'][number];
export type CollectionRecord<C extends CollectionName> = VaultDocument[C][number];

export const emptyDocument = (): VaultDocument => documentSchema.parse({ schemaVersion: SCHEMA_VERSION });
