import { forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { manyBody } from '../../../renderer/src/network/many-body';

type N = SimulationNodeDatum & { i: number };

/** One application of a many-body force to copies of the given points: the velocities it adds. */
function kick(
  points: [number, number][],
  make: () => ((alpha: number) => void) & { initialize?: (n: N[], r: () => number) => void },
  alpha = 0.7,
) {
  const nodes: N[] = points.map(([x, y], i) => ({ i, index: i, x, y, vx: 0, vy: 0 }));
  const f = make();
  f.initialize?.(nodes, Math.random);
  f(alpha);
  return nodes.map((n) => [n.vx!, n.vy!]);
}

const points = (max: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), { minLength: 1, maxLength: max })
    .map((ps) =>
      // no two on one line across or down (d3 nudges those by its own random numbers)
      ps.map(([x, y], i) => [x / 10 + Math.SQRT2 * 1e-4 * i, y / 10 + Math.PI * 1e-4 * i] as [number, number]),
    );

describe("the map's many-body force", () => {
  test("it is d3-force's forceManyBody, exact or approximated, with and without a reach", () => {
    fc.assert(
      fc.property(points(60), fc.constantFrom(0, 0.9, 1.5), fc.constantFrom(Infinity, 300), (ps, theta, reach) => {
        const ours = kick(ps, () => manyBody<N>().strength(-28).theta(theta).distanceMax(reach));
        const d3 = kick(ps, () => forceManyBody<N>().strength(-28).theta(theta).distanceMax(reach));
        ours.forEach(([vx, vy], i) => {
          expect(vx).toBeCloseTo(d3[i]![0]!, 9);
          expect(vy).toBeCloseTo(d3[i]![1]!, 9);
        });
      }),
      { numRuns: 200 },
    );
  });

  test("approximated (theta 1.5, reach 300) over a map-like crowd, its error against the exact force is d3-force's", () => {
    // 3,000 peers in 30 clusters around a ring, as a seeded layout starts (a fixed LCG: the same crowd every run)
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    const ps: [number, number][] = Array.from({ length: 3000 }, (_, i) => {
      const angle = (Math.floor(i / 100) / 30) * Math.PI * 2;
      const r = 70 + rnd() * 340;
      return [Math.cos(angle) * r + (rnd() - 0.5) * 120, Math.sin(angle) * r + (rnd() - 0.5) * 120];
    });
    const exact = kick(ps, () => manyBody<N>().strength(-28).theta(0).distanceMax(300));
    const approx = kick(ps, () => manyBody<N>().strength(-28).theta(1.5).distanceMax(300));
    const d3 = kick(ps, () => forceManyBody<N>().strength(-28).theta(1.5).distanceMax(300));
    // the summed error over all peers, against the summed force
    const err = (a: number[][]) => a.reduce((s, [vx, vy], i) => s + Math.hypot(vx! - exact[i]![0]!, vy! - exact[i]![1]!), 0);
    const size = exact.reduce((s, [vx, vy]) => s + Math.hypot(vx!, vy!), 0);
    expect(err(approx) / size).toBeCloseTo(err(d3) / size, 9);
    // and peer by peer, the same forces as d3's
    approx.forEach(([vx, vy], i) => {
      expect(vx).toBeCloseTo(d3[i]![0]!, 9);
      expect(vy).toBeCloseTo(d3[i]![1]!, 9);
    });
  });

  test('peers on one spot are pushed apart, the same way every run', () => {
    const run = () => {
      const nodes: N[] = [0, 1, 2].map((i) => ({ i, x: 5, y: 5 }));
      forceSimulation(nodes).force('charge', manyBody<N>().strength(-28)).stop().tick(3);
      return nodes.map((n) => [n.x, n.y]);
    };
    const first = run();
    expect(new Set(first.map(([x, y]) => `${x},${y}`)).size).toBe(3);
    expect(run()).toEqual(first);
  });
});
