import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  emptyFilter,
  filterPeers,
  fold,
  indexPeers,
  selectPeers,
  type FilterablePeer,
  type PeerFilter,
  type PeerSort,
} from '../../shared/domain/peer-filter';
import { CAREER_STAGES, PEER_STATUSES, PEER_TYPES } from '../../shared/schema/vocabulary';
import { filterablePeer } from '../helpers/peers';

const peer = filterablePeer;

const people = [
  peer('1', { name: 'Zoë Ångström', company: 'Acme', tags: ['mentor'], closeness: 5, updatedAt: '2026-03-01T00:00:00.000Z' }),
  peer('2', { name: 'ana silva', company: 'Globex', skills: ['Kotlin'], status: 'dormant', source: 'LinkedIn' }),
  peer('3', { name: 'Ben Okafor', company: 'acme', role: 'Staff engineer', peerTypes: ['cohort'], careerStage: 'senior' }),
  peer('4', { name: 'Anaïs Roy', company: 'Initech', tags: ['Kotlin'], closeness: 5, updatedAt: '2026-02-01T00:00:00.000Z' }),
];
const names = (ps: readonly FilterablePeer[]) => ps.map((p) => p.name);
const q = (query: string, f: Partial<PeerFilter> = {}): PeerFilter => ({ ...emptyFilter(), query, ...f });

describe('peer search', () => {
  test('folds accents and case, only where there are any', () => {
    expect(fold('Zoë ÅNGSTRÖM')).toBe('zoe angstrom');
    expect(fold('Ben')).toBe('ben');
    expect(fold('ﬁnance')).toBe('finance'); // a ligature, unfolded by NFKD
  });

  test('every word must match name, company, role, tags or skills', () => {
    expect(names(filterPeers(people, q('ana')))).toEqual(['ana silva', 'Anaïs Roy']);
    expect(names(filterPeers(people, q('angstrom ACME')))).toEqual(['Zoë Ångström']);
    expect(names(filterPeers(people, q('kotlin')))).toEqual(['ana silva', 'Anaïs Roy']); // a skill, a tag
    expect(names(filterPeers(people, q('staff')))).toEqual(['Ben Okafor']);
    expect(names(filterPeers(people, q('  ')))).toHaveLength(4);
  });

  test('filters by type, status, stage, tag and source ("Added by hand" when none)', () => {
    expect(names(filterPeers(people, q('', { types: ['cohort'] })))).toEqual(['Ben Okafor']);
    expect(names(filterPeers(people, q('', { statuses: ['dormant'] })))).toEqual(['ana silva']);
    expect(names(filterPeers(people, q('', { stages: ['senior'] })))).toEqual(['Ben Okafor']);
    expect(names(filterPeers(people, q('', { tags: ['mentor', 'Kotlin'] })))).toEqual(['Anaïs Roy', 'Zoë Ångström']);
    expect(names(filterPeers(people, q('', { sources: ['Added by hand'] })))).toEqual(['Anaïs Roy', 'Ben Okafor', 'Zoë Ångström']);
  });

  test('sorts by name, company, recent change and closeness', () => {
    expect(names(filterPeers(people, q(''), 'name'))).toEqual(['ana silva', 'Anaïs Roy', 'Ben Okafor', 'Zoë Ångström']);
    expect(names(filterPeers(people, q(''), 'company'))).toEqual(['Ben Okafor', 'Zoë Ångström', 'ana silva', 'Anaïs Roy']);
    expect(names(filterPeers(people, q(''), 'recent'))).toEqual(['Zoë Ångström', 'Anaïs Roy', 'ana silva', 'Ben Okafor']);
    expect(names(filterPeers(people, q(''), 'closeness'))).toEqual(['Anaïs Roy', 'Zoë Ångström', 'ana silva', 'Ben Okafor']);
  });

  test('an index sorts once and folds once, whatever is searched', () => {
    const index = indexPeers(people);
    const order = index.order('name');
    const text = index.text();
    selectPeers(index, q('ana'));
    selectPeers(index, q('ben'), 'name');
    expect(index.order('name')).toBe(order);
    expect(index.text()).toBe(text);
  });

  test('gives what the first version (fold, filter, then sort a copy) gave, on any list', () => {
    const word = fc.constantFrom('ana', 'Ana', 'ANÁ', 'Zoë', 'zoe', 'Ben', 'ok', 'acme', 'Kotlin', 'mentor', 'é', 'x y', '');
    const arbPeer = fc.record({
      name: word,
      company: word,
      role: word,
      tags: fc.array(word, { maxLength: 2 }),
      skills: fc.array(word, { maxLength: 2 }),
      peerTypes: fc.subarray([...PEER_TYPES]),
      status: fc.constantFrom(...PEER_STATUSES),
      careerStage: fc.constantFrom(null, ...CAREER_STAGES),
      source: fc.constantFrom('', 'LinkedIn', 'vCard'),
      updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2025-12-31T23:59:59.000Z'),
      closeness: fc.integer({ min: 1, max: 5 }),
      lastContact: fc.constantFrom(null, '2026-01-01', '2026-02-01'),
      nextCheckIn: fc.constantFrom(null, undefined, '2026-01-01', '2026-03-01'),
    });
    const arbFilter = fc.record({
      query: fc.array(word, { maxLength: 2 }).map((ws) => ws.join(' ')),
      types: fc.subarray([...PEER_TYPES], { maxLength: 2 }),
      statuses: fc.subarray([...PEER_STATUSES], { maxLength: 2 }),
      stages: fc.subarray([...CAREER_STAGES], { maxLength: 2 }),
      tags: fc.subarray(['ana', 'mentor', 'Kotlin'], { maxLength: 2 }),
      sources: fc.subarray(['Added by hand', 'LinkedIn'], { maxLength: 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbPeer, { maxLength: 25 }),
        arbFilter,
        fc.constantFrom<PeerSort>('name', 'company', 'recent', 'closeness', 'lastContact', 'nextCheckIn'),
        (raw, f, sort) => {
          const ps = raw.map((p, i) => peer(`p${i}`, p));
          expect(filterPeers(ps, f, sort).map((p) => p.id)).toEqual(reference(ps, f, sort).map((p) => p.id));
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** The search as first written: fold every peer's text per search, filter, then sort the copy. */
function reference<P extends FilterablePeer>(peers: readonly P[], f: PeerFilter, sort: PeerSort): P[] {
  const slowFold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = slowFold(f.query).split(/\s+/).filter(Boolean);
  const out = peers.filter((p) => {
    if (f.types.length && !p.peerTypes.some((t) => f.types.includes(t))) return false;
    if (f.statuses.length && !f.statuses.includes(p.status)) return false;
    if (f.stages.length && (!p.careerStage || !f.stages.includes(p.careerStage))) return false;
    if (f.tags.length && !p.tags.some((t) => f.tags.includes(t))) return false;
    if (f.sources.length && !f.sources.includes(p.source || 'Added by hand')) return false;
    if (words.length) {
      const hay = slowFold([p.name, p.company, p.role, ...p.tags, ...p.skills].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  const by: Record<PeerSort, (a: P, b: P) => number> = {
    name: (a, b) => a.name.localeCompare(b.name),
    company: (a, b) => a.company.localeCompare(b.company) || a.name.localeCompare(b.name),
    recent: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    closeness: (a, b) => b.closeness - a.closeness || a.name.localeCompare(b.name),
    lastContact: (a, b) => nullsLast(a.lastContact, b.lastContact, -1) || a.name.localeCompare(b.name),
    nextCheckIn: (a, b) => nullsLast(a.nextCheckIn, b.nextCheckIn, 1) || a.name.localeCompare(b.name),
  };
  return out.sort(by[sort]);
}

function nullsLast(x: string | null | undefined, y: string | null | undefined, dir: 1 | -1): number {
  if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
  return x < y ? -dir : x > y ? dir : 0;
}
