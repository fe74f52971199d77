import type { Force, SimulationNodeDatum } from 'd3-force';

/**
 * The repulsion between all peers, as d3-force's forceManyBody computes it (Barnes-Hut over a
 * quadtree: a far enough cell acts as one body at its centre of strength; `distanceMax`,
 * `distanceMin`, `theta` as there), but with the quadtree in flat typed arrays rebuilt each
 * tick without allocating: d3's tree of objects and closures took four fifths of a 5,000-peer
 * layout. The cells are those of d3's quadtree, so the forces are d3's up to rounding. Coincident peers are nudged apart by a fixed pseudo-random sequence, so the layout
 * stays deterministic.
 */
export interface ManyBody<N extends SimulationNodeDatum> extends Force<N, undefined> {
  strength(s: number): ManyBody<N>;
  theta(t: number): ManyBody<N>;
  distanceMin(d: number): ManyBody<N>;
  distanceMax(d: number): ManyBody<N>;
}

export function manyBody<N extends SimulationNodeDatum>(): ManyBody<N> {
  let nodes: N[] = [];
  let strength = -30;
  let theta2 = 0.81;
  let distanceMin2 = 1;
  let distanceMax2 = Infinity;
  let seed = 1;
  // cells: square [x0, x0 + w) x [y0, y0 + w); child[4c + q] (-1: none); point[c]: the first
  // peer of a leaf (-1: an inner cell, or none yet); value/cx/cy: total strength and its centre
  let cap = 0;
  let child = new Int32Array(0);
  let point = new Int32Array(0);
  let x0s = new Float64Array(0);
  let y0s = new Float64Array(0);
  let ws = new Float64Array(0);
  let value = new Float64Array(0);
  let cxs = new Float64Array(0);
  let cys = new Float64Array(0);
  /** peers at one spot share a leaf: the next one there (-1: none) */
  let next = new Int32Array(0);
  let stack = new Int32Array(0);
  let cells = 0;

  const jiggle = () => {
    // a small LCG (Numerical Recipes): the same nudges every run
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return (seed / 4294967296 - 0.5) * 1e-6;
  };

  const grow = (need: number) => {
    if (need <= cap) return;
    const size = Math.max(need, cap * 2, 64);
    const copy = <T extends Int32Array | Float64Array>(a: T, n: number): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    child = copy(child, size * 4);
    point = copy(point, size);
    x0s = copy(x0s, size);
    y0s = copy(y0s, size);
    ws = copy(ws, size);
    value = copy(value, size);
    cxs = copy(cxs, size);
    cys = copy(cys, size);
    cap = size;
  };

  const cell = (x0: number, y0: number, w: number, p: number) => {
    grow(cells + 1);
    const c = cells++;
    child.fill(-1, c * 4, c * 4 + 4);
    point[c] = p;
    x0s[c] = x0;
    y0s[c] = y0;
    ws[c] = w;
    return c;
  };

  const quadrant = (c: number, x: number, y: number) => {
    const half = ws[c]! / 2;
    return (x >= x0s[c]! + half ? 1 : 0) + (y >= y0s[c]! + half ? 2 : 0);
  };

  const childOf = (c: number, q: number, p: number) => {
    const half = ws[c]! / 2;
    return cell(x0s[c]! + (q & 1 ? half : 0), y0s[c]! + (q & 2 ? half : 0), half, p);
  };

  const build = () => {
    const n = nodes.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const d of nodes) {
      minX = Math.min(minX, d.x!);
      minY = Math.min(minY, d.y!);
      maxX = Math.max(maxX, d.x!);
      maxY = Math.max(maxY, d.y!);
    }
    cells = 0;
    grow(2 * n + 1);
    // the square d3's quadtree takes: from the whole units below the least coordinates, a power
    // of two across, so the cells (and so the approximation) are d3's own
    const x0 = Math.floor(minX);
    const y0 = Math.floor(minY);
    let w = 1;
    while (maxX >= x0 + w || maxY >= y0 + w) w *= 2;
    const root = cell(x0, y0, w, -1);
    let filled = false;
    for (let i = 0; i < n; i++) {
      next[i] = -1;
      const x = nodes[i]!.x!;
      const y = nodes[i]!.y!;
      if (!filled) {
        point[root] = i;
        filled = true;
        continue;
      }
      let c = root;
      for (;;) {
        const p = point[c]!;
        if (p < 0) {
          // an inner cell: on into the quadrant, or a new leaf there
          const q = quadrant(c, x, y);
          const to = child[c * 4 + q]!;
          if (to < 0) {
            const leaf = childOf(c, q, i);
            child[c * 4 + q] = leaf;
            break;
          }
          c = to;
          continue;
        }
        const px = nodes[p]!.x!;
        const py = nodes[p]!.y!;
        if (px === x && py === y) {
          // the same spot: chained to that leaf
          next[i] = next[p]!;
          next[p] = i;
          break;
        }
        // a leaf: its peer moves down a level, and the new one follows
        point[c] = -1;
        const q = quadrant(c, px, py);
        // (made before it is stored: making it may grow the arrays)
        const moved = childOf(c, q, p);
        child[c * 4 + q] = moved;
      }
    }
    // totals from the leaves up: every cell was made after its parent
    for (let c = cells - 1; c >= 0; c--) {
      const p = point[c]!;
      if (p >= 0) {
        let s = 0;
        for (let j = p; j >= 0; j = next[j]!) s += strength;
        value[c] = s;
        cxs[c] = nodes[p]!.x!;
        cys[c] = nodes[p]!.y!;
        continue;
      }
      let s = 0;
      let weight = 0;
      let x = 0;
      let y = 0;
      for (let q = 0; q < 4; q++) {
        const k = child[c * 4 + q]!;
        if (k < 0) continue;
        const v = value[k]!;
        const a = Math.abs(v);
        if (!a) continue;
        s += v;
        weight += a;
        x += a * cxs[k]!;
        y += a * cys[k]!;
      }
      value[c] = s;
      cxs[c] = weight ? x / weight : 0;
      cys[c] = weight ? y / weight : 0;
    }
  };

  const force = ((alpha: number) => {
    if (nodes.length === 0) return;
    build();
    if (stack.length < cells + 8) stack = new Int32Array(Math.max(cells + 8, stack.length * 2));
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const nx = node.x!;
      const ny = node.y!;
      let vx = 0;
      let vy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const v = value[c]!;
        if (!v) continue;
        let x = cxs[c]! - nx;
        let y = cys[c]! - ny;
        const w = ws[c]!;
        let l = x * x + y * y;
        if ((w * w) / theta2 < l) {
          // far enough: the cell as one body
          if (l < distanceMax2) {
            if (x === 0) {
              x = jiggle();
              l += x * x;
            }
            if (y === 0) {
              y = jiggle();
              l += y * y;
            }
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            vx += (x * v * alpha) / l;
            vy += (y * v * alpha) / l;
          }
          continue;
        }
        const p = point[c]!;
        if (p < 0) {
          for (let q = 0; q < 4; q++) {
            const k = child[c * 4 + q]!;
            if (k >= 0) stack[top++] = k;
          }
          continue;
        }
        if (l >= distanceMax2) continue;
        if (p !== i || next[p]! >= 0) {
          if (x === 0) {
            x = jiggle();
            l += x * x;
          }
          if (y === 0) {
            y = jiggle();
            l += y * y;
          }
          if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
        }
        for (let j = p; j >= 0; j = next[j]!) {
          if (j === i) continue;
          const s = (strength * alpha) / l;
          vx += x * s;
          vy += y * s;
        }
      }
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
    }
  }) as ManyBody<N>;

  force.initialize = (ns: N[]) => {
    nodes = ns;
    next = new Int32Array(ns.length);
    seed = 1;
  };
  force.strength = (s) => ((strength = s), force);
  force.theta = (t) => ((theta2 = t * t), force);
  force.distanceMin = (d) => ((distanceMin2 = d * d), force);
  force.distanceMax = (d) => ((distanceMax2 = d * d), force);
  return force;
}
