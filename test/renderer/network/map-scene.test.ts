import { describe, expect, test } from 'vitest';
import { buildScene, nodeAt, type MapNode } from '../../../renderer/src/network/map-scene';

const node = (id: string, color = '#111', radius = 5): MapNode => ({ id, label: id.toUpperCase(), sub: '', color, radius });

describe('the map scene', () => {
  const scene = buildScene(
    [node('a', '#f00'), node('b', '#0f0'), node('c', '#f00', 10), node('lost')],
    [
      { a: 'a', b: 'b', strength: 3 },
      { a: 'b', b: 'c', strength: 1 },
      { a: 'a', b: 'lost', strength: 2 }, // to a peer without a position: not drawn
    ],
    { a: [0, 0], b: [100, 0], c: [39, 41] },
  );

  test('holds the placed nodes, their ties by strength and nodes by colour', () => {
    expect(scene.ids).toEqual(['a', 'b', 'c']);
    expect([...scene.xs]).toEqual([0, 100, 39]);
    expect(scene.edgeCount).toBe(2);
    expect(scene.edges.map((e) => [e.strength, [...e.pairs]])).toEqual([
      [1, [1, 2]],
      [2, []],
      [3, [0, 1]],
    ]);
    expect(scene.byColor.map((g) => [g.color, [...g.nodes]])).toEqual([
      ['#f00', [0, 2]],
      ['#0f0', [1]],
    ]);
    expect(scene.bounds).toEqual({ minX: 0, minY: 0, maxX: 100, maxY: 41 });
    expect(scene.maxRadius).toBe(10);
  });

  test('finds the node under the pointer: within its radius plus 3', () => {
    const v = { k: 1, tx: 0, ty: 0 };
    expect(nodeAt(scene, v, 107.9, 0)).toBe(1); // 7.9 from b (radius 5, reach 8)
    expect(nodeAt(scene, v, 108.1, 0)).toBe(-1);
    // c sits in another grid cell (40 units) than the pointer: still found
    expect(nodeAt(scene, v, 39, 29)).toBe(2); // 12 from c (radius 10, reach 13)
  });

  test('the nearest wins; zoomed far out, a node is 8 pixels wide at least', () => {
    expect(nodeAt(scene, { k: 1, tx: 0, ty: 0 }, 60, 0)).toBe(-1);
    // at k = 0.1, the 8-pixel reach is 80 map units: from map (60, 0), b (40 away) beats a (60) and c (47.4)
    expect(nodeAt(scene, { k: 0.1, tx: 0, ty: 0 }, 6, 0)).toBe(1);
    // a moved camera: map (0, 0) is at screen (50, 50)
    expect(nodeAt(scene, { k: 1, tx: 50, ty: 50 }, 51, 52)).toBe(0);
  });
});

describe('peers of several types', () => {
  test('keep their first colour as the disc and get one slice per further type; ties counted per node; names ordered by ties', () => {
    const scene = buildScene(
      [
        { ...node('a', '#f00'), colors: ['#f00', '#0f0', '#00f'] },
        { ...node('b', '#0f0'), colors: ['#0f0'] },
        { ...node('c', '#00f'), colors: ['#00f', '#0f0'] },
      ],
      [
        { a: 'a', b: 'c', strength: 1 },
        { a: 'b', b: 'c', strength: 2 },
      ],
      { a: [0, 0], b: [10, 0], c: [20, 0] },
    );
    expect(scene.byColor.map((g) => [g.color, [...g.nodes]])).toEqual([
      ['#f00', [0]],
      ['#0f0', [1]],
      ['#00f', [2]],
    ]);
    expect(scene.slices.map((s) => [s.color, [...s.nodes], [...s.part], [...s.of]])).toEqual([
      ['#0f0', [0, 2], [1, 1], [3, 2]],
      ['#00f', [0], [2], [3]],
    ]);
    expect([...scene.degree]).toEqual([1, 1, 2]);
    expect([...scene.order]).toEqual([2, 0, 1]);
  });
});
