import { forceCollide, forceLink, forceManyBody, forceRadial, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { ringRadius, type LayoutMessage, type LayoutRequest } from './layout-protocol';

/**
 * Force layout off the main thread: ties pull peers together, peers repel, and a radial
 * force keeps closer peers nearer "me" at the centre. Peers with a saved position stay put;
 * only new ones are placed, so the map looks the same between visits.
 */
interface Node extends SimulationNodeDatum {
  id: string;
  closeness: number;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  const { nodes: input, links: rawLinks } = e.data;
  const nodes: Node[] = input.map((n, i) => {
    const angle = (i / Math.max(1, input.length)) * Math.PI * 2;
    const r = ringRadius(n.closeness);
    const placed = n.x !== undefined && n.y !== undefined;
    return { id: n.id, closeness: n.closeness, x: placed ? n.x : Math.cos(angle) * r, y: placed ? n.y : Math.sin(angle) * r, fx: placed ? n.x : undefined, fy: placed ? n.y : undefined };
  });
  const free = nodes.filter((n) => n.fx === undefined).length;
  const post = (m: LayoutMessage) => (self as unknown as Worker).postMessage(m);
  if (free === 0) {
    post({ kind: 'done', positions: Object.fromEntries(nodes.map((n) => [n.id, [n.x!, n.y!]])), ms: performance.now() - started });
    return;
  }
  const links: SimulationLinkDatum<Node>[] = rawLinks.map((l) => ({ source: l.source, target: l.target, strength: l.strength }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).id((n) => n.id).distance(40).strength(0.08))
    .force('charge', forceManyBody<Node>().strength(-28).theta(0.9).distanceMax(400))
    .force('radial', forceRadial<Node>((n) => ringRadius(n.closeness), 0, 0).strength(0.12))
    .force('collide', forceCollide<Node>((n) => 6 + n.closeness * 1.6).iterations(1))
    .stop();
  const ticks = 260;
  for (let i = 0; i < ticks; i++) {
    sim.tick();
    if (i % 40 === 0) post({ kind: 'progress', done: i / ticks });
  }
  post({ kind: 'done', positions: Object.fromEntries(nodes.map((n) => [n.id, [Math.round(n.x! * 10) / 10, Math.round(n.y! * 10) / 10]])), ms: performance.now() - started });
};
