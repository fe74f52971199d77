import { describe, expect, test } from 'vitest';
import { dayWords } from '../../../shared/date-words';
import { advise, allSuggestions, remember, todaysPicks } from '../../../shared/domain/advisor';
import type { VaultDocument } from '../../../shared/schema/document';
import { type SUGGESTION_KINDS } from '../../../shared/schema/vocabulary';
import { TODAY, ago, complementary, fading, groupable, introducible, shareable, strained, talkable } from './fixtures';

const ofKind = (doc: VaultDocument, kind: (typeof SUGGESTION_KINDS)[number]) => allSuggestions(doc, TODAY, [kind]);
const texts = (s: { because: { text: string }[] }) => s.because.map((b) => b.text).join('\n');

describe('advisor: each kind on a vault whose answer is known', () => {
  test('peer-identification: exactly one complementary peer, both directions named', () => {
    const s = ofKind(complementary(), 'peer-identification').filter((x) => x.id.startsWith('peer-identification:complement:'));
    expect(s.map((x) => x.peerIds)).toEqual([['ana']]);
    expect(s[0]!.because[0]).toEqual({ text: `You need "Kubernetes"; Ana has "k8s", the same thing.`, refs: ['ana'] });
    expect(s[0]!.because[1]!.text).toBe(`Ana needs "talks"; you have "Public speaking", the same thing.`);
    expect(s[0]!.action).toEqual({ type: 'prepare', peerId: 'ana' });
  });

  test('peer-identification: gaps say where to look', () => {
    const gaps = ofKind(complementary(), 'peer-identification').filter((x) => x.id.startsWith('peer-identification:gap:'));
    const cohort = gaps.find((g) => g.id === 'peer-identification:gap:type-cohort')!;
    expect(cohort.because[1]!.text).toMatch(/^Alumni networks .*\(the guide's "Building Peer Networks"\)\.$/);
  });

  test('group-formation: the five peers rated high, most generous leading, diversity of the map', () => {
    const [g, ...rest] = ofKind(groupable(), 'group-formation');
    expect(rest).toEqual([]);
    expect([...g!.peerIds].sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(g!.action.type).toBe('form-group');
    if (g!.action.type === 'form-group') expect(g!.action.facilitatorOrder[0]).toBe('p5');
    expect(texts(g!)).toMatch(/\d+ of 100 on the map's diversity index/);
    expect(texts(g!)).toMatch(/4\.7 of 5 on average/); // (5+5+4)/3 four times and (5+5+5)/3 once: (4 * 14/3 + 5) / 5 = 4.73
    expect(texts(g!)).toMatch(/Leadership Rotation" suggests: Eve, then /);
    expect(g!.because[0]!.text).toBe('What they share: 2 of them are early in their career.');
  });

  test('conversation: goal first, then the follow-up, confidential text never quoted', () => {
    const s = ofKind(talkable(), 'conversation');
    expect(s.map((x) => x.peerIds)).toEqual([['ana']]);
    expect(s[0]!.because[0]!.text).toBe(
      `Ana's open goal "Get promoted to staff". You could ask: "How is that going, and what would help right now?"`,
    );
    expect(s[0]!.because[0]!.refs).toEqual(['ana', 'g-ana']);
    expect(s[0]!.because[1]).toEqual({
      text: `An open follow-up from your conversation on ${dayWords(ago(20), TODAY)}. You could ask: "Last time we said we would follow up: where did that land?"`,
      refs: ['ana', 'i1'],
    });
    expect(texts(s[0]!)).toMatch(/What you could offer: Ana needs "recruiting"; you have "hiring", the same thing\./);
    expect(JSON.stringify(s)).not.toMatch(/SECRET/);
  });

  test('opportunity: exactly one open opportunity, for exactly its three peers', () => {
    const s = ofKind(shareable(), 'opportunity');
    expect(s.map((x) => [x.id, x.peerIds])).toEqual([['opportunity:o1', ['ana', 'bo', 'cy']]]);
    expect(s[0]!.action).toEqual({ type: 'share', opportunityId: 'o1', peerIds: ['ana', 'bo', 'cy'] });
    expect(s[0]!.because.map((b) => b.text)).toEqual([
      'Ana needs "Kubernetes".',
      'Bo has the goal "Learn Kubernetes".',
      'Cy has "kubernetes", the skill it asks for.',
    ]);
    expect(s[0]!.because[1]!.refs).toEqual(['o1', 'bo', 'g-bo']);
  });

  test('opportunity: the deadline in words, with the days left', () => {
    const doc = shareable();
    doc.opportunities[0] = { ...doc.opportunities[0]!, deadline: ago(-10) };
    const s = ofKind(doc, 'opportunity');
    expect(s[0]!.because.at(-1)!.text).toBe(`The deadline is ${dayWords(ago(-10), TODAY)} (10 days left).`);
  });

  test('conflict: the same goal and a journal entry tagged competition; never quoted, never a label', () => {
    const s = ofKind(strained(), 'conflict');
    expect(s.map((x) => x.peerIds)).toEqual([['ana']]);
    expect(s[0]!.because[0]).toEqual({
      text: 'You and Ana both have the open goal "Become Staff Engineers".',
      refs: ['ana', 'g-me', 'g-ana'],
    });
    expect(s[0]!.because[1]).toEqual({
      text: '1 of your journal entries about Ana in the last year is tagged competition or conflict.',
      refs: ['ana', 'j1'],
    });
    expect(texts(s[0]!)).toMatch(/you decide/);
    expect(s[0]!.title).not.toMatch(/toxic/i);
    expect(JSON.stringify(s)).not.toMatch(/CONFIDENTIAL/);
  });

  test('evolution: a small network is said', () => {
    // three peers: a small network
    expect(ofKind(fading(), 'evolution').map((x) => x.id)).toContain('evolution:network');
  });

  test('introduction: the one untied pair whose need meets a skill, with a reason for each side', () => {
    const s = ofKind(introducible(), 'introduction');
    expect(s.map((x) => x.peerIds)).toEqual([['ana', 'bo']]);
    expect(s[0]!.because[0]!.text).toBe(`Ana needs "fundraising"; Bo has "raising money", the same thing.`);
    expect(s[0]!.because[1]!.text).toBe('Bo gets to help with what they know, and they share an interest ("Climbing" meets "climbing").');
    expect(s[0]!.action).toEqual({ type: 'introduce', peerIds: ['ana', 'bo'] });
  });
});

describe('advisor: memory, order, determinism', () => {
  test('a dismissal holds until the facts change; a snooze until its day', () => {
    const doc = introducible();
    const [s] = ofKind(doc, 'introduction');
    const dismissed = { ...doc, advisor: remember(doc.advisor, s!, { dismiss: TODAY }) };
    expect(advise(dismissed, TODAY, ['introduction'])[0]!.hidden).toEqual({ state: 'dismissed', on: TODAY });
    expect(advise(dismissed, '2026-01-01', ['introduction'])[0]!.hidden).toEqual({ state: 'dismissed', on: TODAY });
    // Bo learns to pitch investors too: the facts behind it change, so it comes back
    const changed = { ...dismissed, peers: dismissed.peers.map((p) => (p.id === 'bo' ? { ...p, skills: [...p.skills, 'investors'] } : p)) };
    const back = advise(changed, TODAY, ['introduction'])[0]!;
    expect(back.id).toBe(s!.id);
    expect(back.hidden).toBeNull();

    const snoozed = { ...doc, advisor: remember(doc.advisor, s!, { snoozeUntil: '2025-07-03' }) };
    expect(advise(snoozed, TODAY, ['introduction'])[0]!.hidden).toEqual({ state: 'snoozed', until: '2025-07-03' });
    expect(advise(snoozed, '2025-07-02', ['introduction'])[0]!.hidden).not.toBeNull();
    expect(advise(snoozed, '2025-07-03', ['introduction'])[0]!.hidden).toBeNull();
    // restoring forgets it
    expect(remember(dismissed.advisor, s!, { restore: true })).toEqual({ dismissed: {}, snoozed: {} });
  });

  test('Today: the best shown ones, at most one per peer', () => {
    const doc = complementary();
    const all = advise(doc, TODAY);
    const picks = todaysPicks(all, 5);
    const peers = picks.flatMap((p) => p.peerIds);
    expect(new Set(peers).size).toBe(peers.length);
    expect(picks.every((p) => p.hidden === null && p.peerIds.length > 0)).toBe(true);
  });

  test('the same vault and day give the same suggestions in the same order, whatever the order of the collections', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const shuffle = <T>(xs: readonly T[]): T[] => {
      const a = [...xs];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [a[i], a[j]] = [a[j]!, a[i]!];
      }
      return a;
    };
    for (const make of [complementary, groupable, talkable, shareable, strained, fading, introducible]) {
      const doc = make();
      const want = JSON.stringify(allSuggestions(doc, TODAY));
      for (let round = 0; round < 5; round++) {
        const mixed = {
          ...doc,
          peers: shuffle(doc.peers),
          interactions: shuffle(doc.interactions),
          goals: shuffle(doc.goals),
          journal: shuffle(doc.journal),
          ties: shuffle(doc.ties),
          opportunities: shuffle(doc.opportunities),
        };
        expect(JSON.stringify(allSuggestions(mixed, TODAY))).toBe(want);
      }
      const scores = allSuggestions(doc, TODAY).map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});
