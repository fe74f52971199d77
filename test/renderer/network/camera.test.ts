import { describe, expect, test } from 'vitest';
import {
  boundsOf,
  centreOn,
  clampZoom,
  contains,
  fitView,
  MAX_ZOOM,
  panBy,
  reproject,
  toMap,
  toScreen,
  visibleBounds,
  WHEEL_RATE,
  wheelZoom,
  zoomAt,
} from '../../../renderer/src/network/camera';

describe('the map camera', () => {
  test('a point goes to the screen and back', () => {
    const v = { k: 2, tx: 100, ty: -40 };
    expect(toScreen(v, 3, 5)).toEqual([106, -30]);
    expect(toMap(v, 106, -30)).toEqual([3, 5]);
  });

  test('zooming keeps the point under the pointer where it is', () => {
    // k 1 -> 2 about (100, 50): tx = 100 - (100 - 0) * 2 = -100, ty = 50 - 50 * 2 = -50
    const v = zoomAt({ k: 1, tx: 0, ty: 0 }, 2, 100, 50);
    expect(v).toEqual({ k: 2, tx: -100, ty: -50 });
    expect(toScreen(v, 100, 50)).toEqual([100, 50]);
  });

  test('zoom stops at its limits, still about the pointer', () => {
    const v = zoomAt({ k: 10, tx: 20, ty: 30 }, 5, 200, 100);
    expect(v.k).toBe(MAX_ZOOM);
    // the map point that was under (200, 100): ((200 - 20) / 10, (100 - 30) / 10) = (18, 7)
    expect(toScreen(v, 18, 7).map((c) => Math.round(c * 1e9) / 1e9)).toEqual([200, 100]);
    expect(clampZoom(0.001)).toBe(0.05);
  });

  test('one wheel notch of ln(2) / rate pixels doubles the zoom', () => {
    const v = wheelZoom({ k: 1.5, tx: 0, ty: 0 }, -Math.log(2) / WHEEL_RATE, 0, 0);
    expect(v.k).toBeCloseTo(3, 12);
    expect(wheelZoom({ k: 1.5, tx: 0, ty: 0 }, 0, 0, 0).k).toBe(1.5);
  });

  test('fit shows the whole map with a margin, centred, at most 4x', () => {
    // 200 x 100 map units plus 20 on each side = 240 x 140; 400 / 240 = 1.667 < 300 / 140; times 0.9 = 1.5
    const v = fitView({ minX: -100, minY: -50, maxX: 100, maxY: 50 }, 400, 300);
    expect(v.k).toBeCloseTo(1.5, 12);
    expect(v.tx).toBe(200);
    expect(v.ty).toBe(150);
    expect(fitView({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, 400, 300).k).toBe(4);
  });

  test('centring on a peer zooms in to at least 2x', () => {
    expect(centreOn({ k: 1, tx: 0, ty: 0 }, 10, 20, 400, 300)).toEqual({ k: 2, tx: 180, ty: 110 });
    expect(centreOn({ k: 3, tx: 0, ty: 0 }, 10, 20, 400, 300).k).toBe(3);
  });

  test('the visible part of the map', () => {
    // screen (0, 0) is map (-50, -25); screen (400, 300) is map (150, 125)
    expect(visibleBounds({ k: 2, tx: 100, ty: 50 }, 400, 300)).toEqual({ minX: -50, minY: -25, maxX: 150, maxY: 125 });
    expect(contains({ minX: -50, minY: -25, maxX: 150, maxY: 125 }, { minX: 0, minY: 0, maxX: 150, maxY: 100 })).toBe(true);
    expect(contains({ minX: -50, minY: -25, maxX: 150, maxY: 125 }, { minX: 0, minY: 0, maxX: 151, maxY: 100 })).toBe(false);
  });

  test('a picture drawn under one view, shown under another', () => {
    const from = { k: 2, tx: 10, ty: 0 };
    const to = { k: 3, tx: -5, ty: 7 };
    // scale 3 / 2; dx = -5 - 10 * 1.5 = -20; dy = 7 - 0 = 7
    const r = reproject(from, to);
    expect(r).toEqual({ scale: 1.5, dx: -20, dy: 7 });
    // map point (4, 1): drawn at (18, 2) in the picture, belongs at (7, 10) now
    const [px, py] = toScreen(from, 4, 1);
    expect([px * r.scale + r.dx, py * r.scale + r.dy]).toEqual(toScreen(to, 4, 1));
    expect(toScreen(to, 4, 1)).toEqual([7, 10]);
  });

  test('panning moves the picture by the drag', () => {
    expect(panBy({ k: 2, tx: 1, ty: 2 }, 10, -5)).toEqual({ k: 2, tx: 11, ty: -3 });
  });

  test('the bounds of the map always hold "me" at (0, 0)', () => {
    expect(boundsOf([10, 30], [5, 8])).toEqual({ minX: 0, minY: 0, maxX: 30, maxY: 8 });
    expect(boundsOf([-10, 30], [5, -8])).toEqual({ minX: -10, minY: -8, maxX: 30, maxY: 5 });
    expect(boundsOf([], [])).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });
});
