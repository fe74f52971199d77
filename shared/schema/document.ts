import { z } from 'zod';
import {
  CAREER_STAGES,
  GROUP_KINDS,
  LEARNING_TOPICS,
  MET_WHERE,
  PEER_STATUSES,
  PEER_TYPES,
  QUALITIES,
  TIE_KINDS,
  VALUE_KINDS,
} from './vocabulary';

/**
 * The whole vault document, version 2. Every collection is an array of records with an
 * `id`; optional fields have defaults, so an import may leave them out. Any change to this
 * schema bumps SCHEMA_VERSION with a migration step (migrations.ts), even one that only
 * adds a field with a default: a vault of the current version is trusted to match this
 * schema exactly on unlock, and checked in the background (see validateInSlices).
 */
export const SCHEMA_VERSION = 2;

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_" only');
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

const text = (max: number) => z.string().max(max);
const shortText = text(200).default('');
const list = z.array(text(200)).max(200).default([]);
const rating = z.number().int().min(1).max(5);

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
  id: idSchema,
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

export const interactionSchema = z.object({
  id: idSchema,
  peerId: idSchema,
  date: isoDate,
  direction: z.enum(['given', 'received', 'both']).default('both'),
  kinds: z.array(z.enum(VALUE_KINDS)).default([]),
  summary: text(20_000).default(''),
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

export const journalEntrySchema = z.object({
  id: idSchema,
  date: isoDate,
  title: text(300).default(''),
  body: text(200_000).default(''),
  peerIds: z.array(idSchema).default([]),
  confidential: z.boolean().default(true),
  ...timestamps,
});

export const groupSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(GROUP_KINDS).default('informal-network'),
  memberIds: z.array(idSchema).default([]),
  facilitatorOrder: z.array(idSchema).default([]),
  cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
  notes: text(20_000).default(''),
  ...timestamps,
});

export const goalSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(300),
  detail: text(20_000).default(''),
  partnerIds: z.array(idSchema).default([]),
  due: isoDate.nullable().default(null),
  status: z.enum(['open', 'done', 'dropped']).default('open'),
  ...timestamps,
});

export const opportunitySchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(300),
  detail: text(20_000).default(''),
  sharedWith: z.array(idSchema).default([]),
  status: z.enum(['open', 'shared', 'closed']).default('open'),
  ...timestamps,
});

export const meSchema = z
  .object({ name: shortText, ...profileFields })
  .default({
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

export const settingsSchema = z
  .object({
    autoLockMinutes: z.number().int().min(1).max(240).default(10),
    theme: z.enum(['auto', 'light', 'dark']).default('auto'),
  })
  .default({ autoLockMinutes: 10, theme: 'auto' });

/** Version 2: where each peer sits on the network map, so the layout stays stable. */
export const mapStateSchema = z
  .object({
    positions: z.record(idSchema, z.tuple([z.number().finite(), z.number().finite()])).default({}),
  })
  .default({ positions: {} });

/** Collections of records with ids, in a fixed order (export, verify and import use it). */
export const COLLECTIONS = {
  peers: peerSchema,
  ties: tieSchema,
  interactions: interactionSchema,
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
  notes: z.array(noteSchema).default([]),
  journal: z.array(journalEntrySchema).default([]),
  groups: z.array(groupSchema).default([]),
  goals: z.array(goalSchema).default([]),
  opportunities: z.array(opportunitySchema).default([]),
  me: meSchema,
  settings: settingsSchema,
  map: mapStateSchema,
});

export type VaultDocument = z.infer<typeof documentSchema>;
export type Peer = z.infer<typeof peerSchema>;
export type Tie = z.infer<typeof tieSchema>;
export type Interaction = z.infer<typeof interactionSchema>;
export type Note = z.infer<typeof noteSchema>;
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type Group = z.infer<typeof groupSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;
export type Me = z.infer<typeof meSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type MapState = z.infer<typeof mapStateSchema>;
export type CollectionRecord<C extends CollectionName> = VaultDocument[C][number];

export const emptyDocument = (): VaultDocument => documentSchema.parse({ schemaVersion: SCHEMA_VERSION });
