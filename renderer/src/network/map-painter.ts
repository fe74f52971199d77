import { visibleBounds } from './camera';
import type { LabelBox } from './map-labels';
import { paintScene, type PaintScene } from './map-paint';
import type { PaintRequest, PaintResult } from './paint-protocol';

export interface Picture {
  image: CanvasImageSource & { width: number; height: number };
  labels: LabelBox[];
  ms: number;
}

type Job = Omit<Extract<PaintRequest, { kind: 'paint' }>, 'kind' | 'id'>;

/**
 * Draws whole pictures of the map for MapView: in a worker on an OffscreenCanvas when the
 * browser has one (the main thread then only shows the result), else on the main thread into
 * a page canvas. One drawing at a time; while one is under way only the latest request
 * waits, so a burst of camera moves costs one drawing after the one in progress.
 */
export class MapPainter {
  private worker: Worker | null = null;
  private scene: PaintScene | null = null;
  private nextId = 0;
  private busy = 0;
  private queued: { id: number; job: Job } | null = null;
  /** the job under way */
  private job: Job | null = null;
  private widths = new Float32Array(0);

  constructor(private readonly done: (id: number, picture: Picture) => void) {
    if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return;
    try {
      this.worker = new Worker(new URL('./paint.worker.ts', import.meta.url), { type: 'module' });
      // a worker that cannot draw (no 2D OffscreenCanvas): the main thread takes over, job and all
      this.worker.onerror = () => {
        this.worker?.terminate();
        this.worker = null;
        if (this.busy && this.job) this.start(this.busy, this.job);
      };
      this.worker.onmessage = (e: MessageEvent<PaintResult>) =>
        this.finished(e.data.id, { image: e.data.bitmap, labels: e.data.labels, ms: e.data.ms });
    } catch {
      // no worker (a page that forbids it): the main thread draws
      this.worker = null;
    }
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  setScene(scene: PaintScene): void {
    this.scene = scene;
    this.widths = new Float32Array(scene.xs.length).fill(NaN);
    const { xs, ys, radii, labels, byColor, slices, edges, order } = scene;
    this.worker?.postMessage({ kind: 'scene', scene: { xs, ys, radii, labels, byColor, slices, edges, order } } satisfies PaintRequest);
  }

  /** Ask for a picture; returns its id. `done` is called with it unless a later request overtook it. */
  paint(job: Job): number {
    const id = ++this.nextId;
    if (this.busy) this.queued = { id, job };
    else this.start(id, job);
    return id;
  }

  private start(id: number, job: Job): void {
    this.busy = id;
    this.job = job;
    if (this.worker) {
      this.worker.postMessage({ kind: 'paint', id, ...job } satisfies PaintRequest);
      return;
    }
    // on the main thread, in a task of its own
    setTimeout(() => {
      const started = performance.now();
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(job.w * job.dpr));
      canvas.height = Math.max(1, Math.round(job.h * job.dpr));
      const labels = this.scene
        ? paintScene(
            canvas.getContext('2d', { willReadFrequently: true })!,
            this.scene,
            job.view,
            job.dpr,
            visibleBounds(job.view, job.w, job.h),
            {
              ...job,
              edges: true,
              labels: true,
              widths: this.widths,
            },
          )
        : [];
      this.finished(id, { image: canvas, labels, ms: performance.now() - started });
    });
  }

  private finished(id: number, picture: Picture): void {
    this.busy = 0;
    const next = this.queued;
    this.queued = null;
    if (next) this.start(next.id, next.job);
    // an older picture still beats none, or one further off: MapView decides
    this.done(id, picture);
  }
}
