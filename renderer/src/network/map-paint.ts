import type { Bounds, View } from './camera';
import type { Scene } from './map-scene';

export interface PaintOptions {
  dark: boolean;
  meLabel: string;
  /** false while moving over a large map without a usable picture (level of detail) */
  edges: boolean;
  labels: boolean;
}

/** Names are written next to every node in view once zoomed in this far, if there are not too many. */
const LABEL_ZOOM = 1.6;
const LABEL_LIMIT = 400;
/** a sparse map names everyone at any zoom; a dense one, zoomed out, names its largest few */
const SPARSE_LABELS = 30;
const LARGEST_LABELS = 8;
/** Below this many pixels across, a node is a square: far cheaper to fill than a circle. */
const SQUARE_BELOW_PX = 2.5;

const ink = (dark: boolean) => (dark ? '#f1f3f5' : '#212529');

/**
 * Draw the map: edges (one path per strength), nodes (one path per colour), "me" at the
 * centre, and names when zoomed in. `ctx` already carries the device-pixel transform of the
 * surface; `view` maps the map to that surface's CSS pixels; only what falls in `area` (map
 * units) is drawn.
 */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, view: View, dpr: number, area: Bounds, o: PaintOptions): void {
  const { xs, ys, radii } = scene;
  const { k } = view;
  const { minX, minY, maxX, maxY } = area;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.tx, dpr * view.ty);
  if (o.edges) {
    ctx.lineCap = 'butt';
    for (const { strength, pairs } of scene.edges) {
      if (pairs.length === 0) continue;
      ctx.beginPath();
      for (let i = 0; i < pairs.length; i += 2) {
        const a = pairs[i]!;
        const b = pairs[i + 1]!;
        const ax = xs[a]!;
        const ay = ys[a]!;
        const bx = xs[b]!;
        const by = ys[b]!;
        // both ends off the same side: the line cannot cross the area
        if ((ax < minX && bx < minX) || (ax > maxX && bx > maxX) || (ay < minY && by < minY) || (ay > maxY && by > maxY)) continue;
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
      }
      ctx.lineWidth = (0.4 + strength * 0.45) / Math.sqrt(k);
      ctx.strokeStyle = o.dark ? `rgba(200,210,220,${0.12 + strength * 0.07})` : `rgba(60,70,90,${0.1 + strength * 0.07})`;
      ctx.stroke();
    }
  }
  const shown: number[] = [];
  for (const { color, nodes } of scene.byColor) {
    ctx.beginPath();
    for (let j = 0; j < nodes.length; j++) {
      const i = nodes[j]!;
      const x = xs[i]!;
      const y = ys[i]!;
      const r = radii[i]!;
      if (x + r < minX || x - r > maxX || y + r < minY || y - r > maxY) continue;
      shown.push(i);
      if (r * k * 2 < SQUARE_BELOW_PX) {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
    }
    ctx.fillStyle = color;
    ctx.fill();
  }
  ctx.beginPath();
  ctx.arc(0, 0, 14, 0, Math.PI * 2);
  ctx.fillStyle = ink(o.dark);
  ctx.fill();
  ctx.font = `600 ${12 / k}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.fillText(o.meLabel, 0, 14 + 14 / k);
  if (o.labels) {
    const named =
      (k > LABEL_ZOOM || shown.length <= SPARSE_LABELS) && shown.length <= LABEL_LIMIT
        ? shown
        : [...shown].sort((a, b) => radii[b]! - radii[a]! || a - b).slice(0, LARGEST_LABELS);
    ctx.font = `${11 / k}px system-ui, sans-serif`;
    ctx.fillStyle = o.dark ? '#dee2e6' : '#343a40';
    for (const i of named) ctx.fillText(scene.labels[i]!, xs[i]!, ys[i]! - radii[i]! - 4 / k);
  }
}

/**
 * Rings and names over the picture: a chosen group's members (yellow), the found peer (red)
 * and the one under the pointer.
 */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
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
    ctx.font = `${11 / k}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillStyle = dark ? '#dee2e6' : '#343a40';
    for (const i of marks.marked) ctx.fillText(scene.labels[i]!, scene.xs[i]!, scene.ys[i]! - scene.radii[i]! - 4 / k);
  }
  for (const i of [marks.highlight, marks.hovered]) {
    if (i < 0) continue;
    const x = scene.xs[i]!;
    const y = scene.ys[i]!;
    const r = scene.radii[i]!;
    ctx.beginPath();
    ctx.arc(x, y, r + 4 / k, 0, Math.PI * 2);
    ctx.lineWidth = 2.5 / k;
    ctx.strokeStyle = i === marks.highlight ? '#fa5252' : dark ? '#fff' : '#000';
    ctx.stroke();
    ctx.font = `${11 / k}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillStyle = dark ? '#dee2e6' : '#343a40';
    ctx.fillText(scene.labels[i]!, x, y - r - 4 / k);
  }
}
