import { boundsOf, toMap, type Bounds, type View } from './camera';
import { labelPriority } from './map-labels';

export interface MapNode {
  id: string;
  label: string;
  sub: string;
  /** the first type's colour */
  color: string;
  /** one colour per type, when a peer has several: the disc is split into as many slices */
  colors?: readonly string[];
  radius: number;
}

export interface MapEdge {
  a: string;
  b: string;
  strength: number;
}

/**
 * What the map draws, in flat arrays built once per change of data (not per frame):
 * positions by node index, edges as index pairs per strength, nodes grouped by colour, and a
 * grid for finding the node under the pointer. Nodes without a position are left out.
 */
export interface Scene {
  ids: string[];
  labels: string[];
  xs: Float64Array;
  ys: Float64Array;
  radii: Float64Array;
  /** node indices per colour, so each colour is one fill (a peer of several types: its first) */
  byColor: { color: string; nodes: Uint32Array }[];
  /**
   * The slices of peers of several types, per colour: node i's slice `part` of `of`, drawn
   * clockwise from the top over its first-colour disc.
   */
  slices: { color: string; nodes: Uint32Array; part: Uint8Array; of: Uint8Array }[];
  /** ties per node */
  degree: Uint32Array;
  /** node indices in the order names are placed (map-labels.ts) */
  order: Uint32Array;
  /** per strength 1..3: node index pairs [a0, b0, a1, b1, ...] */
  edges: { strength: number; pairs: Uint32Array }[];
  edgeCount: number;
  maxRadius: number;
  index: Map<string, number>;
  bounds: Bounds;
  grid: Map<string, number[]>;
}

export const GRID_CELL = 40;

export function buildScene(
  nodes: readonly MapNode[],
  edges: readonly MapEdge[],
  positions: Readonly<Record<string, readonly [number, number]>>,
): Scene {
  const placed = nodes.filter((n) => positions[n.id]);
  const count = placed.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const radii = new Float64Array(count);
  const index = new Map<string, number>();
  const colorLists = new Map<string, number[]>();
  const grid = new Map<string, number[]>();
  const sliceLists = new Map<string, { nodes: number[]; part: number[]; of: number[] }>();
  placed.forEach((n, i) => {
    const p = positions[n.id]!;
    xs[i] = p[0];
    ys[i] = p[1];
    radii[i] = n.radius;
    index.set(n.id, i);
    const list = colorLists.get(n.color);
    if (list) list.push(i);
    else colorLists.set(n.color, [i]);
    const colors = n.colors ?? [];
    if (colors.length > 1)
      colors.forEach((c, part) => {
        if (part === 0) return;
        const l = sliceLists.get(c) ?? { nodes: [], part: [], of: [] };
        sliceLists.set(c, l);
        l.nodes.push(i);
        l.part.push(part);
        l.of.push(colors.length);
      });
    const key = `${Math.floor(p[0] / GRID_CELL)},${Math.floor(p[1] / GRID_CELL)}`;
    const cell = grid.get(key);
    if (cell) cell.push(i);
    else grid.set(key, [i]);
  });
  const pairs: number[][] = [[], [], []];
  let edgeCount = 0;
  const degree = new Uint32Array(count);
  for (const e of edges) {
    const a = index.get(e.a);
    const b = index.get(e.b);
    if (a === undefined || b === undefined) continue;
    pairs[Math.min(3, Math.max(1, e.strength)) - 1]!.push(a, b);
    degree[a]! += 1;
    degree[b]! += 1;
    edgeCount += 1;
  }
  return {
    ids: placed.map((n) => n.id),
    labels: placed.map((n) => n.label),
    xs,
    ys,
    radii,
    byColor: [...colorLists].map(([color, list]) => ({ color, nodes: Uint32Array.from(list) })),
    slices: [...sliceLists].map(([color, l]) => ({
      color,
      nodes: Uint32Array.from(l.nodes),
      part: Uint8Array.from(l.part),
      of: Uint8Array.from(l.of),
    })),
    degree,
    order: labelPriority(degree, radii),
    edges: pairs.map((p, i) => ({ strength: i + 1, pairs: Uint32Array.from(p) })),
    edgeCount,
    maxRadius: radii.reduce((a, r) => Math.max(a, r), 0),
    index,
    bounds: boundsOf(xs, ys),
    grid,
  };
}

/**
 * The node under screen pixel (sx, sy): the nearest whose disc, widened to at least 8
 * pixels across and by 3 map units, holds the point; -1 if none.
 */
export function nodeAt(scene: Scene, view: View, sx: number, sy: number): number {
  const [x, y] = toMap(view, sx, sy);
  // how far a hit can be: the largest disc plus 3, or 8 pixels when zoomed far out
  const reach = Math.max(scene.maxRadius + 3, 8 / view.k);
  const span = Math.ceil(reach / GRID_CELL);
  const cx = Math.floor(x / GRID_CELL);
  const cy = Math.floor(y / GRID_CELL);
  let best = -1;
  let bestD = Infinity;
  for (let i = -span; i <= span; i++)
    for (let j = -span; j <= span; j++)
      for (const n of scene.grid.get(`${cx + i},${cy + j}`) ?? []) {
        const d = Math.hypot(scene.xs[n]! - x, scene.ys[n]! - y);
        if (d < Math.max(scene.radii[n]! + 3, 8 / view.k) && d < bestD) {
          best = n;
          bestD = d;
        }
      }
  return best;
}
