import { z } from 'zod';
import { settingsSchema, type Settings } from '../schema/document';
import type { Channel, EventName } from './channels';
import type { IpcResult } from './result';

/** Names a channel's result type (a type-level marker; the value is never used). */
const returns = <T>(): T => undefined as T;

/** Passphrases: any text; length limits keep a hostile renderer from sending megabytes. */
const passphrase = z.string().min(1, 'Enter a passphrase').max(1024);
const none = z.undefined().optional();

export type VaultStatus = 'none' | 'locked' | 'unlocked';

export interface VaultState {
  status: VaultStatus;
  vaultPath: string;
  /** a demo vault holds sample data, never the user's own */
  sample: boolean;
  /** present once unlocked */
  warnings?: { possibleRollback: boolean; droppedTornRecord: boolean };
}

export interface BackupSummary {
  name: string;
  createdAt: string;
  bytes: number;
}

export interface AppSettings extends Settings {
  vaultPath: string;
}

/**
 * Every channel: its input schema (checked in main before a handler runs) and its result
 * type. Adding a capability is adding a row here and a handler in main (which will not
 * compile until the row has one).
 */
export const contract = {
  'vault:state': { input: none, result: returns<VaultState>() },
  'vault:create': { input: z.object({ passphrase }), result: returns<{ recoveryCode: string }>() },
  'vault:unlock': { input: z.object({ passphrase }), result: returns<VaultState>() },
  'vault:unlockWithRecoveryCode': {
    input: z.object({ code: z.string().min(1, 'Enter your recovery code').max(200), newPassphrase: passphrase }),
    result: returns<{ recoveryCode: string }>(),
  },
  'vault:lock': { input: none, result: returns<VaultState>() },
  'vault:changePassphrase': { input: z.object({ current: passphrase, next: passphrase }), result: returns<{ recoveryCode: string }>() },
  'vault:listBackups': { input: none, result: returns<BackupSummary[]>() },
  'vault:restoreBackup': { input: z.object({ name: z.string().min(1).max(300), passphrase }), result: returns<VaultState>() },
  'vault:restoreNewestBackup': { input: z.object({ passphrase }), result: returns<{ restored: string } & VaultState>() },
  'settings:get': { input: none, result: returns<AppSettings>() },
  'settings:update': { input: settingsSchema.unwrap().partial().strict(), result: returns<AppSettings>() },
} as const satisfies Record<Channel, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Result<C extends Channel> = Contract[C]['result'];

export interface EventPayloads {
  'vault:locked': { reason: 'user' | 'idle' | 'suspend' | 'screen-lock' | 'restore' };
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
