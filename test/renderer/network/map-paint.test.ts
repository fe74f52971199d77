import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildScene, type MapNode } from '../../../renderer/src/network/map-scene';

/**
 * The drawing's order of work, with recording canvases (Node has none): the picture itself is
 * drawn to (ties, the node layer, "me", names) and never read back; the nodes reach it as one
 * layer laid over the ties. Scratch canvases (the discs' masks, colours, the node layer) read
 * back what was filled: a flat colour over the whole request, so a mask is a full square.
 */
type Call = { name: string; args: unknown[] };

function recorder(width: number, height: number) {
  const calls: Call[] = [];
  const state: Record<string, unknown> = {};
  const canvas = { width, height };
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key === 'canvas') return canvas;
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls.push({ name: key, args });
        if (key === 'measureText') return { width: String(args[0]).length * 6 };
        if (key === 'getImageData') {
          const [, , w, h] = args as number[];
          const hex = typeof target.fillStyle === 'string' ? target.fillStyle : '#000';
          const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
          const rgb = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) || 0);
          const data = new Uint8ClampedArray(w! * h! * 4);
          for (let p = 0; p < data.length; p += 4) data.set([...rgb, 255], p);
          return { width: w, height: h, data };
        }
        return undefined;
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx, canvas, calls };
}

const scratches: ReturnType<typeof recorder>[] = [];

beforeEach(() => {
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(w: number, h: number) {
        const r = recorder(w, h);
        scratches.push(r);
        Object.assign(r.canvas, { getContext: () => r.ctx });
        return r.canvas;
      }
    },
  );
  vi.stubGlobal(
    'ImageData',
    class {
      data: Uint8ClampedArray;
      constructor(
        public width: number,
        public height: number,
      ) {
        this.data = new Uint8ClampedArray(width * height * 4);
      }
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  scratches.length = 0;
});

const node = (id: string, color: string): MapNode => ({ id, label: id, sub: '', color, radius: 4 });

describe('one full drawing of the map', () => {
  test('ties, then the nodes laid over them in one draw from their own layer; the picture is never read back', async () => {
    const { paintScene } = await import('../../../renderer/src/network/map-paint');
    const scene = buildScene(
      [node('a', '#ff0000'), node('b', '#00ff00'), node('c', '#0000ff')],
      [
        { a: 'a', b: 'b', strength: 2 },
        { a: 'b', b: 'c', strength: 1 },
      ],
      { a: [-30, 0], b: [30, 0], c: [0, 35] },
    );
    const picture = recorder(200, 160);
    paintScene(
      picture.ctx as unknown as CanvasRenderingContext2D,
      scene,
      { k: 1, tx: 100, ty: 80 },
      1,
      { minX: -100, minY: -80, maxX: 100, maxY: 80 },
      {
        dark: false,
        meLabel: 'Me',
        edges: true,
        labels: true,
        w: 200,
        h: 160,
      },
    );
    const names = picture.calls.map((c) => c.name);
    expect(names).not.toContain('getImageData');
    expect(names).not.toContain('putImageData');
    const draws = picture.calls.filter((c) => c.name === 'drawImage');
    expect(draws).toHaveLength(1);
    expect(names.lastIndexOf('stroke')).toBeLessThan(names.indexOf('drawImage'));
    // the layer drawn is the canvas the nodes were put into, each at its place in its colour
    const layer = scratches.find((s) => s.canvas === draws[0]!.args[0])!;
    const put = layer.calls.find((c) => c.name === 'putImageData')!.args[0] as ImageData;
    const at = (x: number, y: number) => [...put.data.slice((y * 200 + x) * 4, (y * 200 + x) * 4 + 4)];
    expect(at(70, 80)).toEqual([255, 0, 0, 255]);
    expect(at(130, 80)).toEqual([0, 255, 0, 255]);
    expect(at(100, 115)).toEqual([0, 0, 255, 255]);
    // between them: nothing in the layer, the ties show through
    expect(at(100, 80)).toEqual([0, 0, 0, 0]);
  });

  test('a tie shorter than a device pixel is not drawn (it lies under its nodes)', async () => {
    const { paintScene } = await import('../../../renderer/src/network/map-paint');
    const scene = buildScene(
      [node('a', '#ff0000'), node('b', '#00ff00'), node('c', '#0000ff')],
      [
        { a: 'a', b: 'b', strength: 2 },
        { a: 'b', b: 'c', strength: 2 },
      ],
      // a and b 0.8 map units apart: 0.4 device pixels at zoom 0.5 and 2 pixels per CSS pixel
      { a: [0, 0], b: [0.8, 0], c: [60, 0] },
    );
    const picture = recorder(200, 160);
    paintScene(
      picture.ctx as unknown as CanvasRenderingContext2D,
      scene,
      { k: 0.5, tx: 50, ty: 40 },
      2,
      { minX: -100, minY: -80, maxX: 100, maxY: 80 },
      {
        dark: false,
        meLabel: 'Me',
        edges: true,
        labels: false,
        w: 100,
        h: 80,
      },
    );
    const moves = picture.calls.filter((c) => c.name === 'moveTo').map((c) => c.args);
    expect(moves).toEqual([[0.8, 0]]);
  });
});
