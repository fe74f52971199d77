import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import type { KdfParams } from '../core/vault';

/**
 * Messages between the Electron main thread and the vault worker. The main thread only
 * routes: every call from the window goes to the worker as it came (the worker validates
 * it against the contract), and the worker's events go back to the window.
 */
export interface WorkerConfig {
  vaultPath: string;
  samplePath: string;
  kdf?: KdfParams;
  /** the app's data folder (Electron's userData): one copy of each vault's high-water mark is kept there */
  dataDir?: string;
}

/** Things only main asks, never the window: they are not in the IPC contract. */
export type Control =
  | { action: 'checkIdle'; idleSeconds: number }
  | { action: 'lock'; reason: EventPayloads['vault:locked']['reason'] }
  | { action: 'shutdown' }
  /** the daily reminder's state at `now` (ISO), or null while locked (electron/main/reminders.ts) */
  | { action: 'reminderSummary'; now: string }
  /** remember in the vault that the reminder of `day` went out */
  | { action: 'markReminded'; day: string };

export type ToWorker = { kind: 'invoke'; id: number; channel: string; input: unknown } | { kind: 'control'; id: number; control: Control };

export type FromWorker =
  | { kind: 'result'; id: number; result: IpcResult<unknown> }
  | { kind: 'event'; event: EventName; payload: EventPayloads[EventName] }
  | { kind: 'ready' };
