import { describe, expect, test } from 'vitest';
import { LABEL_HEIGHT, labelPriority, overlaps, placeLabels } from '../../../renderer/src/network/map-labels';
import { drawnAt, edgeShares } from '../../../renderer/src/network/map-thin';

describe('placing names on the map', () => {
  // nodes on a row, 30 pixels apart, each name 50 pixels wide
  const row = (n: number, gap = 30) => ({
    at: (i: number) => ({ x: 100 + i * gap, y: 100, r: 4 }),
    width: () => 50,
    w: 1000,
    h: 400,
  });

  test('in order of priority, above the node, else below it, else not at all: never two overlapping', () => {
    const placed = placeLabels({ ...row(4), order: [0, 1, 2, 3], limit: 100 });
    // 0 above; 1 would touch 0 above, so below; 2 above (clear of 0); 3 below (clear of 1)
    expect(placed.map((b) => [b.i, b.y < 100 ? 'above' : 'below'])).toEqual([
      [0, 'above'],
      [1, 'below'],
      [2, 'above'],
      [3, 'below'],
    ]);
    const crowded = placeLabels({ ...row(10, 5), order: [3, 0, 1, 2, 4, 5, 6, 7, 8, 9], limit: 100 });
    expect(crowded.map((b) => b.i)).toEqual([3, 0]);
    for (const [i, a] of crowded.entries()) for (const b of crowded.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    expect(crowded[0]).toEqual({ i: 3, x: 115 - 25, y: 100 - 4 - 2 - LABEL_HEIGHT, w: 50, h: LABEL_HEIGHT });
  });

  test('keeps off blocked room, stops at the limit, and leaves out nodes outside the picture', () => {
    const blocked = [{ i: -1, x: 0, y: 0, w: 1000, h: 95 }];
    const placed = placeLabels({ ...row(4, 100), order: [0, 1, 2, 3], limit: 100, blocked });
    expect(placed.every((b) => b.y > 100)).toBe(true);
    expect(placeLabels({ ...row(4, 100), order: [0, 1, 2, 3], limit: 2 }).map((b) => b.i)).toEqual([0, 1]);
    expect(placeLabels({ ...row(4, 400), order: [0, 1, 2, 3], limit: 100 }).map((b) => b.i)).toEqual([0, 1, 2]);
  });

  test('priority: more ties first, then the larger node, then the scene order', () => {
    expect([...labelPriority([1, 3, 3, 0], [5, 4, 6, 9])]).toEqual([2, 1, 0, 3]);
  });
});

describe('thinning the ties in view', () => {
  test('the budget goes to the strongest tier first; what does not fit whole is sampled', () => {
    expect(edgeShares([100, 200, 300], 1000)).toEqual([1, 1, 1]);
    expect(edgeShares([100, 200, 300], 400)).toEqual([1, 1, 1 / 3]);
    expect(edgeShares([600, 200, 300], 400)).toEqual([400 / 600, 0, 0]);
    expect(edgeShares([0, 50], 10)).toEqual([1, 10 / 50]);
  });

  test('the same ties at the same share, more (never others) at a larger share, about the share drawn', () => {
    const at = (share: number) => Array.from({ length: 10_000 }, (_, j) => j).filter((j) => drawnAt(j, share));
    const quarter = at(0.25);
    const half = at(0.5);
    expect(at(0.25)).toEqual(quarter);
    expect(quarter.every((j) => half.includes(j))).toBe(true);
    expect(quarter.length).toBeGreaterThan(2300);
    expect(quarter.length).toBeLessThan(2700);
    expect(at(1)).toHaveLength(10_000);
    expect(at(0)).toHaveLength(0);
  });
});
