import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';

export interface MapNode {
  id: string;
  label: string;
  sub: string;
  color: string;
  radius: number;
}

export interface MapEdge {
  a: string;
  b: string;
  strength: number;
}

export interface MapCanvasHandle {
  fit: () => void;
  focus: (id: string) => void;
  zoomBy: (factor: number) => void;
}

interface View {
  k: number;
  tx: number;
  ty: number;
}

const CELL = 40;

/**
 * The network drawn on a canvas: edges batched by strength, nodes batched by colour, labels
 * once zoomed in. Pan by dragging, zoom with the wheel; a grid index finds the node under
 * the pointer for the hover card and clicks.
 */
export const MapCanvas = forwardRef<MapCanvasHandle, {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  positions: Record<string, [number, number]>;
  meLabel: string;
  highlight: string | null;
  /** peers ringed and labelled at every zoom (a group's members, when one is chosen) */
  marked?: ReadonlySet<string>;
  onHover: (id: string | null, at: { x: number; y: number } | null) => void;
  onClick: (id: string) => void;
}>(function MapCanvas({ nodes, edges, positions, meLabel, highlight, marked, onHover, onClick }, ref) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<View>({ k: 1, tx: 0, ty: 0 });
  const frame = useRef<number | null>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const hovered = useRef<string | null>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });

  const grid = useRef(new Map<string, string[]>());
  useEffect(() => {
    const g = new Map<string, string[]>();
    for (const n of nodes) {
      const p = positions[n.id];
      if (!p) continue;
      const key = `${Math.floor(p[0] / CELL)},${Math.floor(p[1] / CELL)}`;
      const list = g.get(key);
      if (list) list.push(n.id);
      else g.set(key, [n.id]);
    }
    grid.current = g;
  }, [nodes, positions]);

  const byId = useRef(new Map<string, MapNode>());
  byId.current = new Map(nodes.map((n) => [n.id, n]));

  const draw = useCallback(() => {
    frame.current = null;
    performance.mark('map-draw-start');
    const c = canvas.current;
    if (!c) return;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const { k, tx, ty } = view.current;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, c.width, c.height);
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
    const dark = document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark';
    // edges, one path per strength
    for (const s of [1, 2, 3]) {
      ctx.beginPath();
      for (const e of edges) {
        if (e.strength !== s) continue;
        const a = positions[e.a];
        const b = positions[e.b];
        if (!a || !b) continue;
        ctx.moveTo(a[0], a[1]);
        ctx.lineTo(b[0], b[1]);
      }
      ctx.lineWidth = (0.4 + s * 0.45) / Math.sqrt(k);
      ctx.strokeStyle = dark ? `rgba(200,210,220,${0.12 + s * 0.07})` : `rgba(60,70,90,${0.1 + s * 0.07})`;
      ctx.stroke();
    }
    // nodes, one path per colour
    const byColor = new Map<string, MapNode[]>();
    for (const n of nodes) {
      const list = byColor.get(n.color);
      if (list) list.push(n);
      else byColor.set(n.color, [n]);
    }
    for (const [color, list] of byColor) {
      ctx.beginPath();
      for (const n of list) {
        const p = positions[n.id];
        if (!p) continue;
        ctx.moveTo(p[0] + n.radius, p[1]);
        ctx.arc(p[0], p[1], n.radius, 0, Math.PI * 2);
      }
      ctx.fillStyle = color;
      ctx.fill();
    }
    // me, at the centre
    ctx.beginPath();
    ctx.arc(0, 0, 14, 0, Math.PI * 2);
    ctx.fillStyle = dark ? '#f1f3f5' : '#212529';
    ctx.fill();
    ctx.font = `600 ${12 / k}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillStyle = dark ? '#f1f3f5' : '#212529';
    ctx.fillText(meLabel, 0, 14 + 14 / k);
    // labels when zoomed in, and for the highlighted and hovered peers
    const showAll = k > 1.6 && nodes.length < 2000;
    ctx.font = `${11 / k}px system-ui, sans-serif`;
    for (const n of nodes) {
      if (!showAll && n.id !== highlight && n.id !== hovered.current && !marked?.has(n.id)) continue;
      const p = positions[n.id];
      if (!p) continue;
      ctx.fillStyle = dark ? '#dee2e6' : '#343a40';
      ctx.fillText(n.label, p[0], p[1] - n.radius - 4 / k);
    }
    if (marked && marked.size > 0) {
      ctx.beginPath();
      for (const n of nodes) {
        const p = marked.has(n.id) ? positions[n.id] : undefined;
        if (!p) continue;
        const r = n.radius + 3 / k;
        ctx.moveTo(p[0] + r, p[1]);
        ctx.arc(p[0], p[1], r, 0, Math.PI * 2);
      }
      ctx.lineWidth = 2 / k;
      ctx.strokeStyle = '#fab005';
      ctx.stroke();
    }
    for (const id of [highlight, hovered.current]) {
      const p = id ? positions[id] : undefined;
      const n = id ? byId.current.get(id) : undefined;
      if (!p || !n) continue;
      ctx.beginPath();
      ctx.arc(p[0], p[1], n.radius + 4 / k, 0, Math.PI * 2);
      ctx.lineWidth = 2.5 / k;
      ctx.strokeStyle = id === highlight ? '#fa5252' : dark ? '#fff' : '#000';
      ctx.stroke();
    }
    // User Timing, read by `npm run bench` (and visible in DevTools' performance panel)
    performance.measure('map-draw', 'map-draw-start');
  }, [nodes, edges, positions, meLabel, highlight, marked]);

  const schedule = useCallback(() => {
    frame.current ??= requestAnimationFrame(draw);
  }, [draw]);

  useEffect(schedule, [schedule, size]);

  // keep the canvas the size of its box
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      const dpr = window.devicePixelRatio || 1;
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
      setSize({ w: width, h: height });
    });
    ro.observe(c);
    return () => ro.disconnect();
  }, []);

  const fit = useCallback(() => {
    const pts = nodes.map((n) => positions[n.id]).filter((p): p is [number, number] => !!p);
    pts.push([0, 0]);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const w = size.w || 800;
    const h = size.h || 600;
    const k = Math.min(4, 0.9 * Math.min(w / Math.max(1, maxX - minX + 40), h / Math.max(1, maxY - minY + 40)));
    view.current = { k, tx: w / 2 - ((minX + maxX) / 2) * k, ty: h / 2 - ((minY + maxY) / 2) * k };
    schedule();
  }, [nodes, positions, size, schedule]);

  const fitted = useRef(false);
  useEffect(() => {
    if (!fitted.current && size.w > 0 && Object.keys(positions).length > 0) {
      fitted.current = true;
      fit();
    }
  }, [fit, positions, size]);

  useImperativeHandle(
    ref,
    () => ({
      fit,
      focus: (id) => {
        const p = positions[id];
        if (!p) return;
        const k = Math.max(view.current.k, 2);
        view.current = { k, tx: size.w / 2 - p[0] * k, ty: size.h / 2 - p[1] * k };
        schedule();
      },
      zoomBy: (f) => {
        const { k, tx, ty } = view.current;
        const nk = Math.min(12, Math.max(0.05, k * f));
        const cx = size.w / 2;
        const cy = size.h / 2;
        view.current = { k: nk, tx: cx - ((cx - tx) / k) * nk, ty: cy - ((cy - ty) / k) * nk };
        schedule();
      },
    }),
    [fit, positions, size, schedule],
  );

  const nodeAt = (sx: number, sy: number): string | null => {
    const { k, tx, ty } = view.current;
    const x = (sx - tx) / k;
    const y = (sy - ty) / k;
    const cx = Math.floor(x / CELL);
    const cy = Math.floor(y / CELL);
    let best: string | null = null;
    let bestD = Infinity;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const id of grid.current.get(`${cx + i},${cy + j}`) ?? []) {
          const p = positions[id]!;
          const n = byId.current.get(id);
          if (!n) continue;
          const d = Math.hypot(p[0] - x, p[1] - y);
          if (d < Math.max(n.radius + 3, 8 / k) && d < bestD) {
            best = id;
            bestD = d;
          }
        }
    return best;
  };

  return (
    <canvas
      ref={canvas}
      style={{ width: '100%', height: '100%', display: 'block', cursor: drag.current ? 'grabbing' : 'grab', touchAction: 'none' }}
      data-testid="network-canvas"
      aria-label="Network map"
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, y: e.clientY, moved: false };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        if (drag.current) {
          const dx = e.clientX - drag.current.x;
          const dy = e.clientY - drag.current.y;
          if (Math.abs(dx) + Math.abs(dy) > 2) drag.current.moved = true;
          drag.current.x = e.clientX;
          drag.current.y = e.clientY;
          view.current = { ...view.current, tx: view.current.tx + dx, ty: view.current.ty + dy };
          schedule();
          return;
        }
        const id = nodeAt(e.clientX - rect.left, e.clientY - rect.top);
        if (id !== hovered.current) {
          hovered.current = id;
          schedule();
        }
        onHover(id, id ? { x: e.clientX - rect.left, y: e.clientY - rect.top } : null);
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        drag.current = null;
        if (d && !d.moved) {
          const rect = e.currentTarget.getBoundingClientRect();
          const id = nodeAt(e.clientX - rect.left, e.clientY - rect.top);
          if (id) onClick(id);
        }
      }}
      onPointerLeave={() => {
        hovered.current = null;
        onHover(null, null);
        schedule();
      }}
      onWheel={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const sx = e.clientX - rect.left;
        const sy = e.clientY - rect.top;
        const { k, tx, ty } = view.current;
        const nk = Math.min(12, Math.max(0.05, k * Math.exp(-e.deltaY * 0.0015)));
        view.current = { k: nk, tx: sx - ((sx - tx) / k) * nk, ty: sy - ((sy - ty) / k) * nk };
        schedule();
      }}
    />
  );
});
