import { ringRadius } from './layout-protocol';

/**
 * Starting positions that already look like the network: clusters found by a few rounds of
 * label propagation (each peer takes the most common label among its ties) get their own
 * slice of the circle, at the radius their closeness asks for. The force layout then only
 * has to settle, not to untangle.
 */
export function seedPositions(nodes: readonly { id: string; closeness: number }[], links: readonly { source: string; target: string }[]): [number, number][] {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const adj: number[][] = nodes.map(() => []);
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined) continue;
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  const label = nodes.map((_, i) => i);
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (let i = 0; i < nodes.length; i++) {
      if (adj[i]!.length === 0) continue;
      const counts = new Map<number, number>();
      for (const j of adj[i]!) counts.set(label[j]!, (counts.get(label[j]!) ?? 0) + 1);
      let best = label[i]!;
      let bestCount = 0;
      for (const [l, c] of counts) {
        if (c > bestCount || (c === bestCount && l < best)) {
          best = l;
          bestCount = c;
        }
      }
      if (best !== label[i]) {
        label[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const groups = new Map<number, number[]>();
  label.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), i]));
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  const out = new Array<[number, number]>(nodes.length);
  let start = 0;
  for (const members of ordered) {
    const span = (members.length / nodes.length) * Math.PI * 2;
    members.forEach((i, k) => {
      const angle = start + ((k + 0.5) / members.length) * span;
      const r = ringRadius(nodes[i]!.closeness) + ((k * 37) % 23) - 11;
      out[i] = [Math.cos(angle) * r, Math.sin(angle) * r];
    });
    start += span;
  }
  return out;
}
