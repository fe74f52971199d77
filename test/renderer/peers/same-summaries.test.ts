import { describe, expect, test } from 'vitest';
import type { PeerSummary } from '../../../shared/ipc/contract';
import { sameSummaries } from '../../../renderer/src/peers/same-summaries';

const summary = (id: string, more: Partial<PeerSummary> = {}) =>
  ({ id, name: `Peer ${id}`, tags: ['a', 'b'], closeness: 3, careerStage: null, ...more }) as unknown as PeerSummary;

describe('the kept peer list', () => {
  test('a fresh list with the same values is the same, arrays compared item by item', () => {
    expect(sameSummaries([summary('1'), summary('2')], [summary('1'), summary('2')])).toBe(true);
    expect(sameSummaries([], [])).toBe(true);
  });

  test('any change of value, order, length or fields is a change', () => {
    const kept = [summary('1'), summary('2')];
    expect(sameSummaries(kept, [summary('2'), summary('1')])).toBe(false);
    expect(sameSummaries(kept, [summary('1')])).toBe(false);
    expect(sameSummaries(kept, [summary('1'), summary('2', { name: 'Renamed' })])).toBe(false);
    expect(sameSummaries(kept, [summary('1'), summary('2', { tags: ['a'] })])).toBe(false);
    expect(sameSummaries(kept, [summary('1'), summary('2', { tags: ['a', 'c'] })])).toBe(false);
    expect(sameSummaries(kept, [summary('1'), summary('2', { closeness: 4 })])).toBe(false);
    expect(sameSummaries(kept, [summary('1'), { ...summary('2'), nextCheckIn: '2026-01-01' }])).toBe(false);
  });
});
