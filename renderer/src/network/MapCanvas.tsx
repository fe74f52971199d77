import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { buildScene, type MapEdge, type MapNode } from './map-scene';
import { MapView } from './map-view';

export type { MapEdge, MapNode } from './map-scene';

export interface MapCanvasHandle {
  fit: () => void;
  focus: (id: string) => void;
  zoomBy: (factor: number) => void;
}

/**
 * The network map's canvas. React hands the data over when it changes; the drawing, the
 * camera and the pointer belong to MapView (map-view.ts), so panning and zooming cost no
 * React render. Drag to pan, wheel to zoom, arrows and + / - / 0 from the keyboard.
 */
export const MapCanvas = forwardRef<
  MapCanvasHandle,
  {
    nodes: readonly MapNode[];
    edges: readonly MapEdge[];
    positions: Readonly<Record<string, readonly [number, number]>>;
    meLabel: string;
    dark: boolean;
    highlight: string | null;
    /** peers ringed and named at every zoom (a chosen group's members) */
    marked?: ReadonlySet<string>;
    onHover: (id: string | null, at: { x: number; y: number } | null) => void;
    onClick: (id: string) => void;
  }
>(function MapCanvas({ nodes, edges, positions, meLabel, dark, highlight, marked, onHover, onClick }, ref) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const map = useRef<MapView | null>(null);
  // the latest callbacks, read by MapView's listeners without re-creating it
  const events = useRef({ onHover, onClick });
  useEffect(() => {
    events.current = { onHover, onClick };
  });

  useEffect(() => {
    const c = canvas.current!;
    const view = new MapView(c, { onHover: (id, at) => events.current.onHover(id, at), onClick: (id) => events.current.onClick(id) });
    map.current = view;
    // the scene model's placed names, for the browser tests (what is drawn, without reading pixels)
    Object.defineProperty(c, 'mapLabels', { value: () => view.placedLabels(), configurable: true });
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      view.resize(width, height, window.devicePixelRatio || 1);
    });
    ro.observe(c);
    return () => {
      ro.disconnect();
      view.destroy();
      map.current = null;
    };
  }, []);

  const scene = useMemo(() => buildScene(nodes, edges, positions), [nodes, edges, positions]);
  useEffect(() => map.current?.setScene(scene), [scene]);
  useEffect(() => map.current?.setLook({ dark, meLabel }), [dark, meLabel]);
  useEffect(() => map.current?.setMarks({ highlight, marked: marked ? [...marked] : [] }), [highlight, marked]);

  useImperativeHandle(ref, () => ({
    fit: () => map.current?.fit(),
    focus: (id) => map.current?.focus(id),
    zoomBy: (f) => map.current?.zoomBy(f),
  }));

  return (
    <canvas
      ref={canvas}
      tabIndex={0}
      style={{ width: '100%', height: '100%', display: 'block', cursor: 'grab', touchAction: 'none' }}
      data-testid="network-canvas"
      aria-label="Network map: drag or use the arrow keys to move, the wheel or + and - to zoom, 0 to fit"
    />
  );
});
