import type { Bounds, View } from './camera';
import { LABEL_FONT_PX, labelLimit, placeLabels, type LabelBox } from './map-labels';
import type { Scene } from './map-scene';
import { drawnAt, edgeShares } from './map-thin';

/** What a drawing needs of the scene: plain arrays, so it can be handed to the painting worker. */
export type PaintScene = Pick<Scene, 'xs' | 'ys' | 'radii' | 'labels' | 'byColor' | 'slices' | 'edges' | 'order'>;

/** The 2D context of a page canvas or of an OffscreenCanvas in a worker. */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface PaintOptions {
  dark: boolean;
  meLabel: string;
  /** false while moving over a large map without a usable picture (level of detail) */
  edges: boolean;
  labels: boolean;
  /** the picture's size in CSS pixels (where names may go) */
  w: number;
  h: number;
  /** nodes named before all others: the found peer, then a chosen group's members */
  first?: readonly number[];
  /** the widths of names already measured, by node index (NaN: not yet), kept between drawings */
  widths?: Float32Array;
}

/** Below this many pixels across, a node is a square: far cheaper to fill than a circle. */
const SQUARE_BELOW_PX = 2.5;
/** Below this many pixels of radius, a peer of several types is drawn in its first colour only. */
const SLICES_FROM_PX = 2;
/** Segments per stroked path: Skia's cost for one path grows faster than its length. */
const CHUNK = 2000;
const ME_RADIUS = 14;

const ink = (dark: boolean) => (dark ? '#f1f3f5' : '#212529');
/** The map's background (Mantine's body colour), around names so they read over ties. */
const paper = (dark: boolean) => (dark ? '#242424' : '#ffffff');

/**
 * Draw the map: ties (per strength, thinned by map-thin.ts when many are in view), nodes (one
 * path per colour, then the slices of peers of several types), "me" at the centre, and names
 * placed so none overlaps (map-labels.ts). `ctx` may be an OffscreenCanvas's, in a worker.
 * `view` maps the map to the surface's CSS pixels; only what falls in `area` (map units) is
 * drawn. Returns the names placed, as boxes in CSS pixels of the surface.
 */
export function paintScene(ctx: Ctx2D, scene: PaintScene, view: View, dpr: number, area: Bounds, o: PaintOptions): LabelBox[] {
  const { xs, ys, radii } = scene;
  const { k } = view;
  const { minX, minY, maxX, maxY } = area;
  const off = (ax: number, ay: number, bx: number, by: number) =>
    (ax < minX && bx < minX) || (ax > maxX && bx > maxX) || (ay < minY && by < minY) || (ay > maxY && by > maxY);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.tx, dpr * view.ty);
  if (o.edges) {
    ctx.lineCap = 'butt';
    // strongest first: the budget goes to them
    const tiers = [...scene.edges].sort((a, b) => b.strength - a.strength);
    const inView = tiers.map(({ pairs }) => {
      let n = 0;
      for (let i = 0; i < pairs.length; i += 2) if (!off(xs[pairs[i]!]!, ys[pairs[i]!]!, xs[pairs[i + 1]!]!, ys[pairs[i + 1]!]!)) n++;
      return n;
    });
    const shares = edgeShares(inView);
    const short = 1 / (k * dpr);
    tiers.forEach(({ strength, pairs }, t) => {
      const share = shares[t]!;
      if (inView[t] === 0 || share === 0) return;
      // at most one device pixel wide when zoomed out: Skia then draws hairlines, many times cheaper
      ctx.lineWidth = Math.min((0.4 + strength * 0.45) / Math.sqrt(k), 1 / (k * dpr));
      ctx.strokeStyle = o.dark ? `rgba(200,210,220,${0.12 + strength * 0.07})` : `rgba(60,70,90,${0.1 + strength * 0.07})`;
      let n = 0;
      ctx.beginPath();
      for (let i = 0; i < pairs.length; i += 2) {
        const ax = xs[pairs[i]!]!;
        const ay = ys[pairs[i]!]!;
        const bx = xs[pairs[i + 1]!]!;
        const by = ys[pairs[i + 1]!]!;
        // a tie shorter than a device pixel lies under its nodes
        if (Math.abs(bx - ax) + Math.abs(by - ay) < short || off(ax, ay, bx, by) || !drawnAt(strength * 1_000_000 + i / 2, share)) continue;
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
        if (++n % CHUNK === 0) {
          ctx.stroke();
          ctx.beginPath();
        }
      }
      ctx.stroke();
    });
  }
  const inArea = (i: number) => {
    const r = radii[i]!;
    return !(xs[i]! + r < minX || xs[i]! - r > maxX || ys[i]! + r < minY || ys[i]! - r > maxY);
  };
  // nodes are stamped into a pixel buffer of their own from one pre-drawn disc (or slice) per
  // size, then laid over the ties in one draw: thousands of arc fills or image draws cost the
  // canvas several times more, and reading the picture back to stamp into it cost as much again
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  const { px, words, put } = nodeLayer(W, H);
  const scale = k * dpr;
  const ox = dpr * view.tx;
  const oy = dpr * view.ty;
  const blend = (at: number, ca: number, rgb: Rgb, word: number) => {
    if (words[at] === 0) {
      // nothing under it: the colour at the rim's coverage
      words[at] = LITTLE_ENDIAN ? (word & 0x00ffffff) | (ca << 24) : (word & 0xffffff00) | ca;
      return;
    }
    // over another node's rim: source-over, unpremultiplied as ImageData is
    const p = at * 4;
    const sa = ca / 255;
    const keep = (px[p + 3]! / 255) * (1 - sa);
    const oa = sa + keep;
    px[p] = (rgb[0] * sa + px[p]! * keep) / oa;
    px[p + 1] = (rgb[1] * sa + px[p + 1]! * keep) / oa;
    px[p + 2] = (rgb[2] * sa + px[p + 2]! * keep) / oa;
    px[p + 3] = oa * 255;
  };
  const stamp = (i: number, m: Mask, rgb: Rgb, word: number) => {
    const left = Math.floor(xs[i]! * scale + ox) - m.half;
    const top = Math.floor(ys[i]! * scale + oy) - m.half;
    const { size, alpha } = m;
    if (left >= 0 && top >= 0 && left + size <= W && top + size <= H) {
      // wholly inside (nearly every node): the mask's own lists of full and rim pixels
      const { full, rim, rimAlpha } = offsetsFor(m, W);
      const base = top * W + left;
      for (let j = 0; j < full.length; j++) words[base + full[j]!] = word;
      for (let j = 0; j < rim.length; j++) blend(base + rim[j]!, rimAlpha[j]!, rgb, word);
      return;
    }
    const x0 = Math.max(0, -left);
    const x1 = Math.min(size, W - left);
    const y1 = Math.min(size, H - top);
    for (let y = Math.max(0, -top); y < y1; y++) {
      let at = (top + y) * W + left + x0;
      let a = y * size + x0;
      for (let x = x0; x < x1; x++, at++, a++) {
        const ca = alpha[a]!;
        if (ca === 255) words[at] = word;
        else if (ca !== 0) blend(at, ca, rgb, word);
      }
    }
  };
  for (const { color, nodes } of scene.byColor) {
    const rgb = rgbOf(color);
    const word = wordOf(rgb);
    for (let j = 0; j < nodes.length; j++) {
      const i = nodes[j]!;
      if (inArea(i)) stamp(i, mask(radii[i]! * scale, 0, 1), rgb, word);
    }
  }
  // the other types of a peer of several: slices clockwise from the top, over the first colour
  for (const { color, nodes, part, of } of scene.slices) {
    const rgb = rgbOf(color);
    const word = wordOf(rgb);
    for (let j = 0; j < nodes.length; j++) {
      const i = nodes[j]!;
      if (radii[i]! * k < SLICES_FROM_PX || !inArea(i)) continue;
      stamp(i, mask(radii[i]! * scale, part[j]!, of[j]!), rgb, word);
    }
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(put(), 0, 0);
  ctx.setTransform(scale, 0, 0, scale, ox, oy);
  ctx.beginPath();
  ctx.arc(0, 0, ME_RADIUS, 0, Math.PI * 2);
  ctx.fillStyle = ink(o.dark);
  ctx.fill();

  // names in screen pixels, so they keep their size at every zoom
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.font = `600 12px system-ui, sans-serif`;
  const meX = view.tx;
  const meY = view.ty;
  const meR = ME_RADIUS * k;
  const meW = ctx.measureText(o.meLabel).width;
  const me: LabelBox = { i: -1, x: meX - meW / 2, y: meY + meR + 2, w: meW, h: 15 };
  writeName(ctx, o.meLabel, me, o.dark, ink(o.dark));
  if (!o.labels) return [];
  ctx.font = `${LABEL_FONT_PX}px system-ui, sans-serif`;
  const widths = o.widths;
  const first = o.first ?? [];
  const firstSet = new Set(first);
  const order = function* () {
    yield* first;
    for (const i of scene.order) if (!firstSet.has(i)) yield i;
  };
  const placed = placeLabels({
    order: order(),
    at: (i) => ({ x: xs[i]! * k + view.tx, y: ys[i]! * k + view.ty, r: radii[i]! * k }),
    width: (i) => {
      const known = widths?.[i];
      if (known !== undefined && !Number.isNaN(known)) return known;
      const w = ctx.measureText(scene.labels[i]!).width + 2;
      if (widths) widths[i] = w;
      return w;
    },
    w: o.w,
    h: o.h,
    // zoomed out, nodes crowd: fewer names (with the square of the zoom); from zoom 1 on, as many as the room allows
    limit: Math.max(first.length, Math.round(labelLimit(o.w, o.h) * Math.min(1, Math.max(0.1, k * k)))),
    blocked: [me, { i: -1, x: meX - meR, y: meY - meR, w: 2 * meR, h: 2 * meR }],
  });
  const color = o.dark ? '#dee2e6' : '#343a40';
  for (const b of placed) writeName(ctx, scene.labels[b.i]!, b, o.dark, color);
  return placed;
}

type Rgb = [number, number, number];
/** A node's coverage, 0-255 per pixel of a square `size` across, centred on pixel `half`. */
type Mask = {
  size: number;
  half: number;
  alpha: Uint8ClampedArray;
  /** for pictures `width` pixels wide: the offsets of its full pixels and of its rim's (with their coverage) */
  width?: number;
  full?: Int32Array;
  rim?: Int32Array;
  rimAlpha?: Uint8Array;
};
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A mask's pixels as offsets into a picture `width` pixels wide, from its top-left corner. */
function offsetsFor(m: Mask, width: number): { full: Int32Array; rim: Int32Array; rimAlpha: Uint8Array } {
  if (m.width !== width || !m.full || !m.rim || !m.rimAlpha) {
    const full: number[] = [];
    const rim: number[] = [];
    const rimAlpha: number[] = [];
    for (let y = 0; y < m.size; y++)
      for (let x = 0; x < m.size; x++) {
        const ca = m.alpha[y * m.size + x]!;
        if (ca === 255) full.push(y * width + x);
        else if (ca !== 0) {
          rim.push(y * width + x);
          rimAlpha.push(ca);
        }
      }
    m.width = width;
    m.full = Int32Array.from(full);
    m.rim = Int32Array.from(rim);
    m.rimAlpha = Uint8Array.from(rimAlpha);
  }
  return { full: m.full, rim: m.rim, rimAlpha: m.rimAlpha };
}
/** Masks by size (quarter device pixels) and slice, and colours as numbers; kept between drawings. */
const masks = new Map<string, Mask>();
const colours = new Map<string, Rgb>();
/** More sizes than any map uses (zoom changes them): past this the cache starts afresh. */
const MAX_MASKS = 2000;

function scratch(width: number, height = width): Ctx2D {
  const canvas =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
  return canvas.getContext('2d', { willReadFrequently: true }) as Ctx2D;
}

/** The nodes' own pixels and the canvas they are shown through, kept between drawings of one size. */
let layer: { px: Uint8ClampedArray; words: Uint32Array; put: () => CanvasImageSource } | null = null;
let layerKey = '';

/** The node layer for a picture of w x h device pixels, cleared. */
function nodeLayer(w: number, h: number): NonNullable<typeof layer> {
  if (layer && layerKey === `${w}x${h}`) {
    layer.words.fill(0);
    return layer;
  }
  const ctx = scratch(w, h);
  const image = new ImageData(w, h);
  layerKey = `${w}x${h}`;
  layer = {
    px: image.data,
    words: new Uint32Array(image.data.buffer),
    put: () => {
      ctx.putImageData(image, 0, 0);
      return ctx.canvas;
    },
  };
  return layer;
}

/** An opaque colour as one pixel of a Uint32Array over RGBA bytes (in the machine's byte order). */
function wordOf(rgb: Rgb): number {
  const bytes = new Uint8ClampedArray([rgb[0], rgb[1], rgb[2], 255]);
  return new Uint32Array(bytes.buffer)[0]!;
}

/** Any CSS colour as the canvas reads it. */
function rgbOf(color: string): Rgb {
  const known = colours.get(color);
  if (known) return known;
  const c = scratch(1);
  c.fillStyle = color;
  c.fillRect(0, 0, 1, 1);
  const d = c.getImageData(0, 0, 1, 1).data;
  const rgb: Rgb = [d[0]!, d[1]!, d[2]!];
  colours.set(color, rgb);
  return rgb;
}

/** A disc of radius `rd` device pixels, or its slice `part` of `of`, drawn by the canvas itself (the same anti-aliasing). */
function mask(rd: number, part: number, of: number): Mask {
  // below SQUARE_BELOW_PX across, a square: as the arcs' drawing did, and as cheap
  const q = Math.max(1, Math.round(rd * 4));
  const key = `${q}|${part}|${of}`;
  const known = masks.get(key);
  if (known) return known;
  const r = q / 4;
  const half = Math.ceil(r) + 1;
  const size = 2 * half + 1;
  const c = scratch(size);
  const cx = half + 0.5;
  c.beginPath();
  if (2 * r < SQUARE_BELOW_PX && of <= 1) c.rect(cx - r, cx - r, 2 * r, 2 * r);
  else if (of <= 1) c.arc(cx, cx, r, 0, Math.PI * 2);
  else {
    const a0 = -Math.PI / 2 + (part / of) * Math.PI * 2;
    c.moveTo(cx, cx);
    c.arc(cx, cx, r, a0, a0 + (Math.PI * 2) / of);
    c.closePath();
  }
  c.fillStyle = '#000';
  c.fill();
  const d = c.getImageData(0, 0, size, size).data;
  const alpha = new Uint8ClampedArray(size * size);
  for (let i = 0; i < alpha.length; i++) alpha[i] = d[i * 4 + 3]!;
  if (masks.size >= MAX_MASKS) masks.clear();
  const made = { size, half, alpha };
  masks.set(key, made);
  return made;
}

function writeName(ctx: Ctx2D, text: string, b: LabelBox, dark: boolean, color: string): void {
  const x = b.x + b.w / 2;
  const y = b.y + 1;
  ctx.lineWidth = 3;
  ctx.strokeStyle = paper(dark);
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/**
 * Rings over the picture: a chosen group's members (yellow), the found peer (red) and the
 * one under the pointer. Their names are placed in the picture itself, first of all.
 */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  scene: Pick<Scene, 'xs' | 'ys' | 'radii'>,
  view: View,
  dpr: number,
  marks: { highlight: number; hovered: number; marked?: readonly number[] },
  dark: boolean,
): void {
  const { k } = view;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.tx, dpr * view.ty);
  if (marks.marked && marks.marked.length > 0) {
    ctx.beginPath();
    for (const i of marks.marked) {
      const r = scene.radii[i]! + 3 / k;
      ctx.moveTo(scene.xs[i]! + r, scene.ys[i]!);
      ctx.arc(scene.xs[i]!, scene.ys[i]!, r, 0, Math.PI * 2);
    }
    ctx.lineWidth = 2 / k;
    ctx.strokeStyle = '#fab005';
    ctx.stroke();
  }
  for (const i of [marks.highlight, marks.hovered]) {
    if (i < 0) continue;
    ctx.beginPath();
    ctx.arc(scene.xs[i]!, scene.ys[i]!, scene.radii[i]! + 4 / k, 0, Math.PI * 2);
    ctx.lineWidth = 2.5 / k;
    ctx.strokeStyle = i === marks.highlight ? '#fa5252' : dark ? '#fff' : '#000';
    ctx.stroke();
  }
}
