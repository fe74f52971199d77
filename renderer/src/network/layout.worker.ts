import { forceCollide, forceLink, forceManyBody, forceRadial, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { ringRadius, type LayoutMessage, type LayoutRequest } from './layout-protocol';
import { seedPositions } from './seed-layout';

/**
 * Force layout off the main thread: ties pull peers together, peers repel, and a radial
 * force keeps closer peers nearer "me" at the centre. New peers start near their cluster
 * (seed-layout.ts), so a short simulation settles. Peers with a saved position stay put;
 * only new ones are placed, so the map looks the same between visits.
 */
interface Node extends SimulationNodeDatum {
  id: string;
  closeness: number;
}

export const TICKS = 90;

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  const { nodes: input, links: rawLinks } = e.data;
  const seeds = seedPositions(input, rawLinks);
  const nodes: Node[] = input.map((n, i) => {
    const placed = n.x !== undefined && n.y !== undefined;
    return { id: n.id, closeness: n.closeness, x: placed ? n.x : seeds[i]![0], y: placed ? n.y : seeds[i]![1], fx: placed ? n.x : undefined, fy: placed ? n.y : undefined };
  });
  const free = nodes.filter((n) => n.fx === undefined).length;
  const post = (m: LayoutMessage) => (self as unknown as Worker).postMessage(m);
  if (free === 0) {
    post({ kind: 'done', positions: Object.fromEntries(nodes.map((n) => [n.id, [n.x!, n.y!]])), ms: performance.now() - started });
    return;
  }
  const links: SimulationLinkDatum<Node>[] = rawLinks.map((l) => ({ source: l.source, target: l.target }));
  const sim = forceSimulation(nodes)
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).id((n) => n.id).distance(40).strength(0.08))
    .force('charge', forceManyBody<Node>().strength(-28).theta(1.2).distanceMax(300))
    .force('radial', forceRadial<Node>((n) => ringRadius(n.closeness), 0, 0).strength(0.12))
    .stop();
  for (let i = 0; i < TICKS; i++) {
    // overlap removal only at the end, when nodes have nearly settled
    if (i === TICKS - 8) sim.force('collide', forceCollide<Node>((n) => 4 + n.closeness * 1.6).iterations(1));
    sim.tick();
    if (i % 15 === 0) post({ kind: 'progress', done: i / TICKS });
  }
  post({ kind: 'done', positions: Object.fromEntries(nodes.map((n) => [n.id, [Math.round(n.x! * 10) / 10, Math.round(n.y! * 10) / 10]])), ms: performance.now() - started });
};
