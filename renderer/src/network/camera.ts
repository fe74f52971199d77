/**
 * The map's camera as plain numbers: a point (x, y) of the map is drawn at screen pixel
 * (x * k + tx, y * k + ty). Pure functions, so the maths is tested without a canvas.
 */
export interface View {
  k: number;
  tx: number;
  ty: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 12;
/** One pixel of wheel scrolls the zoom by a factor exp(-WHEEL_RATE). */
export const WHEEL_RATE = 0.0015;

export const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

export const toScreen = (v: View, x: number, y: number): [number, number] => [x * v.k + v.tx, y * v.k + v.ty];
export const toMap = (v: View, sx: number, sy: number): [number, number] => [(sx - v.tx) / v.k, (sy - v.ty) / v.k];

export const panBy = (v: View, dx: number, dy: number): View => ({ k: v.k, tx: v.tx + dx, ty: v.ty + dy });

/** Zoom by `factor` (clamped) keeping the map point under screen pixel (sx, sy) where it is. */
export function zoomAt(v: View, factor: number, sx: number, sy: number): View {
  const k = clampZoom(v.k * factor);
  const f = k / v.k;
  return { k, tx: sx - (sx - v.tx) * f, ty: sy - (sy - v.ty) * f };
}

export const wheelZoom = (v: View, deltaY: number, sx: number, sy: number): View => zoomAt(v, Math.exp(-deltaY * WHEEL_RATE), sx, sy);

/**
 * The whole of `b` in a w x h viewport: `pad` map units around it, 90 % of the room, never
 * closer than `maxK` (a map of three peers is not blown up).
 */
export function fitView(b: Bounds, w: number, h: number, pad = 20, maxK = 4): View {
  const k = clampZoom(
    Math.min(maxK, 0.9 * Math.min(w / Math.max(1, b.maxX - b.minX + 2 * pad), h / Math.max(1, b.maxY - b.minY + 2 * pad))),
  );
  return { k, tx: w / 2 - ((b.minX + b.maxX) / 2) * k, ty: h / 2 - ((b.minY + b.maxY) / 2) * k };
}

/** Centre map point (x, y) in a w x h viewport, zoomed to at least `minK`. */
export function centreOn(v: View, x: number, y: number, w: number, h: number, minK = 2): View {
  const k = clampZoom(Math.max(v.k, minK));
  return { k, tx: w / 2 - x * k, ty: h / 2 - y * k };
}

/** The part of the map a w x h viewport shows. */
export function visibleBounds(v: View, w: number, h: number): Bounds {
  const [minX, minY] = toMap(v, 0, 0);
  const [maxX, maxY] = toMap(v, w, h);
  return { minX, minY, maxX, maxY };
}

export const contains = (outer: Bounds, inner: Bounds) =>
  inner.minX >= outer.minX && inner.minY >= outer.minY && inner.maxX <= outer.maxX && inner.maxY <= outer.maxY;

/**
 * A picture drawn under view `from` shown under view `to`: the scale and offset that carry a
 * pixel of the first to where the second would draw it (to = from * scale + offset).
 */
export function reproject(from: View, to: View): { scale: number; dx: number; dy: number } {
  const scale = to.k / from.k;
  return { scale, dx: to.tx - from.tx * scale, dy: to.ty - from.ty * scale };
}

/** The smallest box holding every point given as parallel coordinate arrays, and (0, 0) ("me"). */
export function boundsOf(xs: ArrayLike<number>, ys: ArrayLike<number>): Bounds {
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}
