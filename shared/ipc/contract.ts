import { z } from 'zod';
import type { ConflictVersion, DeviceReport } from '../domain/sync-views';
import type { PeerSummary } from '../domain/peer-summary';
import { IMPORT_MAX_BYTES, importTooLarge, type ImportPreview, type ImportProgress } from '../import-preview';
import {
  idSchema,
  isoDate,
  meSchema,
  peerSchema,
  settingsSchema,
  tieSchema,
  type AcceptedLoss,
  type LossCause,
  type Me,
  type Peer,
  type Settings,
  type Tie,
} from '../schema/document';
import { CAREER_STAGES, PEER_STATUSES, PEER_TYPES } from '../schema/vocabulary';
import { PEER_SORTS, type PeerSort } from '../domain/peer-filter';
import type { PeerPage } from '../domain/peer-page';
import type { Channel, EventName } from './channels';
import { ids, none, returns, type ContractRow } from './contract-kit';
import { advisorContract } from './features/advisor.contract';
import { groupContract } from './features/groups.contract';
import { interactionContract } from './features/interactions.contract';
import { journalContract } from './features/journal.contract';
import type { IpcResult } from './result';

/** Passphrases: any text; length limits keep a hostile renderer from sending megabytes. */
const passphrase = z.string().min(1, 'Enter a passphrase').max(1024);

export type VaultStatus = 'none' | 'locked' | 'unlocked';

const filterWord = z.string().max(200);
/** The Peers screen's search, filters, order and the rows wanted (peer-page.ts); everything left out means "any". */
const peerPageInput = z
  .object({
    query: z.string().max(1000).default(''),
    types: z.array(z.enum(PEER_TYPES)).max(PEER_TYPES.length).default([]),
    statuses: z.array(z.enum(PEER_STATUSES)).max(PEER_STATUSES.length).default([]),
    stages: z.array(z.enum(CAREER_STAGES)).max(CAREER_STAGES.length).default([]),
    tags: z.array(filterWord).max(1000).default([]),
    sources: z.array(filterWord).max(1000).default([]),
    sort: z.enum(Object.keys(PEER_SORTS) as [PeerSort, ...PeerSort[]]).default('name'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(1_000_000).default(50),
  })
  .prefault({});

/** What the app must tell the user about the vault file (each with its way out: restore a backup). */
export interface VaultWarnings {
  /** the vault is no newer than its newest backup: an older copy may have been put back */
  possibleRollback: boolean;
  /** an unfinished change from a crash was set aside (it had not been saved; a copy is in backups) */
  droppedTornRecord: boolean;
  /** saved changes missing from the file: it was cut short or replaced */
  missingRecords: number;
  /** the file's count of saved changes could not be read */
  commitUnreadable: boolean;
  /** the last whole save failed; changes are safe and it is retried */
  compactionError: string | null;
  /** a record does not match what this version expects (which one, and why) */
  invalidRecord: string | null;
  /**
   * saved changes are missing (the file cut short, an older copy put back, its count
   * unreadable): the vault is open read-only until a backup is restored or the person
   * chooses to go on without them (vault:acceptLoss)
   */
  loss: VaultLoss | null;
  /** the record of this vault's newest save (kept outside the file) does not verify, so a rollback could not be checked */
  markUnverified: boolean;
  /** copies of the vault file a sync tool left beside it when two computers wrote it (names; only when there are some): vault:mergeCopy merges one */
  conflictCopies?: string[];
  /** a vault shared between devices: why this device's latest changes could not be written to the shared folder yet (they are kept and tried again) */
  sharedProblem?: string | null;
}

export interface VaultLoss {
  cause: LossCause;
  /** how many; null when it cannot be told */
  missing: number | null;
  /** the newest backup that holds them, if one does */
  backup: { name: string; createdAt: string } | null;
}

export interface VaultState {
  status: VaultStatus;
  vaultPath: string;
  /** a demo vault holds sample data, never the user's own */
  sample: boolean;
  /** present once unlocked */
  warnings?: VaultWarnings;
  /** something the last lock or restore has to say (a whole save that failed on lock) */
  notice?: string;
  /** present once unlocked: each time the person chose to go on without missing changes (Settings, Backups) */
  acceptedLosses?: AcceptedLoss[];
  /** the vault is shared between devices through a synced folder (`<vault>.d`): no whole-file backups, a passphrase for every device */
  shared?: boolean;
}

export interface BackupSummary {
  name: string;
  createdAt: string;
  bytes: number;
}

/**
 * The devices that write the open vault (Settings, Devices): the CLI's `devices --json` with
 * `behind` and `thisDevice`. Never a confidential value.
 */
export interface DevicesView {
  /** several devices write the vault through a synced folder */
  shared: boolean;
  /** a single-device vault in a folder a sync tool manages: the tool's name */
  syncTool: string | null;
  devices: DeviceReport[];
  /** changes made on two devices at once: where they met and on which devices, never the values */
  conflicts: { kind: 'field' | 'text' | 'deleted'; collection: string; id: string; field?: string; devices: string[]; keptAt: string }[];
}

/** Where a change made on two devices at once is (as DevicesView lists it): the vault finds the rest. */
const conflictKey = z.object({
  kind: z.enum(['field', 'text', 'deleted']),
  collection: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
  field: z.string().min(1).max(200).optional(),
});

/** One version of such a change: which device, when, and its value (null while confidential and not revealed). */
export type { ConflictVersion };

export interface AppSettings extends Settings {
  vaultPath: string;
}

// the list's view of a peer is a domain rule (with last contact and next check-in): shared/domain/peer-summary.ts
export { SUMMARY_FIELDS, type PeerSummary } from '../domain/peer-summary';
export { ROW_FIELDS, type PeerPage, type PeerRow } from '../domain/peer-page';
/** A peer as its page sees it: confidential notes come only through peers:revealNotes. */
export type PeerDetail = Peer & { notesHidden: boolean };

/** What the renderer sends to save a peer: no timestamps; no id for a new one; notes left out keep the saved notes. */
export const peerInputSchema = peerSchema
  .omit({ id: true, createdAt: true, updatedAt: true, notes: true })
  .extend({ id: idSchema.optional(), notes: z.string().max(100_000).optional() });
export const tieInputSchema = tieSchema.omit({ id: true, createdAt: true, updatedAt: true }).extend({ id: idSchema.optional() });

export interface MapData {
  nodes: (PeerSummary & { groupIds: string[] })[];
  ties: Pick<Tie, 'id' | 'a' | 'b' | 'kind' | 'strength'>[];
  groups: { id: string; name: string }[];
  positions: Record<string, [number, number]>;
  me: { name: string };
}

/** `remindedOn` is main's own bookkeeping (the daily reminder), never set from a screen. */
const settingsShape = settingsSchema.unwrap().omit({ remindedOn: true });
/**
 * A change to some settings: the keys sent, and only those. `.partial()` alone would fill
 * every key left out with its default (zod 4 applies defaults inside optional), so saving the
 * auto-lock minutes would reset the theme; here each key loses its default first.
 */
const settingsPatch = z
  .object(
    Object.fromEntries(
      Object.entries(settingsShape.shape).map(([k, s]) => [
        k,
        (s instanceof z.ZodDefault || s instanceof z.ZodPrefault ? (s.unwrap() as z.ZodType) : s).optional(),
      ]),
    ),
  )
  .strict() as unknown as ReturnType<typeof settingsShape.partial>;

/**
 * Every channel: its input schema (checked in main before a handler runs) and its result
 * type. Adding a capability is adding a row here and a handler in main (which will not
 * compile until the row has one).
 */
export const contract = {
  'vault:state': { input: none, result: returns<VaultState>() },
  'vault:create': { input: z.object({ passphrase }), result: returns<{ recoveryCode: string }>() },
  'vault:unlock': {
    // takeOverLock: the user was warned that another computer holds the vault's lock, and chose to take it over
    input: z.object({ passphrase, takeOverLock: z.boolean().optional() }),
    result: returns<VaultState>(),
  },
  'vault:unlockWithRecoveryCode': {
    // acceptLoss: the person was told that saved changes are missing and chose to go on without them
    input: z.object({
      code: z.string().min(1, 'Enter your recovery code').max(200),
      newPassphrase: passphrase,
      acceptLoss: z.boolean().optional(),
    }),
    // null: a vault shared between devices keeps its recovery code
    result: returns<{ recoveryCode: string | null }>(),
  },
  'vault:lock': { input: none, result: returns<VaultState>() },
  /** null: a vault shared between devices keeps its recovery code (the new passphrase is every device's) */
  'vault:changePassphrase': {
    input: z.object({ current: passphrase, next: passphrase }),
    result: returns<{ recoveryCode: string | null }>(),
  },
  'vault:listBackups': { input: none, result: returns<BackupSummary[]>() },
  /** the devices that write the open vault and the changes made on two of them at once */
  'vault:devices': { input: none, result: returns<DevicesView>() },
  /** share the open vault between devices through the synced folder it is in (`compeer devices VAULT --share`); its new recovery code, shown once */
  'vault:share': { input: z.object({ passphrase }), result: returns<{ recoveryCode: string; folder: string; before: string }>() },
  /** look for other devices' changes now (the window came back); true when some came */
  'vault:sync': { input: none, result: returns<{ changed: boolean }>() },
  /** merge a conflict copy beside the vault file into it, loss-free; the copy is kept as `keptAs` */
  'vault:mergeCopy': {
    input: z.object({ name: z.string().min(1).max(1024), passphrase }),
    result: returns<{ added: number; changed: number; bothKept: number; keptAs: string }>(),
  },
  /** the versions of one change made on two devices at once, newest first; `reveal`: with confidential values */
  'vault:conflictVersions': {
    input: z.object({ conflict: conflictKey, reveal: z.boolean().default(false) }),
    result: returns<ConflictVersion[]>(),
  },
  /** settle it with one of its versions (an index into vault:conflictVersions, checked against them) */
  'vault:resolveConflict': {
    input: z.object({ conflict: conflictKey, choice: z.number().int().min(0).max(100_000) }),
    result: returns<DevicesView>(),
  },
  /** the vault's folder, worked out by main from the open vault (never a path from the renderer); the app's main thread then shows it in the file manager */
  'vault:showFolder': { input: none, result: returns<{ folder: string }>() },
  'vault:restoreBackup': {
    input: z.object({ name: z.string().min(1).max(300), passphrase, backupPassphrase: passphrase.optional() }),
    result: returns<VaultState>(),
  },
  'vault:restoreNewestBackup': { input: z.object({ passphrase }), result: returns<{ restored: string } & VaultState>() },
  /** go on without the saved changes missing from the open vault: recorded in it, and the vault is written afresh */
  'vault:acceptLoss': { input: none, result: returns<VaultState>() },
  'settings:get': { input: none, result: returns<AppSettings>() },
  'settings:update': { input: settingsPatch, result: returns<AppSettings>() },
  'sample:open': { input: none, result: returns<VaultState>() },
  'sample:close': { input: none, result: returns<VaultState>() },
  'me:get': { input: none, result: returns<Me>() },
  'me:save': { input: meSchema.unwrap(), result: returns<Me>() },
  'peers:list': { input: none, result: returns<PeerSummary[]>() },
  /** the Peers screen's list a page at a time, sorted, filtered and searched in the vault's thread */
  'peers:page': { input: peerPageInput, result: returns<PeerPage>() },
  'peers:get': { input: z.object({ id: idSchema }), result: returns<PeerDetail>() },
  'peers:revealNotes': { input: z.object({ id: idSchema }), result: returns<{ notes: string }>() },
  'peers:save': { input: peerInputSchema, result: returns<PeerDetail>() },
  'peers:delete': { input: z.object({ ids }), result: returns<{ token: string; peers: number; ties: number }>() },
  'peers:undoDelete': { input: z.object({ token: z.string().min(1).max(100) }), result: returns<{ peers: number }>() },
  'peers:bulkUpdate': {
    input: z.object({
      ids,
      addTags: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
      removeTags: z.array(z.string().max(200)).max(50).optional(),
      status: z.enum(PEER_STATUSES).optional(),
    }),
    result: returns<{ updated: number }>(),
  },
  'peers:introduce': {
    input: z.object({ a: idSchema, b: idSchema, why: z.string().max(2000), date: isoDate }),
    result: returns<Tie>(),
  },
  'ties:list': { input: z.object({ peerId: idSchema }).optional(), result: returns<Tie[]>() },
  'ties:save': { input: tieInputSchema, result: returns<Tie>() },
  'ties:delete': { input: z.object({ id: idSchema }), result: returns<{ deleted: boolean }>() },
  'map:data': { input: none, result: returns<MapData>() },
  'map:savePositions': {
    input: z.object({ positions: z.record(idSchema, z.tuple([z.number().finite(), z.number().finite()])) }),
    result: returns<{ saved: number }>(),
  },
  'import:preview': {
    // the file's bytes: main decodes them (a byte-order mark, UTF-8, else Windows-1252). A
    // Uint8Array crosses Electron's IPC and the browser harness's binding alike.
    // A calendar's meetings are taken from `since` (else its first) to `until` (else today).
    input: z
      .object({ fileName: z.string().max(500), bytes: z.instanceof(Uint8Array), since: isoDate.optional(), until: isoDate.optional() })
      .superRefine((i, ctx) => {
        if (i.bytes.byteLength > IMPORT_MAX_BYTES)
          ctx.addIssue({ code: 'custom', message: importTooLarge(i.fileName, i.bytes.byteLength) });
        if (i.since && i.until && i.since > i.until)
          ctx.addIssue({ code: 'custom', message: `The first day (${i.since}) is after the last (${i.until}).` });
      }),
    result: returns<ImportPreview>(),
  },
  'import:commit': {
    input: z.object({
      token: z.string().min(1).max(100),
      useIncoming: z.array(z.string().max(100)).max(100_000),
      // a contact import's batch choices: rows (by `row`) whose new peer is left out, and a
      // peer type and tags for every peer it adds
      leaveOutRows: z.array(z.number().int().min(0).max(10_000_000)).max(1_000_000).default([]),
      peerTypes: z.array(z.enum(PEER_TYPES)).max(PEER_TYPES.length).default([]),
      tags: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    }),
    result: returns<{ added: number; updated: number }>(),
  },
  'export:peers': {
    input: z.object({ format: z.enum(['csv', 'vcard', 'json']), includeConfidential: z.boolean() }),
    result: returns<{ fileName: string; mime: string; text: string }>(),
  },
  // each later feature keeps its rows in its own file (shared/ipc/features/)
  ...interactionContract,
  ...journalContract,
  ...groupContract,
  ...advisorContract,
} as const satisfies Record<Channel, ContractRow>;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Result<C extends Channel> = Contract[C]['result'];

export interface EventPayloads {
  /** 'stopped': the vault's thread stopped unexpectedly (the file on disk is intact) */
  'vault:locked': { reason: 'user' | 'idle' | 'suspend' | 'screen-lock' | 'restore' | 'stopped' };
  /** the open vault has something new to warn about: ask vault:state */
  'vault:warnings': Record<string, never>;
  /** a change channel succeeded (its name only, never what changed): screens showing vault data ask again */
  'vault:changed': { channel: string };
  /** a long import's progress (contacts or Markdown): reading the file, checking what it would change, or saving it; `total` is null while it is not known yet */
  'import:progress': ImportProgress;
}
export type EventPayload<E extends EventName> = EventPayloads[E];

type AreaOf<C> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C, A extends string> = C extends `${A}:${infer V}` ? V : never;

/** The shape of `window.compeer`, derived from the contract. */
export type CompeerApi = {
  [A in AreaOf<Channel>]: {
    [V in VerbOf<Channel, A>]: `${A}:${V}` extends infer C extends Channel
      ? undefined extends Input<C>
        ? (input?: Input<C>) => Promise<IpcResult<Result<C>>>
        : (input: Input<C>) => Promise<IpcResult<Result<C>>>
      : never;
  };
} & {
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
};
