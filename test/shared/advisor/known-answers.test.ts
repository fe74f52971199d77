import { describe, expect, test } from 'vitest';
import { dayWords } from '../../../shared/date-words';
import { allSuggestions } from '../../../shared/domain/advisor';
import { whoWouldThisHelp } from '../../../shared/domain/groups/opportunities';
import type { VaultDocument } from '../../../shared/schema/document';
import type { SUGGESTION_KINDS } from '../../../shared/schema/vocabulary';
import {
  TODAY,
  ago,
  complementary,
  fading,
  groupable,
  introducible,
  newJob,
  oneSkill,
  revivable,
  rhythm,
  shareable,
  strained,
  talkable,
  vault,
  wordsOnly,
} from './fixtures';

/** Suggestions a person would act on: each vault has one right answer, known by construction. */

const ofKind = (doc: VaultDocument, kind: (typeof SUGGESTION_KINDS)[number]) => allSuggestions(doc, TODAY, [kind]);
const texts = (s: { because: { text: string }[] }) => s.because.map((b) => b.text).join('\n');
const withId = (doc: VaultDocument, prefix: string) => allSuggestions(doc, TODAY).filter((s) => s.id.startsWith(prefix));

describe('matching by meaning', () => {
  test('a peer whose skills cover what an opportunity asks for always fits it; every peer who fits is named, best first', () => {
    const s = ofKind(oneSkill(), 'opportunity');
    expect(s.map((x) => x.peerIds)).toEqual([['dan', 'ana']]);
    // one short reason per person, in plain words
    expect(s[0]!.because.map((b) => b.text)).toEqual([
      'Dan has "Terraform", the skill it asks for, and is interested in "platform contracts".',
      'Ana has "terraform", the skill it asks for.',
    ]);
  });

  test('words that carry no meaning in a profile ("staff", "role", "open", "senior", "slot") make no fit; a career stage alone is no fit', () => {
    expect(ofKind(wordsOnly(), 'opportunity')).toEqual([]);
    const doc = wordsOnly();
    expect(whoWouldThisHelp(doc.opportunities[0]!, doc.peers, doc.goals)).toEqual([]);
  });

  test('the career stage is a bonus on top of a real fit', () => {
    const doc = vault({
      peers: [
        { id: 'ana', name: 'Ana', needs: ['kubernetes'], careerStage: 'senior' },
        { id: 'bo', name: 'Bo', needs: ['k8s'] },
      ],
      opportunities: [{ id: 'o1', title: 'Senior platform engineer', kind: 'job', skills: ['Kubernetes'] }],
    });
    const fits = whoWouldThisHelp(doc.opportunities[0]!, doc.peers, doc.goals);
    expect(fits.map((f) => [f.peerId, f.score])).toEqual([
      ['ana', 4.5],
      ['bo', 3],
    ]);
    expect(fits[0]!.reasons.map((r) => r.text)).toEqual(['Needs "kubernetes"', 'Is senior, as it asks']);
  });
});

describe('help that runs one way', () => {
  test('a peer who can meet my need, and a peer whose need I can meet, each its own suggestion', () => {
    const mine = withId(complementary(), 'peer-identification:helps-you:');
    expect(mine.map((x) => x.peerIds)).toEqual([['bo']]);
    expect(mine[0]!.title).toBe('Bo Chen could help you with Kubernetes');
    expect(mine[0]!.action).toEqual({ type: 'prepare', peerId: 'bo' });
    const theirs = withId(complementary(), 'peer-identification:you-help:');
    expect(theirs.map((x) => x.peerIds)).toEqual([['cy']]);
    // their need in the synonym table's words
    expect(theirs[0]!.title).toBe('You could help Cy Park with public speaking');
    expect(texts(theirs[0]!)).toMatch(/the guide's "Offer Expertise"/);
    // Ana, whose help runs both ways, stays a single suggestion
    expect(
      withId(complementary(), 'peer-identification:')
        .filter((x) => x.peerIds.includes('ana'))
        .map((x) => x.id),
    ).toEqual(['peer-identification:complement:ana']);
  });
});

describe('fading against the peer’s own rhythm', () => {
  test.each([-4, -2, 0, 2, 4])('the one monthly friend gone quiet is noticed, the window edges moved by %i days', (shift) => {
    const s = ofKind(rhythm(shift), 'evolution').filter((x) => x.id.startsWith('evolution:falling:'));
    expect(s.map((x) => x.peerIds)).toEqual([['ana']]);
    expect(s[0]!.because[0]!.text).toBe(
      'You were in touch with Ana about once a month in the year before (12 times); in the last six months, 2 times.',
    );
  });

  test('the old falling windows alone are no longer enough: too little history to know a rhythm', () => {
    expect(ofKind(fading(), 'evolution').filter((x) => x.id.startsWith('evolution:falling:'))).toEqual([]);
  });
});

describe('no contradictions with other screens', () => {
  test('no revival within the peer’s cadence', () => {
    const s = withId(revivable(), 'peer-identification:revive:');
    expect(s.map((x) => x.peerIds)).toEqual([['noa']]);
    // the day in words (the runtime's locale), never the ISO form
    expect(s[0]!.because[0]!.text).toBe(
      `You were last in touch with Noa on ${dayWords(ago(200), TODAY)}, 200 days ago; you marked them dormant.`,
    );
  });

  test('a new job inside the celebration window is a celebration, not a divergence', () => {
    const s = ofKind(newJob(), 'evolution').filter((x) => x.id.startsWith('evolution:diverging:'));
    expect(s.map((x) => x.peerIds)).toEqual([['dmitri']]);
    expect(s[0]!.because[0]!.text).toContain(`Since Dmitri's promotion on ${dayWords(ago(60), TODAY)}, your careers differ in`);
    // within a week the day is said relative to today
    const talk = ofKind(newJob(), 'conversation').flatMap((x) => x.because.map((b) => b.text));
    expect(talk).toContain(`Kemi had a new job 5 days ago. You could ask: "Congratulations on the new job! How is it going so far?"`);
    expect(JSON.stringify(allSuggestions(newJob(), TODAY))).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(JSON.stringify(allSuggestions(newJob(), TODAY))).not.toMatch(/Kemi[^"]*another path/);
  });

  test('a suggested group names what the members share and leaves out people already in a formal group', () => {
    const base = groupable();
    const needs: Record<string, string[]> = { p1: ['fundraising'], p2: ['raising money'], p3: ['fundraising'], p9: ['investors'] };
    const doc = vault({
      ...base,
      peers: [
        ...base.peers.map((p) => ({ ...p, needs: needs[p.id] ?? p.needs })),
        {
          id: 'p9',
          name: 'Ivy',
          industry: 'media',
          function: 'marketing',
          country: 'FR',
          careerStage: 'early',
          qualities: { sharedValues: 5, growthMindset: 5, generousSpirit: 5 },
          needs: ['investors'],
        },
      ],
      groups: [{ id: 'g1', name: 'Board', kind: 'formal-advisory', memberIds: ['p5', 'p8'] }],
    });
    const [g, ...rest] = ofKind(doc, 'group-formation');
    expect(rest).toEqual([]);
    expect(g!.peerIds).not.toContain('p5');
    expect([...g!.peerIds].sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p9']);
    expect(texts(g!)).toMatch(/4 of them need fundraising/);
    expect(texts(g!)).toMatch(/the guide's "Size Considerations"/);
  });
});

describe('every text a sentence a person would say', () => {
  const GUIDE = [
    'Size Considerations',
    'Complementary Skills',
    'Leadership Rotation',
    'Diversity Benefits',
    'Evolve with Changing Careers',
    'Building Peer Networks',
    'Balance Competition and Collaboration',
    'Avoid Toxic Dynamics',
    'Expanded Networks',
    'Offer Expertise',
  ];
  test('the guide is cited by its title in quotes, never as a name that says things', () => {
    for (const make of [complementary, groupable, talkable, shareable, strained, fading, introducible, rhythm, newJob, revivable]) {
      for (const s of allSuggestions(make(), TODAY)) {
        for (const b of s.because) {
          for (const t of GUIDE) {
            const at = b.text.indexOf(t);
            if (at >= 0) expect(b.text.slice(Math.max(0, at - 13), at), b.text).toBe(`the guide's "`);
          }
        }
      }
    }
  });
});

describe('determinism', () => {
  test('shuffled input gives identical output', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const shuffle = <T>(xs: readonly T[]): T[] => {
      const a = [...xs];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [a[i], a[j]] = [a[j]!, a[i]!];
      }
      return a;
    };
    for (const make of [oneSkill, wordsOnly, () => rhythm(3), revivable, newJob]) {
      const doc = make();
      const want = JSON.stringify(allSuggestions(doc, TODAY));
      for (let round = 0; round < 5; round++) {
        const mixed = {
          ...doc,
          peers: shuffle(doc.peers),
          interactions: shuffle(doc.interactions),
          lifeEvents: shuffle(doc.lifeEvents),
          opportunities: shuffle(doc.opportunities),
        };
        expect(JSON.stringify(allSuggestions(mixed, TODAY))).toBe(want);
      }
    }
  });
});
