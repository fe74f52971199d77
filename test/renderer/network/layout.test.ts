import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runLayout, scheduleFor } from '../../../renderer/src/network/layout';
import { ringRadius } from '../../../renderer/src/network/layout-protocol';
import { seedPositions } from '../../../renderer/src/network/seed-layout';

describe('the map layout', () => {
  test('seeds: one slice of the circle per cluster, at the closeness ring', () => {
    // a triangle (a, b, c) and a pair (d, e); every peer at closeness 5: ring 70
    const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, closeness: 5 }));
    const links = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'a' },
      { source: 'd', target: 'e' },
    ];
    const seeds = seedPositions(nodes, links);
    expect(ringRadius(5)).toBe(70);
    // the triangle, the larger cluster, first: 3/5 of the circle; a at angle pi/5, radius 70 - 11 = 59
    expect(seeds[0]![0]).toBeCloseTo(59 * Math.cos(Math.PI / 5), 9);
    expect(seeds[0]![1]).toBeCloseTo(59 * Math.sin(Math.PI / 5), 9);
    // b: second of three, angle 3pi/5, radius 70 + (37 mod 23) - 11 = 73
    expect(seeds[1]![0]).toBeCloseTo(73 * Math.cos((3 * Math.PI) / 5), 9);
    // the pair takes the rest from 6pi/5: d at 6pi/5 + (1/4)(4pi/5) = 7pi/5, radius 59
    expect(seeds[3]![0]).toBeCloseTo(59 * Math.cos((7 * Math.PI) / 5), 9);
    expect(seeds[3]![1]).toBeCloseTo(59 * Math.sin((7 * Math.PI) / 5), 9);
  });

  test('seeds are those of the first, Map-based label propagation, on any graph', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 120 }),
              fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, pairs, closeness]) => {
          const nodes = closeness.map((c, i) => ({ id: `p${i}`, closeness: c }));
          const links = pairs.map(([a, b]) => ({ source: `p${a}`, target: `p${b}` }));
          expect(seedPositions(nodes, links)).toEqual(referenceSeeds(nodes, links));
          expect(nodes).toHaveLength(n);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('runs 90 ticks up to 1,500 new peers, fewer above (30 at 5,000)', () => {
    expect(scheduleFor(1000)).toEqual({ ticks: 90, collideTicks: 8, theta: 1.2 });
    expect(scheduleFor(1500)).toEqual({ ticks: 90, collideTicks: 8, theta: 1.2 });
    expect(scheduleFor(3000)).toEqual({ ticks: 45, collideTicks: 3, theta: 1.5 });
    expect(scheduleFor(5000)).toEqual({ ticks: 30, collideTicks: 3, theta: 1.5 });
  });

  test('hands over where the peers start (saved places, seeds for new peers) before it settles them', () => {
    const nodes = [
      { id: 'a', closeness: 5, x: 100, y: -20 },
      { id: 'b', closeness: 3 },
      { id: 'c', closeness: 2 },
    ];
    const links = [{ source: 'b', target: 'c', strength: 1 }];
    const starts: Record<string, [number, number]>[] = [];
    const progress: number[] = [];
    const end = runLayout(
      { nodes, links },
      (d) => progress.push(d),
      (p) => starts.push(p),
    );
    expect(starts).toHaveLength(1);
    const seeds = seedPositions(nodes, links);
    expect(starts[0]).toEqual({ a: [100, -20], b: seeds[1], c: seeds[2] });
    // handed over before any tick, and the layout then moves the new peers on from there
    expect(progress.length).toBeGreaterThan(0);
    expect(end.b).not.toEqual(starts[0]!.b);
  });

  test('keeps saved positions, places new peers near their ties, and is deterministic', () => {
    const nodes = [
      { id: 'a', closeness: 5, x: 100, y: -20 },
      { id: 'b', closeness: 3, x: -50, y: 80 },
      { id: 'new', closeness: 3 },
    ];
    const links = [
      { source: 'a', target: 'new', strength: 2 },
      { source: 'b', target: 'new', strength: 2 },
    ];
    const first = runLayout({ nodes, links });
    expect(first.a).toEqual([100, -20]);
    expect(first.b).toEqual([-50, 80]);
    const [x, y] = first.new!;
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(runLayout({ nodes, links })).toEqual(first);
    // every peer saved: nothing moves, no simulation
    expect(runLayout({ nodes: [{ id: 'a', closeness: 1, x: 1, y: 2 }], links: [] })).toEqual({ a: [1, 2] });
  });
});

/** The seeding as first written (Maps and arrays), kept as the specification of the flat-array one. */
function referenceSeeds(
  nodes: readonly { id: string; closeness: number }[],
  links: readonly { source: string; target: string }[],
): [number, number][] {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const adj: number[][] = nodes.map(() => []);
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined) continue;
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  const label = nodes.map((_, i) => i);
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (let i = 0; i < nodes.length; i++) {
      if (adj[i]!.length === 0) continue;
      const counts = new Map<number, number>();
      for (const j of adj[i]!) counts.set(label[j]!, (counts.get(label[j]!) ?? 0) + 1);
      let best = label[i]!;
      let bestCount = 0;
      for (const [l, c] of counts) {
        if (c > bestCount || (c === bestCount && l < best)) {
          best = l;
          bestCount = c;
        }
      }
      if (best !== label[i]) {
        label[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const groups = new Map<number, number[]>();
  label.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), i]));
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  const out = new Array<[number, number]>(nodes.length);
  let start = 0;
  for (const members of ordered) {
    const span = (members.length / nodes.length) * Math.PI * 2;
    members.forEach((i, k) => {
      const angle = start + ((k + 0.5) / members.length) * span;
      const r = ringRadius(nodes[i]!.closeness) + ((k * 37) % 23) - 11;
      out[i] = [Math.cos(angle) * r, Math.sin(angle) * r];
    });
    start += span;
  }
  return out;
}
