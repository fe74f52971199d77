import { isChange } from '../../../shared/ipc/changes';
import type { Channel, EventName } from '../../../shared/ipc/channels';
import type { EventPayloads, Input, Result } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call, compeer } from '../api';

/**
 * The renderer's one way to reach main, without the query cache (the vault screens load
 * before it, in the window's first script): `send` for what the user asks (save, delete,
 * reveal, export), and the channel call that queries.ts caches for the screens.
 */

/** The arguments of a channel: its input, optional where the contract allows none. */
export type ChannelArgs<C extends Channel> = undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>];

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<IpcResult<unknown>>>>;

/** Ask main on one channel: its result, or an ApiError with main's plain message. */
export function invoke<C extends Channel>(channel: C, input?: Input<C>): Promise<Result<C>> {
  const [area, verb] = channel.split(':') as [string, string];
  const bridge = compeer() as unknown as Bridge;
  return call(bridge[area]![verb]!(input)) as Promise<Result<C>>;
}

/** What runs after a change succeeds, before `send` resolves (the query cache refreshing). */
const afterChange = new Set<(channel: Channel) => Promise<void> | void>();

/** Run `cb` after each successful change sent from this window; returns the function that stops. */
export function onChangeSent(cb: (channel: Channel) => Promise<void> | void): () => void {
  afterChange.add(cb);
  return () => void afterChange.delete(cb);
}

/**
 * Call a channel once, on the user's word. After a change, every screen's data is asked
 * again before this resolves, so what follows sees it fresh. A screen's own data comes from
 * useVaultQuery (queries.ts), never from this in an effect.
 */
export async function send<C extends Channel>(channel: C, ...[input]: ChannelArgs<C>): Promise<Result<C>> {
  const value = await invoke(channel, input);
  if (isChange(channel)) for (const cb of afterChange) await cb(channel);
  return value;
}

/** Listen to one of main's events; returns the function that stops. */
export function onVaultEvent<E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void): () => void {
  return compeer().on(event, cb);
}
