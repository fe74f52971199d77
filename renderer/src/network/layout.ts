import { forceCollide, forceLink, forceRadial, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { ringRadius, type LayoutRequest } from './layout-protocol';
import { manyBody } from './many-body';
import { seedPositions } from './seed-layout';

/**
 * The force layout (d3-force): ties pull peers together, peers repel, and a radial force
 * keeps closer peers nearer "me" at the centre. New peers start near their cluster
 * (seed-layout.ts), so a short simulation settles. Peers with a saved position stay put;
 * only new ones are placed, so the map looks the same between visits. Runs in a web worker
 * (layout.worker.ts); plain data in and out.
 */
interface Node extends SimulationNodeDatum {
  id: string;
  closeness: number;
}

/**
 * How long the simulation runs. Up to 1,500 peers to place: 90 ticks, the last 8 removing
 * overlaps. Above that the work per tick grows with the peers, so the ticks shrink to keep
 * the whole about as long as 1,500 peers take (30 at 5,000), Barnes-Hut looks coarser
 * (theta 1.5), and overlaps get 3 ticks: a map that dense cannot be untangled by settling
 * longer, and the seeds already hold its shape (see the 5,000-peer pictures in the README).
 */
export function scheduleFor(free: number): { ticks: number; collideTicks: number; theta: number } {
  if (free <= 1500) return { ticks: 90, collideTicks: 8, theta: 1.2 };
  return { ticks: Math.max(30, Math.round((90 * 1500) / free)), collideTicks: 3, theta: 1.5 };
}

/**
 * `onStart` gets the starting positions (saved ones, and seeds for the new peers) before the
 * simulation runs, so the map can show them while they settle.
 */
export function runLayout(
  req: LayoutRequest,
  onProgress: (done: number) => void = () => undefined,
  onStart: (positions: Record<string, [number, number]>) => void = () => undefined,
): Record<string, [number, number]> {
  const { nodes: input, links: rawLinks } = req;
  const seeds = seedPositions(input, rawLinks);
  const nodes: Node[] = input.map((n, i) => {
    const placed = n.x !== undefined && n.y !== undefined;
    return {
      id: n.id,
      closeness: n.closeness,
      x: placed ? n.x : seeds[i]![0],
      y: placed ? n.y : seeds[i]![1],
      fx: placed ? n.x : undefined,
      fy: placed ? n.y : undefined,
    };
  });
  const free = nodes.filter((n) => n.fx === undefined).length;
  if (free === 0) return Object.fromEntries(nodes.map((n) => [n.id, [n.x!, n.y!]]));
  onStart(Object.fromEntries(nodes.map((n) => [n.id, [n.x!, n.y!]])));
  const { ticks, collideTicks, theta } = scheduleFor(free);
  const links: SimulationLinkDatum<Node>[] = rawLinks.map((l) => ({ source: l.source, target: l.target }));
  const sim = forceSimulation(nodes)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<Node, SimulationLinkDatum<Node>>(links)
        .id((n) => n.id)
        .distance(40)
        .strength(0.08),
    )
    .force('charge', manyBody<Node>().strength(-28).theta(theta).distanceMax(300))
    .force('radial', forceRadial<Node>((n) => ringRadius(n.closeness), 0, 0).strength(0.12))
    .stop();
  for (let i = 0; i < ticks; i++) {
    // overlap removal only at the end, when nodes have nearly settled
    if (i === ticks - collideTicks) sim.force('collide', forceCollide<Node>((n) => 4 + n.closeness * 1.6).iterations(1));
    sim.tick();
    if (i % 10 === 0) onProgress(i / ticks);
  }
  return Object.fromEntries(nodes.map((n) => [n.id, [Math.round(n.x! * 10) / 10, Math.round(n.y! * 10) / 10]]));
}
