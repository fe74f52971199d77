import type { VaultState } from '../../../shared/ipc/contract';
import { invoke } from '../data/channel';

/**
 * The vault's state, asked as soon as the window's script runs, before React and the screens
 * are set up: the answer travels while they are, so the unlock screen paints without waiting
 * for a round trip after them. Taken once, by the session's first look (SessionProvider).
 */
let first: Promise<VaultState> | null = invoke('vault:state');
// a failure is the taker's to handle; untaken (a test that never renders) it stays quiet
first.catch(() => undefined);

export function takeFirstState(): Promise<VaultState> | null {
  const p = first;
  first = null;
  return p;
}
