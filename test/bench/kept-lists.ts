import type { Vault } from '../../electron/core/vault';
import { advise } from '../../shared/domain/advisor';
import { dayOf } from '../../shared/domain/days';
import { KeptIndex } from '../../shared/domain/kept-index';
import { todayData } from '../../shared/domain/today';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Today's data and every advisor suggestion as the vault's thread answers them (the handlers'
 * path): from the session's kept index, following the open vault. Before each timed call one
 * peer is edited through the vault, so the figure is a call after a change, never an answer
 * kept whole from the call before (median of 5, after one call that builds the index).
 */
export async function benchKeptLists(
  v: Vault,
): Promise<{ todayDataMs: number; adviseMs: number; suggestions: number; keptBuildMs: number }> {
  const today = dayOf(new Date());
  const b0 = performance.now();
  const kept = new KeptIndex(v.data);
  const keptBuildMs = performance.now() - b0;
  const stop = v.onApplied((ops) => kept.apply(ops, v.data));
  let edits = 0;
  const edit = async () => {
    const p = v.data.peers[edits % v.data.peers.length]!;
    edits += 1;
    await v.apply([{ op: 'put', collection: 'peers', record: { ...p, closeness: p.closeness === 5 ? 4 : p.closeness + 1 } }]);
  };
  const timed = async (fn: () => unknown) => {
    fn();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await edit();
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
    }
    return median(times);
  };
  try {
    const d = () => v.data;
    const todayDataMs = await timed(() => todayData(d(), today, kept.checkIns(d(), today), kept.interactionsByPeer()));
    let suggestions = 0;
    const adviseMs = await timed(() => (suggestions = advise(d(), today, undefined, kept).length));
    return { todayDataMs, adviseMs, suggestions, keptBuildMs };
  } finally {
    stop();
  }
}
