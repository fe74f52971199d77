import { ADVISOR_CHANNELS } from './features/advisor.channels';
import { GROUP_CHANNELS } from './features/groups.channels';
import { INTERACTION_CHANNELS } from './features/interactions.channels';
import { JOURNAL_CHANNELS } from './features/journal.channels';

/**
 * The names of every IPC channel (`area:verb`) and event, without their schemas, so the
 * sandboxed preload can build its methods from this list alone (no zod in the preload).
 * contract.ts gives each channel its input schema and result type; a test checks the two
 * lists agree.
 */
export const CHANNELS = [
  'vault:state',
  'vault:create',
  'vault:unlock',
  'vault:unlockWithRecoveryCode',
  'vault:lock',
  'vault:changePassphrase',
  'vault:listBackups',
  'vault:devices',
  'vault:conflictVersions',
  'vault:share',
  'vault:sync',
  'vault:mergeCopy',
  'vault:resolveConflict',
  'vault:restoreBackup',
  'vault:restoreNewestBackup',
  'vault:acceptLoss',
  'vault:showFolder',
  'settings:get',
  'settings:update',
  'sample:open',
  'sample:close',
  'me:get',
  'me:save',
  'peers:list',
  'peers:page',
  'peers:get',
  'peers:revealNotes',
  'peers:save',
  'peers:delete',
  'peers:undoDelete',
  'peers:bulkUpdate',
  'peers:introduce',
  'ties:list',
  'ties:save',
  'ties:delete',
  'map:data',
  'map:savePositions',
  'import:preview',
  'import:commit',
  'export:peers',
  // each later feature keeps its channels in its own file (shared/ipc/features/)
  ...INTERACTION_CHANNELS,
  ...JOURNAL_CHANNELS,
  ...GROUP_CHANNELS,
  ...ADVISOR_CHANNELS,
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Events main sends to the renderer. */
export const EVENTS = ['vault:locked', 'vault:warnings', 'vault:changed', 'import:progress'] as const;
export type EventName = (typeof EVENTS)[number];

/**
 * Builds `{ area: { verb: (input) => invoke(channel, input) } }` plus `on(event, cb)`.
 * Self-contained (no closure over module scope) so the browser harness can inject its
 * source text as the stand-in for the preload.
 */
export function buildBridge(
  channels: readonly string[],
  events: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  subscribe: (event: string, cb: (payload: unknown) => void) => () => void,
): Record<string, unknown> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [area, verb] = channel.split(':') as [string, string];
    api[area] ??= {};
    api[area][verb] = (input?: unknown) => invoke(channel, input);
  }
  const on = (event: string, cb: (payload: unknown) => void) => {
    if (!events.includes(event)) throw new Error(`Unknown event ${event}`);
    return subscribe(event, cb);
  };
  return { ...api, on };
}
