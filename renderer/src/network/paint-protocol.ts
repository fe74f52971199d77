import type { View } from './camera';
import type { LabelBox } from './map-labels';
import type { PaintScene } from './map-paint';

/** Messages between the map and its painting worker (paint.worker.ts). */
export type PaintRequest =
  | { kind: 'scene'; scene: PaintScene }
  | {
      kind: 'paint';
      id: number;
      /** the picture's own camera, its size in CSS pixels and the device pixel ratio */
      view: View;
      w: number;
      h: number;
      dpr: number;
      dark: boolean;
      meLabel: string;
      first: number[];
    };

export interface PaintResult {
  id: number;
  bitmap: ImageBitmap;
  labels: LabelBox[];
  /** the worker's time for the drawing */
  ms: number;
}
