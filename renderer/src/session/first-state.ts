import type { VaultState } from '../../../shared/ipc/contract';
import { invoke } from '../data/channel';

/**
 * The vault's state, asked as soon as the window's script runs, before React and the screens
 * are set up: the answer travels while they are. Taken once, by the session's first look
 * (SessionProvider); if it is already here when React first renders, that render uses it.
 */
let first: Promise<VaultState> | null = invoke('vault:state');
let arrived: VaultState | null = null;
first.then(
  (state) => {
    arrived = state;
  },
  // a failure is the taker's to handle; untaken (a test that never renders) it stays quiet
  () => undefined,
);

export function takeFirstState(): Promise<VaultState> | null {
  const p = first;
  first = null;
  return p;
}

/** The first answer, if it has arrived (null before, or once taken and acted on). */
export function firstStateIfArrived(): VaultState | null {
  return first ? arrived : null;
}
