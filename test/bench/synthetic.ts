import {
  AGENDA_TEMPLATES,
  GROUP_KINDS,
  INTERACTION_CHANNELS,
  INTERACTION_PURPOSES,
  LEARNING_TOPICS,
  OPPORTUNITY_KINDS,
  PEER_TYPES,
  VALUE_KINDS,
} from '../../shared/schema/vocabulary';

/** A seeded generator, so every run builds the same heavy vault. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'we talked about the reorg and how she is handling a new manager who wants weekly reports promotion cycle feedback salary band offer negotiation conference talk proposal hiring freeze mentoring junior engineers product strategy roadmap burnout vacation side project podcast introduction referral coffee lunch call board meeting quarterly review team offsite analytics pipeline migration budget cuts layoffs equity vesting remote work relocation visa learning course certification book recommendation'.split(
    ' ',
  );
const FIRST =
  'Ana Ben Chen Dara Eli Fatima Gus Hana Ivan Jo Kemi Lars Maya Nia Omar Priya Quinn Rosa Sam Tariq Uma Vik Wen Xavi Yara Zoe'.split(' ');
const LAST =
  'Silva Okafor Wei Kim Novak Haddad Berg Sato Petrov Mensah Larsen Gupta Costa Reyes Nakamura Osei Fischer Moreau Singh Alvarez'.split(
    ' ',
  );
const COMPANIES = 'Lumen Health|Northwind|Globex|Initech|Umbrella Labs|Stark Analytics|Acme Robotics|Hooli|Vandelay|Soylent Data'.split(
  '|',
);

export function text(r: () => number, approxChars: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < approxChars) {
    const w = WORDS[Math.floor(r() * WORDS.length)]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const date = (r: () => number) => new Date(Date.UTC(2018, 0, 1) + Math.floor(r() * 8 * 365) * 86_400_000).toISOString().slice(0, 10);
const TS = '2026-01-01T00:00:00.000Z';

/** The heavy user of DESIGN.md section 6; `npm run bench -- --scale N` multiplies each count. */
export const HEAVY = {
  peers: 1000,
  interactions: 20_000,
  journal: 5000,
  notes: 5000,
  ties: 5000,
  groups: 40,
  goals: 150,
  opportunities: 300,
};

/** Meetings each synthetic group has held (two years, monthly). */
export const MEETINGS_PER_GROUP = 24;

export function heavyOps(counts = HEAVY) {
  const r = rng(42);
  const ops: { op: 'put'; collection: string; record: Record<string, unknown> }[] = [];
  for (let i = 0; i < counts.peers; i++) {
    ops.push({
      op: 'put',
      collection: 'peers',
      record: {
        id: `p${i}`,
        name: `${pick(r, FIRST)} ${pick(r, LAST)}`,
        company: pick(r, COMPANIES),
        role: 'Senior engineer',
        peerTypes: [pick(r, PEER_TYPES)],
        skills: [pick(r, WORDS), pick(r, WORDS)],
        tags: [pick(r, WORDS)],
        notes: text(r, 400),
        createdAt: TS,
        updatedAt: TS,
      },
    });
  }
  for (let i = 0; i < counts.ties; i++) {
    const a = Math.floor(r() * counts.peers);
    const b = (a + 1 + Math.floor(r() * (counts.peers - 1))) % counts.peers;
    ops.push({
      op: 'put',
      collection: 'ties',
      record: { id: `t${i}`, a: `p${a}`, b: `p${b}`, strength: 1 + Math.floor(r() * 3), createdAt: TS, updatedAt: TS },
    });
  }
  for (let i = 0; i < counts.interactions; i++) {
    ops.push({
      op: 'put',
      collection: 'interactions',
      record: {
        id: `i${i}`,
        peerIds: [`p${Math.floor(r() * counts.peers)}`],
        date: date(r),
        channel: pick(r, INTERACTION_CHANNELS),
        purpose: pick(r, INTERACTION_PURPOSES),
        initiatedBy: pick(r, ['me', 'them'] as const),
        exchanges: [{ direction: pick(r, ['given', 'received'] as const), kind: pick(r, VALUE_KINDS), weight: 1 + Math.floor(r() * 3) }],
        summary: text(r, 200),
        createdAt: TS,
        updatedAt: TS,
      },
    });
  }
  for (let i = 0; i < counts.journal; i++) {
    ops.push({
      op: 'put',
      collection: 'journal',
      record: { id: `j${i}`, date: date(r), title: text(r, 40), body: text(r, 1500), createdAt: TS, updatedAt: TS },
    });
  }
  for (let i = 0; i < counts.notes; i++) {
    ops.push({
      op: 'put',
      collection: 'notes',
      record: {
        id: `n${i}`,
        peerId: `p${Math.floor(r() * counts.peers)}`,
        topic: pick(r, LEARNING_TOPICS),
        text: text(r, 600),
        createdAt: TS,
        updatedAt: TS,
      },
    });
  }
  // groups, goals and opportunities in proportion: about one peer in five is in a group
  const peerId = () => `p${Math.floor(r() * Math.max(1, counts.peers))}`;
  for (let i = 0; i < counts.groups; i++) {
    const members = [...new Set(Array.from({ length: 6 }, peerId))];
    const meetings = Array.from({ length: MEETINGS_PER_GROUP }, (_, k) => ({
      id: `g${i}m${k}`,
      date: date(r),
      facilitatorId: pick(r, [...members, 'me']),
      attendeeIds: ['me', ...members.filter(() => r() > 0.15)],
      agenda: `${pick(r, AGENDA_TEMPLATES)}: ${text(r, 300)}`,
      notes: text(r, 300),
      actionItems: Array.from({ length: 3 }, (_, a) => ({
        id: `g${i}m${k}a${a}`,
        text: text(r, 40),
        ownerId: pick(r, [...members, 'me']),
        done: r() > 0.3,
      })),
      durationMinutes: 90,
    }));
    ops.push({
      op: 'put',
      collection: 'groups',
      record: {
        id: `g${i}`,
        name: `Group ${i}`,
        kind: pick(r, GROUP_KINDS),
        purpose: text(r, 120),
        memberIds: members,
        cadenceDays: 30,
        facilitatorOrder: [...members, 'me'],
        meetings,
        createdAt: TS,
        updatedAt: TS,
      },
    });
  }
  for (let i = 0; i < counts.goals; i++) {
    const mine = r() < 0.7;
    ops.push({
      op: 'put',
      collection: 'goals',
      record: {
        id: `goal${i}`,
        title: text(r, 30),
        why: text(r, 150),
        owner: mine ? 'me' : peerId(),
        partnerIds: mine ? [peerId()] : [],
        status: pick(r, ['open', 'open', 'open', 'done', 'dropped'] as const),
        milestones: Array.from({ length: 3 }, (_, m) => ({ id: `goal${i}ms${m}`, text: text(r, 30), done: r() > 0.5 })),
        checkIns: Array.from({ length: 5 }, (_, c) => ({
          id: `goal${i}c${c}`,
          date: date(r),
          progress: Math.floor(r() * 101),
          note: text(r, 60),
        })),
        createdAt: TS,
        updatedAt: TS,
      },
    });
  }
  for (let i = 0; i < counts.opportunities; i++) {
    ops.push({
      op: 'put',
      collection: 'opportunities',
      record: {
        id: `o${i}`,
        title: text(r, 30),
        kind: pick(r, OPPORTUNITY_KINDS),
        detail: text(r, 200),
        skills: [pick(r, WORDS), pick(r, WORDS)],
        tags: [pick(r, WORDS)],
        deadline: r() < 0.7 ? date(r) : null,
        source: pick(r, FIRST),
        sharedWith: Array.from({ length: Math.floor(r() * 3) }, () => ({ peerId: peerId(), date: date(r) })),
        createdAt: TS,
        updatedAt: TS,
      },
    });
  }
  return ops;
}

/**
 * The map benchmark's network: n peers and m ties, clustered (80 % of ties inside a cluster
 * of 40), peer types and closeness spread evenly. Seeded, so every run draws the same map.
 */
export function clusteredMapOps(n: number, m: number, seed = 7): unknown[] {
  const r = rng(seed);
  const ops: unknown[] = [];
  for (let i = 0; i < n; i++) {
    ops.push({
      op: 'put',
      collection: 'peers',
      record: { id: `p${i}`, name: `Peer ${i}`, company: `Company ${i % 40}`, peerTypes: [PEER_TYPES[i % 6]], closeness: 1 + (i % 5) },
    });
  }
  const seen = new Set<string>();
  while (seen.size < m) {
    const a = Math.floor(r() * n);
    const b = r() < 0.8 ? (Math.floor(a / 40) * 40 + Math.floor(r() * 40)) % n : Math.floor(r() * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ops.push({ op: 'put', collection: 'ties', record: { id: `t${seen.size}`, a: `p${a}`, b: `p${b}`, strength: 1 + Math.floor(r() * 3) } });
  }
  return ops;
}
