import type { CollectionName, CollectionRecord, SingletonName, VaultDocument } from './document';

/**
 * Which text is confidential: declared once, here, for every text field of the document (a
 * string, a list of strings or a map of strings), nested parts included. Exports, search,
 * the advisor, Today, prep sheets, notifications, the command line and the screens all derive
 * what they may show from this table (shared/confidential.ts); none keeps a list of its own.
 * test/shared/confidentiality.test.ts walks the zod schema and fails on a text field that is
 * not declared here. Ids, dates and vocabulary values are not text: they name, never say.
 *
 * - `open`: never confidential (a peer's name, a goal's title, a tag);
 * - `flag`: confidential while the record (or part) that holds it has its `flag` set;
 * - `parent`: confidential while the nearest record above it that has a flag has it set
 *   (a confidential interaction's follow-ups, a confidential meeting's action items);
 * - `private`: always confidential.
 */
export type Rule = 'open' | 'flag' | 'parent' | 'private';

export interface Shape {
  /** the boolean field of this record (or part) that governs its `flag` text and its parts' `parent` text */
  readonly flag?: string;
  /** a map by key of such parts (advisor.dismissed), not one object or a list of them */
  readonly map?: true;
  /** every text field, and what governs it */
  readonly text: Readonly<Partial<Record<string, Rule>>>;
  /** the objects inside it (one object, a list of them, or a map of them), declared the same way */
  readonly parts?: Readonly<Partial<Record<string, Shape>>>;
}

type Part<T> = T extends readonly (infer E)[] ? E : T;
type BooleanKey<T> = { [K in keyof T & string]-?: T[K] extends boolean ? K : never }[keyof T & string];

/** A shape whose field names are checked against the record's type (a typo does not compile). */
interface ShapeOf<T> {
  flag?: BooleanKey<T>;
  map?: true;
  text: Partial<Record<keyof T & string, Rule>>;
  parts?: { [K in keyof T & string]?: NonNullable<T[K]> extends object ? ShapeOf<Part<NonNullable<T[K]>>> : never };
}

const open = <K extends string>(...names: K[]) => Object.fromEntries(names.map((n) => [n, 'open'])) as Record<K, 'open'>;

const profile = open(
  'name',
  'role',
  'company',
  'industry',
  'function',
  'city',
  'country',
  'timeZone',
  'skills',
  'needs',
  'interests',
  'values',
);

const collections = {
  // who a peer is stays open (lists, the map, matching, contact exports); my notes about them follow their flag
  peers: {
    flag: 'notesConfidential',
    text: { ...profile, ...open('tags', 'source'), notes: 'flag' },
    parts: { met: { text: open('detail') }, contacts: { text: open('emails', 'phones', 'linkedin', 'website') } },
  },
  // how two peers know each other; an introduction's reason is also the summary of the open interaction it logs
  ties: { text: open('note') },
  // a confidential interaction hides everything said in it: the summary, what passed each way, the follow-ups
  interactions: {
    flag: 'confidential',
    // where it was imported from is a key into the file, not something said
    text: { summary: 'flag', ...open('importKey') },
    parts: { exchanges: { text: { note: 'parent' } }, followUps: { text: { text: 'parent' } } },
  },
  lifeEvents: { flag: 'confidential', text: { note: 'flag' } },
  notes: { flag: 'confidential', text: { text: 'flag' } },
  journal: { flag: 'confidential', text: { title: 'flag', body: 'flag', ...open('tags', 'importKey') } },
  // what is said in a meeting stays in the group: its agenda, notes and action items follow the meeting's flag
  groups: {
    text: open('name', 'purpose'),
    parts: {
      meetings: {
        flag: 'notesConfidential',
        text: { agenda: 'flag', notes: 'flag' },
        parts: { actionItems: { text: { text: 'parent' } } },
      },
    },
  },
  // a goal's title and milestones are its outline (Today, the advisor, partners); why I want it and how each check-in went are mine
  goals: {
    text: { title: 'open', why: 'private' },
    parts: { milestones: { text: open('text') }, checkIns: { text: { note: 'private' } } },
  },
  // an opportunity is there to be passed on
  opportunities: { text: open('title', 'detail', 'skills', 'tags', 'source') },
} satisfies { [C in CollectionName]: ShapeOf<CollectionRecord<C>> };
export const COLLECTION_CONFIDENTIALITY: Readonly<Record<CollectionName, Shape>> = collections;

const singletons = {
  me: { text: { ...profile } },
  // templates are the scaffolding entries start from, not entries
  // my own addresses only tell which attendee of a calendar event is me
  settings: { text: open('journalTemplates', 'agendaTemplates', 'ownEmails') },
  map: { text: {} },
  // fingerprints of facts (hashes), never the facts
  advisor: { text: {}, parts: { dismissed: { map: true, text: open('facts') }, snoozed: { map: true, text: open('facts') } } },
} satisfies { [S in SingletonName]: ShapeOf<VaultDocument[S]> };
export const SINGLETON_CONFIDENTIALITY: Readonly<Record<SingletonName, Shape>> = singletons;
