import type { z } from 'zod';
import { peerSchema, type Peer } from '../../../shared/schema/document';

const LABELS: Record<string, string> = {
  'contacts.emails': 'e-mail',
  'contacts.phones': 'phone number',
  'contacts.linkedin': 'LinkedIn address',
  'contacts.website': 'website',
  tags: 'tag',
  notes: 'notes',
  name: 'name',
};
const labelOf = (path: string) => LABELS[path] ?? path;
const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 || word.endsWith('s') ? '' : 's'}`;

export type Fitted = { ok: true; peer: Peer; cuts: string[] } | { ok: false; problem: string };

type Container = Record<string | number, unknown>;

function at(root: unknown, path: readonly PropertyKey[]): { parent: Container; key: string | number } | null {
  let node = root as Container;
  for (const k of path.slice(0, -1)) {
    const next = node?.[k as string];
    if (typeof next !== 'object' || next === null) return null;
    node = next as Container;
  }
  const key = path.at(-1);
  return key === undefined || typeof key === 'symbol' ? null : { parent: node, key };
}

/**
 * Bring a record within the peer schema's caps, by what the schema itself reports, so an
 * import never disagrees with the vault about a limit: a list that is too long keeps its
 * first items, an item of a list that is too long is left out (a cut e-mail address is not
 * an address), and text that is too long is cut. Anything else the schema refuses is a
 * problem naming its field. The schema reports a list's items once the list is short enough,
 * so a second pass finds them; a third is never needed.
 */
export function fitPeer(candidate: Record<string, unknown>): Fitted {
  const draft = candidate;
  const cuts: string[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const parsed = peerSchema.safeParse(draft);
    if (parsed.success) return { ok: true, peer: parsed.data, cuts };
    const dropItems = new Map<unknown[], Set<number>>();
    for (const issue of parsed.error.issues) {
      const where = at(draft, issue.path);
      const max = issue.code === 'too_big' ? Number(issue.maximum) : NaN;
      if (!where || !Number.isFinite(max)) return { ok: false, problem: describe(issue) };
      const value = where.parent[where.key];
      if (Array.isArray(where.parent) && typeof where.key === 'number') {
        const field = issue.path.slice(0, -1).join('.');
        const len = typeof value === 'string' ? value.length : 0;
        cuts.push(
          `${article(labelOf(field))} ${labelOf(field)} of ${plural(len, 'character')} was left out (at most ${max.toLocaleString('en')})`,
        );
        const set = dropItems.get(where.parent) ?? new Set<number>();
        set.add(where.key);
        dropItems.set(where.parent, set);
      } else if (Array.isArray(value)) {
        const field = issue.path.join('.');
        cuts.push(`${plural(value.length, labelOf(field))}: the first ${max.toLocaleString('en')} were kept`);
        where.parent[where.key] = value.slice(0, max);
      } else if (typeof value === 'string') {
        const field = issue.path.join('.');
        cuts.push(`${labelOf(field)} cut to ${plural(max, 'character')} (the file has ${value.length.toLocaleString('en')})`);
        where.parent[where.key] = value.slice(0, max);
      } else return { ok: false, problem: describe(issue) };
    }
    for (const [list, drop] of dropItems) {
      const kept = list.filter((_v, i) => !drop.has(i));
      list.length = 0;
      list.push(...kept);
    }
  }
  return { ok: false, problem: 'it does not fit what a peer can hold' };
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.join('.');
  if (field === 'name') return 'it has no name, e-mail or company to call it by';
  return `${field ? `${labelOf(field)}: ` : ''}${issue.message}`;
}
