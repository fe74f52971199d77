import { describe, expect, test } from 'vitest';
import { advise } from '../../../shared/domain/advisor';
import { dayOf } from '../../../shared/domain/days';
import { byDate } from '../../../shared/domain/interaction-index';
import { viewOf } from '../../../shared/domain/interaction-view';
import { summarizeAll } from '../../../shared/domain/peer-summary';
import { todayData } from '../../../shared/domain/today';
import { linkedInExport } from '../../bench/linkedin-sample';
import { useTempDirs } from '../../helpers/temp-dir';
import { serviceIn } from '../../helpers/service';

const temp = useTempDirs();
const NOW = new Date(2026, 11, 7, 10, 0);

describe("the vault thread's kept indexes", () => {
  test('Today, the advisor and the peer list answer as a from-scratch rebuild after edits, deletes, undos and an import', async () => {
    const { session, call } = serviceIn(await temp(), () => NOW);
    await call('sample:open');
    const day = dayOf(NOW);
    const data = () => session.requireVault().data;
    let busiest = data().peers[0]!.id;
    const same = async () => {
      expect(await call('today:data')).toEqual(todayData(data(), day));
      expect((await call<{ suggestions: unknown[] }>('advisor:list')).suggestions).toEqual(advise(data(), day));
      expect(await call('peers:list')).toEqual(summarizeAll(data(), day));
      for (const peerId of [busiest, data().peers[0]!.id].filter((id) => data().peers.some((p) => p.id === id)))
        expect(await call('interactions:list', { peerId })).toEqual(
          data()
            .interactions.filter((i) => i.peerIds.includes(peerId))
            .sort((a, b) => byDate(b, a))
            .map(viewOf),
        );
    };
    await same();

    // the peer with the most interactions: deleting them changes every list
    const counts = new Map<string, number>();
    for (const i of data().interactions) for (const p of i.peerIds) counts.set(p, (counts.get(p) ?? 0) + 1);
    busiest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const { token } = await call<{ token: string }>('peers:delete', { ids: [busiest] });
    await same();
    await call('peers:undoDelete', { token });
    await same();

    const last = data().interactions.find((i) => i.peerIds.includes(busiest))!;
    await call('interactions:save', {
      id: last.id,
      date: day,
      peerIds: last.peerIds,
      channel: last.channel,
      initiatedBy: 'me',
      purpose: 'ask',
      summary: 'moved to today',
      exchanges: [],
      followUps: [],
    });
    await same();
    const deleted = await call<{ token: string }>('interactions:delete', { id: last.id });
    await same();
    await call('interactions:undoDelete', deleted);
    await same();

    const preview = await call<{ token: string }>('import:preview', {
      fileName: 'Connections.csv',
      bytes: new TextEncoder().encode(linkedInExport(40)),
    });
    await call('import:commit', { token: preview.token, useIncoming: [] });
    await same();
    await session.closeSample();
  });
});
