import { visibleBounds } from './camera';
import { paintScene, type PaintScene } from './map-paint';
import type { PaintRequest, PaintResult } from './paint-protocol';

/**
 * The map's full drawing off the main thread: the scene is handed over once per change of
 * data, then each request draws the picture for one camera into an OffscreenCanvas and sends
 * it back as an ImageBitmap (moved, not copied). The main thread only shows it.
 */
let scene: PaintScene | null = null;
let widths = new Float32Array(0);
let canvas: OffscreenCanvas | null = null;

self.onmessage = (e: MessageEvent<PaintRequest>) => {
  const req = e.data;
  if (req.kind === 'scene') {
    scene = req.scene;
    widths = new Float32Array(req.scene.xs.length).fill(NaN);
    return;
  }
  if (!scene) return;
  const started = performance.now();
  const width = Math.max(1, Math.round(req.w * req.dpr));
  const height = Math.max(1, Math.round(req.h * req.dpr));
  if (!canvas || canvas.width !== width || canvas.height !== height) canvas = new OffscreenCanvas(width, height);
  // in memory, not on the GPU: the node layer (CPU pixels) is drawn onto it once a drawing
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const labels = paintScene(ctx, scene, req.view, req.dpr, visibleBounds(req.view, req.w, req.h), {
    dark: req.dark,
    meLabel: req.meLabel,
    edges: true,
    labels: true,
    w: req.w,
    h: req.h,
    first: req.first,
    widths,
  });
  const bitmap = canvas.transferToImageBitmap();
  const out: PaintResult = { id: req.id, bitmap, labels, ms: performance.now() - started };
  (self as unknown as Worker).postMessage(out, [bitmap]);
};
