/**
 * Where the map writes names: greedily, in order of priority (the found peer, a chosen
 * group's members, then the best-connected and closest), each name above its node, or below
 * it if that is taken; a name that would touch one already placed is left out. Zooming in
 * spreads the nodes, so more names fit. Pure: positions in screen pixels in, boxes out.
 */
export interface LabelBox {
  /** the node's index in the scene */
  i: number;
  /** top-left corner and size, in CSS pixels of the picture */
  x: number;
  y: number;
  w: number;
  h: number;
}

export const LABEL_FONT_PX = 11;
export const LABEL_HEIGHT = 14;
/** room kept between two names */
const GAP = 2;
const CELL = 64;

export interface PlaceInput {
  /** candidate node indices, most important first */
  order: Iterable<number>;
  /** screen centre and screen radius of node i */
  at: (i: number) => { x: number; y: number; r: number };
  /** the written width of node i's name, in pixels */
  width: (i: number) => number;
  /** the picture's size: names wholly outside it are not placed */
  w: number;
  h: number;
  /** at most this many names */
  limit: number;
  /** room already taken (the "me" label) */
  blocked?: readonly LabelBox[];
}

export const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w + GAP && b.x < a.x + a.w + GAP && a.y < b.y + b.h + GAP && b.y < a.y + a.h + GAP;

export function placeLabels(p: PlaceInput): LabelBox[] {
  const grid = new Map<number, LabelBox[]>();
  // cells keyed as one number; the offset keeps negative cells (a box partly off the picture) apart
  const key = (cx: number, cy: number) => (cx + 4096) * 8192 + (cy + 4096);
  const cells = (b: LabelBox, fn: (k: number) => boolean | void): boolean => {
    for (let cx = Math.floor((b.x - GAP) / CELL); cx <= Math.floor((b.x + b.w + GAP) / CELL); cx++)
      for (let cy = Math.floor((b.y - GAP) / CELL); cy <= Math.floor((b.y + b.h + GAP) / CELL); cy++) if (fn(key(cx, cy))) return true;
    return false;
  };
  const free = (b: LabelBox) => !cells(b, (k) => grid.get(k)?.some((o) => overlaps(o, b)));
  const take = (b: LabelBox) =>
    void cells(b, (k) => {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    });
  for (const b of p.blocked ?? []) take(b);
  const placed: LabelBox[] = [];
  for (const i of p.order) {
    if (placed.length >= p.limit) break;
    const { x, y, r } = p.at(i);
    if (x < -r || y < -r || x > p.w + r || y > p.h + r) continue;
    const w = p.width(i);
    const above: LabelBox = { i, x: x - w / 2, y: y - r - 2 - LABEL_HEIGHT, w, h: LABEL_HEIGHT };
    const below: LabelBox = { i, x: x - w / 2, y: y + r + 2, w, h: LABEL_HEIGHT };
    for (const b of [above, below]) {
      if (b.x + b.w < 0 || b.x > p.w || b.y + b.h < 0 || b.y > p.h) continue;
      if (!free(b)) continue;
      take(b);
      placed.push(b);
      break;
    }
  }
  return placed;
}

/** How many names a picture of w x h pixels may carry: about one per 120 x 60 pixels. */
export const labelLimit = (w: number, h: number) => Math.max(12, Math.round((w * h) / 7200));

/**
 * The order names are considered in: more ties first, then larger (closer) nodes, then the
 * scene's own order, so the same map always names the same peers.
 */
export function labelPriority(degree: ArrayLike<number>, radii: ArrayLike<number>): Uint32Array {
  const order = Uint32Array.from({ length: degree.length }, (_, i) => i);
  return order.sort((a, b) => degree[b]! - degree[a]! || radii[b]! - radii[a]! || a - b);
}
