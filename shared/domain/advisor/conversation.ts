import { LEARNING_TOPICS, type LearningTopic, type LifeEventKind } from '../../schema/vocabulary';
import { dayRelative, onDay } from '../../date-words';
import { daysBetween, plusDays } from '../days';
import { SUGGESTION_BY_KIND } from '../life-events';
import { explainMatch, matchPrepared, meetsText } from '../words';
import { firstName, type AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * conversation ("Effective Peer Relationships", "Peer Learning Opportunities"): for a peer,
 * topics ranked from their open goals, recent life events, open follow-ups, shared
 * interests, learning topics not yet discussed, my current challenges (journal tags) and
 * what I could offer; each with a question to open with. Confidential text is never quoted:
 * a confidential follow-up or event is named by its kind and date only.
 */

const WEIGHT = { goal: 5, event: 5, followUp: 4, challenge: 3, offer: 3, interest: 2, learning: 1 } as const;
/** Life events this recent (or this soon) are worth a word. */
const EVENT_DAYS = 30;
/** Journal entries this recent say what I am working through. */
const CHALLENGE_DAYS = 60;
/** A peer gets a conversation suggestion from this much weight of topics. */
const MIN_WEIGHT = 6;

const TOPIC_LABEL: Record<LearningTopic, string> = {
  'industry-trends': 'industry trends',
  'compensation-benchmarks': 'salary and compensation benchmarks',
  'company-culture': 'company culture',
  'career-strategy': 'career strategy',
  'skill-development': 'skill development',
  'professional-challenges': 'professional challenges',
};
const TOPIC_QUESTION: Record<LearningTopic, string> = {
  'industry-trends': 'What are you seeing change in your industry this year?',
  'compensation-benchmarks': 'Would you be open to comparing notes on pay for roles like ours?',
  'company-culture': "What is your company's culture really like day to day?",
  'career-strategy': 'Where do you want to be in two years, and what is the next step?',
  'skill-development': 'What are you learning at the moment, and how?',
  'professional-challenges': 'What is the hardest problem on your desk right now?',
};
const EVENT_WORD: Record<LifeEventKind, string> = {
  'new-job': 'a new job',
  promotion: 'a promotion',
  launch: 'a launch',
  award: 'an award',
  setback: 'a setback',
  move: 'a move',
  'personal-milestone': 'a personal milestone',
  birthday: 'a birthday',
};

interface Topic {
  weight: number;
  text: string;
  question: string;
  refs: string[];
  fact: string;
}

export function conversation(ctx: AdvisorContext): Draft[] {
  const { today } = ctx;
  // my current challenges: tags of my recent journal entries (tags only, never the text)
  const since = plusDays(today, -CHALLENGE_DAYS);
  const challengeTags = new Map<string, string[]>();
  for (const e of ctx.src.journal) {
    if (e.date < since || e.date > today) continue;
    for (const t of e.tags) {
      let ids = challengeTags.get(t);
      if (!ids) challengeTags.set(t, (ids = []));
      ids.push(e.id);
    }
  }
  // sorted once, not at every entry (thousands of entries share a tag)
  for (const ids of challengeTags.values()) ids.sort();
  const tagTerms = ctx.prepare([...challengeTags.keys()].sort());
  const eventsOf = new Map<string, typeof ctx.src.lifeEvents>();
  for (const ev of ctx.src.lifeEvents) {
    let l = eventsOf.get(ev.peerId);
    if (!l) eventsOf.set(ev.peerId, (l = []));
    l.push(ev);
  }
  const topicsDiscussed = new Map<string, Set<string>>();
  for (const n of ctx.src.notes)
    if (n.peerId && n.topic) topicsDiscussed.set(n.peerId, (topicsDiscussed.get(n.peerId) ?? new Set()).add(n.topic));

  const out: Draft[] = [];
  for (const n of ctx.network) {
    if (n.peer.status !== 'active') continue;
    const p = n.peer;
    const who = firstName(p.name);
    const topics: Topic[] = [];
    for (const g of ctx.openGoals.get(p.id) ?? []) {
      topics.push({
        weight: WEIGHT.goal,
        text: `${who}'s open goal "${g.title}"`,
        question: 'How is that going, and what would help right now?',
        refs: [p.id, g.id],
        fact: g.id,
      });
    }
    for (const ev of (eventsOf.get(p.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (ev.date.startsWith('--')) continue; // birthdays without a year: Today reminds of them
      const d = daysBetween(ev.date, today);
      if (d < -14 || d > EVENT_DAYS) continue;
      const what = EVENT_WORD[ev.kind];
      const the = what.replace(/^an? /, 'the ');
      // the same word Today uses for the event: celebrate a win, support through a setback or move
      const celebrate = SUGGESTION_BY_KIND[ev.kind] === 'celebrate';
      topics.push({
        weight: WEIGHT.event,
        text: d >= 0 ? `${who} had ${what} ${onDay(ev.date, today)}` : `${who} has ${what} coming ${onDay(ev.date, today)}`,
        question:
          d >= 0
            ? celebrate
              ? `Congratulations on ${the}! How is it going so far?`
              : 'How are you doing since then, and is there anything I can do?'
            : celebrate
              ? `Good luck with ${the}: how are you feeling about it?`
              : `How are you feeling about ${the}, and can I help?`,
        refs: [p.id, ev.id],
        fact: ev.id,
      });
    }
    for (const i of ctx.interactionsOf.get(p.id) ?? []) {
      for (const f of i.followUps) {
        if (f.done) continue;
        topics.push({
          weight: WEIGHT.followUp,
          text:
            'hidden' in f
              ? `An open follow-up from your conversation ${onDay(i.date, today)}`
              : `An open follow-up from ${dayRelative(i.date, today)}: "${f.text}"`,
          question: 'Last time we said we would follow up: where did that land?',
          refs: [p.id, i.id],
          fact: f.id,
        });
      }
    }
    for (const m of matchPrepared(tagTerms, n.skills).slice(0, 2)) {
      topics.push({
        weight: WEIGHT.challenge,
        text: `Your recent journal entries are tagged "${m.a}", and ${who} has "${m.b}"`,
        question: `I have been working through ${m.a}; how have you handled it?`,
        refs: [p.id, ...(challengeTags.get(m.a) ?? [])],
        fact: `tag:${m.a}>${m.b}`,
      });
    }
    for (const m of matchPrepared(n.needs, ctx.me.skills).slice(0, 2)) {
      topics.push({
        weight: WEIGHT.offer,
        text: `What you could offer: ${meetsText(who, 'you', m).replace(/\.$/, '')}`,
        question: `You mentioned ${m.a}; could I help with that?`,
        refs: [p.id],
        fact: `offer:${m.a}>${m.b}`,
      });
    }
    for (const m of matchPrepared(ctx.me.interests, n.interests).slice(0, 2)) {
      topics.push({
        weight: WEIGHT.interest,
        text: `You share an interest: ${explainMatch(m)}`,
        question: `What have you come across lately on ${m.b}?`,
        refs: [p.id],
        fact: `interest:${m.b}`,
      });
    }
    if (topics.length > 0) {
      const discussed = topicsDiscussed.get(p.id) ?? new Set();
      const fresh = LEARNING_TOPICS.find((t) => !discussed.has(t));
      if (fresh)
        topics.push({
          weight: WEIGHT.learning,
          text: `Something you have not talked about yet: ${TOPIC_LABEL[fresh]}`,
          question: TOPIC_QUESTION[fresh],
          refs: [p.id],
          fact: `learn:${fresh}`,
        });
    }
    const weight = topics.reduce((s, t) => s + t.weight, 0);
    if (weight < MIN_WEIGHT) continue;
    topics.sort((a, b) => b.weight - a.weight || a.fact.localeCompare(b.fact));
    const because: Because[] = topics.slice(0, 6).map((t) => ({ text: `${t.text}. You could ask: "${t.question}"`, refs: t.refs }));
    out.push({
      kind: 'conversation',
      key: p.id,
      title: `Topics for your next talk with ${p.name}`,
      score: 20 + Math.min(40, weight * 2),
      peerIds: [p.id],
      because,
      action: { type: 'prepare', peerId: p.id },
      facts: topics.map((t) => t.fact),
    });
  }
  return out;
}
