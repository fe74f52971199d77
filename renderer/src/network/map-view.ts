import { centreOn, contains, fitView, panBy, reproject, visibleBounds, wheelZoom, zoomAt, type Bounds, type View } from './camera';
import type { LabelBox } from './map-labels';
import { paintMarks } from './map-paint';
import { MapPainter, type Picture } from './map-painter';
import { nodeAt, type Scene } from './map-scene';

export interface MapViewEvents {
  /** the node under the pointer changed, or the pointer moved over it */
  onHover: (id: string | null, at: { x: number; y: number } | null) => void;
  onClick: (id: string) => void;
}

/** The picture is redrawn in full once the camera has been still this long. */
const REST_MS = 150;
/**
 * The kept picture spans the viewport plus this fraction of it on every side: enough for a step
 * of the arrow keys or a short drag; a full drawing's cost grows with the picture's pixels.
 */
const MARGIN = 0.15;
/** How far the kept picture may be scaled while moving before a fresh one is asked for. */
const MAX_STRETCH = 2;
const KEY_STEP = 60;

interface Kept {
  image: Picture['image'];
  /** the camera it was drawn for, and what of the map it covers */
  view: View;
  covers: Bounds;
  /** the margin it was drawn with, in CSS pixels */
  mw: number;
  mh: number;
  labels: LabelBox[];
  /** drawn for the current data, look and marks */
  version: number;
}

const sameView = (a: View, b: View) => a.k === b.k && a.tx === b.tx && a.ty === b.ty;

/**
 * The network map's drawing and camera, outside React: a camera change costs no render.
 * Full drawings are made off the main thread (map-painter.ts: a worker drawing on an
 * OffscreenCanvas) into a picture a little larger than the view; frames only show the latest
 * picture moved and scaled, as cytoscape.js does, and ask for a fresh one when the camera
 * rests or the picture no longer covers the view. So no frame, during or after a gesture,
 * draws the whole map on the main thread.
 */
export class MapView {
  private readonly ctx: CanvasRenderingContext2D;
  private view: View = { k: 1, tx: 0, ty: 0 };
  private w = 0;
  private h = 0;
  private dpr = 1;
  private scene: Scene | null = null;
  private dark = false;
  private meLabel = 'Me';
  private highlightId: string | null = null;
  private highlight = -1;
  private markedIds: readonly string[] = [];
  private marked: number[] = [];
  private hovered = -1;
  private kept: Kept | null = null;
  /** bumped when what a picture shows changes (data, look, marks) */
  private version = 0;
  private readonly asked = new Map<number, { view: View; covers: Bounds; mw: number; mh: number; version: number; at: number }>();
  private latest = 0;
  /** a fresh picture arrived: when it was asked for, for the 'map-draw' measure once it is shown */
  private arrived: number | null = null;
  private readonly painter: MapPainter;
  private fitted = false;
  private moving = false;
  private raf = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private drag: { x: number; y: number; x0: number; y0: number; moved: boolean } | null = null;
  private readonly off: (() => void)[] = [];

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly events: MapViewEvents,
  ) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    this.ctx = ctx;
    this.painter = new MapPainter((id, picture) => this.painted(id, picture));
    this.listen('pointerdown', (e) => this.pointerDown(e));
    this.listen('pointermove', (e) => this.pointerMove(e));
    this.listen('pointerup', (e) => this.pointerUp(e));
    this.listen('pointercancel', () => (this.drag = null));
    this.listen('pointerleave', () => this.setHovered(-1, null));
    this.listen('wheel', (e) => this.wheel(e), { passive: false });
    this.listen('keydown', (e) => this.key(e));
  }

  destroy(): void {
    for (const f of this.off) f();
    cancelAnimationFrame(this.raf);
    clearTimeout(this.restTimer);
    this.painter.destroy();
    this.kept = null;
  }

  /**
   * The names the picture on screen carries, as boxes in the canvas's CSS pixels, with the
   * peer each names; null while no picture of the current view and data is shown.
   */
  placedLabels(): { id: string; x: number; y: number; w: number; h: number }[] | null {
    const kept = this.kept;
    if (!kept || !this.scene || kept.version !== this.version || !sameView(kept.view, this.view)) return null;
    const ids = this.scene.ids;
    return kept.labels.map((b) => ({ id: ids[b.i]!, x: b.x - kept.mw, y: b.y - kept.mh, w: b.w, h: b.h }));
  }

  setScene(scene: Scene): void {
    this.scene = scene;
    this.painter.setScene(scene);
    this.version++;
    this.highlight = this.highlightId ? (scene.index.get(this.highlightId) ?? -1) : -1;
    this.marked = this.indicesOf(this.markedIds);
    this.hovered = -1;
    this.fitOnce();
    this.request();
  }

  /** The found peer, and the peers ringed as a group's members. */
  setMarks(o: { highlight: string | null; marked?: readonly string[] }): void {
    this.highlightId = o.highlight;
    this.highlight = o.highlight && this.scene ? (this.scene.index.get(o.highlight) ?? -1) : -1;
    this.markedIds = o.marked ?? [];
    this.marked = this.indicesOf(this.markedIds);
    // their names come first in the picture
    this.version++;
    this.request();
  }

  private indicesOf(ids: readonly string[]): number[] {
    const index = this.scene?.index;
    return index ? ids.map((id) => index.get(id) ?? -1).filter((i) => i >= 0) : [];
  }

  setLook(o: { dark: boolean; meLabel: string }): void {
    if (o.dark === this.dark && o.meLabel === this.meLabel) return;
    this.dark = o.dark;
    this.meLabel = o.meLabel;
    this.version++;
    this.request();
  }

  /** The canvas's size in CSS pixels. */
  resize(w: number, h: number, dpr: number): void {
    if (w === this.w && h === this.h && dpr === this.dpr) return;
    this.w = w;
    this.h = h;
    this.dpr = dpr;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.version++;
    this.fitOnce();
    this.request();
  }

  getView(): View {
    return this.view;
  }

  /** Move the camera as a gesture does: frames show the kept picture until the camera rests. */
  moveTo(v: View): void {
    this.view = v;
    this.moving = true;
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => {
      this.moving = false;
      this.request();
    }, REST_MS);
    this.request();
  }

  /** Put the camera somewhere at once (buttons, search): drawn in full in the next frame. */
  jumpTo(v: View): void {
    this.view = v;
    this.request();
  }

  fit(): void {
    if (this.scene && this.w > 0) this.jumpTo(fitView(this.scene.bounds, this.w, this.h));
  }

  focus(id: string): void {
    const i = this.scene?.index.get(id);
    if (this.scene && i !== undefined) this.jumpTo(centreOn(this.view, this.scene.xs[i]!, this.scene.ys[i]!, this.w, this.h));
  }

  zoomBy(factor: number): void {
    this.jumpTo(zoomAt(this.view, factor, this.w / 2, this.h / 2));
  }

  private fitOnce(): void {
    if (this.fitted || !this.scene || this.scene.ids.length === 0 || this.w === 0) return;
    this.fitted = true;
    this.fit();
  }

  private request(): void {
    this.raf ||= requestAnimationFrame(() => {
      this.raf = 0;
      this.frame();
    });
  }

  /** The kept picture can stand in for the view: it covers it, and is not scaled too far. */
  private keptFits(): boolean {
    const kept = this.kept;
    if (!kept) return false;
    const stretch = this.view.k / kept.view.k;
    return stretch <= MAX_STRETCH && stretch >= 1 / MAX_STRETCH && contains(kept.covers, visibleBounds(this.view, this.w, this.h));
  }

  private frame(): void {
    const started = performance.now();
    const { ctx, scene } = this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!scene || this.w === 0) return;
    const kept = this.kept;
    const current = kept !== null && kept.version === this.version;
    // at rest: a picture of this very view (sharp, margins centred); moving: one that covers it
    if (this.moving ? !current || !this.keptFits() : !current || !sameView(kept.view, this.view)) this.ask();
    // before the first picture the map is blank for the few milliseconds the painter takes
    if (kept) this.showKept(kept);
    paintMarks(ctx, scene, this.view, this.dpr, { highlight: this.highlight, hovered: this.hovered, marked: this.marked }, this.dark);
    // User Timing, read by the tests and `npm run bench` (and shown in DevTools' performance panel)
    if (this.arrived !== null && current && sameView(kept.view, this.view)) {
      performance.measure('map-draw', { start: this.arrived, end: performance.now() });
      this.arrived = null;
    }
    performance.measure('map-show', { start: started, end: performance.now() });
  }

  /** Ask the painter for a picture of the current view, unless that is the one last asked for. */
  private ask(): void {
    const last = this.asked.get(this.latest);
    if (last && last.version === this.version && sameView(last.view, this.view)) return;
    const mw = Math.round(this.w * MARGIN);
    const mh = Math.round(this.h * MARGIN);
    // the picture's own camera: the view, shifted by the margin
    const own = panBy(this.view, mw, mh);
    const covers = visibleBounds(own, this.w + 2 * mw, this.h + 2 * mh);
    const first = [...(this.highlight >= 0 ? [this.highlight] : []), ...this.marked];
    const id = this.painter.paint({
      view: own,
      w: this.w + 2 * mw,
      h: this.h + 2 * mh,
      dpr: this.dpr,
      dark: this.dark,
      meLabel: this.meLabel,
      first,
    });
    this.latest = id;
    this.asked.set(id, { view: this.view, covers, mw, mh, version: this.version, at: performance.now() });
  }

  private painted(id: number, picture: Picture): void {
    const asked = this.asked.get(id);
    for (const k of this.asked.keys()) if (k <= id && k !== this.latest) this.asked.delete(k);
    if (!asked) return;
    const old = this.kept?.image;
    if (old && 'close' in old && typeof old.close === 'function') old.close();
    this.kept = {
      image: picture.image,
      view: asked.view,
      covers: asked.covers,
      mw: asked.mw,
      mh: asked.mh,
      labels: picture.labels,
      version: asked.version,
    };
    // how long the drawing itself took, wherever it ran
    const now = performance.now();
    performance.measure('map-paint', { start: now - picture.ms, end: now });
    if (id === this.latest) this.arrived = asked.at;
    this.request();
  }

  private showKept(kept: Kept): void {
    const { scale, dx, dy } = reproject(kept.view, this.view);
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.imageSmoothingQuality = 'low';
    this.ctx.drawImage(
      kept.image,
      this.dpr * (dx - scale * kept.mw),
      this.dpr * (dy - scale * kept.mh),
      kept.image.width * scale,
      kept.image.height * scale,
    );
  }

  private listen<K extends keyof HTMLElementEventMap>(
    type: K,
    fn: (e: HTMLElementEventMap[K]) => void,
    opts?: AddEventListenerOptions,
  ): void {
    this.canvas.addEventListener(type, fn, opts);
    this.off.push(() => this.canvas.removeEventListener(type, fn, opts));
  }

  private local(e: MouseEvent): { x: number; y: number } {
    const r = this.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private pointerDown(e: PointerEvent): void {
    this.drag = { x: e.clientX, y: e.clientY, x0: e.clientX, y0: e.clientY, moved: false };
    try {
      this.canvas.setPointerCapture(e.pointerId);
    } catch {
      // a pointer the browser no longer tracks: the drag still works inside the canvas
    }
    this.canvas.style.cursor = 'grabbing';
  }

  private pointerMove(e: PointerEvent): void {
    const d = this.drag;
    if (d) {
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      d.x = e.clientX;
      d.y = e.clientY;
      if (Math.abs(e.clientX - d.x0) + Math.abs(e.clientY - d.y0) > 3) d.moved = true;
      if (dx !== 0 || dy !== 0) this.moveTo(panBy(this.view, dx, dy));
      return;
    }
    if (!this.scene) return;
    const at = this.local(e);
    this.setHovered(nodeAt(this.scene, this.view, at.x, at.y), at);
  }

  private pointerUp(e: PointerEvent): void {
    const d = this.drag;
    this.drag = null;
    this.canvas.style.cursor = 'grab';
    if (!d || d.moved || !this.scene) return;
    const at = this.local(e);
    const i = nodeAt(this.scene, this.view, at.x, at.y);
    if (i >= 0) this.events.onClick(this.scene.ids[i]!);
  }

  private setHovered(i: number, at: { x: number; y: number } | null): void {
    const changed = i !== this.hovered;
    this.hovered = i;
    this.canvas.style.cursor = i >= 0 ? 'pointer' : 'grab';
    if (changed) this.request();
    // the card follows the pointer over a node; off nodes, only the change is news
    if (changed || i >= 0) this.events.onHover(i >= 0 && this.scene ? this.scene.ids[i]! : null, i >= 0 ? at : null);
  }

  private wheel(e: WheelEvent): void {
    e.preventDefault();
    const at = this.local(e);
    this.moveTo(wheelZoom(this.view, e.deltaY, at.x, at.y));
  }

  private key(e: KeyboardEvent): void {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [KEY_STEP, 0],
      ArrowRight: [-KEY_STEP, 0],
      ArrowUp: [0, KEY_STEP],
      ArrowDown: [0, -KEY_STEP],
    };
    if (pan[e.key]) this.moveTo(panBy(this.view, ...pan[e.key]!));
    else if (e.key === '+' || e.key === '=') this.zoomBy(1.4);
    else if (e.key === '-') this.zoomBy(1 / 1.4);
    else if (e.key === '0') this.fit();
    else return;
    e.preventDefault();
  }
}
