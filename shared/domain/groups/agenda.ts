import { dayWords } from '../../date-words';
import type { ActionItem } from '../../schema/document';
import type { Day } from '../days';
import { ME, type AgendaTemplate } from '../../schema/vocabulary';

/**
 * Meeting agendas ("Formal Peer Groups": structured meetings and agendas). Four built-in
 * templates in Markdown; the user's own version of one (settings.agendaTemplates) replaces
 * it. `{{action items}}` in a template becomes the open action items of the last meeting.
 */

export const AGENDA_LABEL: Record<AgendaTemplate, string> = {
  'wins-and-challenges': 'Round of wins and challenges',
  'hot-seat': 'Hot seat',
  'accountability-check-in': 'Accountability check-in',
  'learning-topic': 'Learning topic',
};

export const ACTION_ITEMS_TOKEN = '{{action items}}';

export const BUILTIN_AGENDAS: Record<AgendaTemplate, string> = {
  'wins-and-challenges': `## Round of wins and challenges
1. Check-in: one word each on how you arrive (5 min)
2. Wins: each person, one win since we last met; the group celebrates it (2 min each)
3. Challenges: each person, one challenge they face now, not just the successes (3 min each)
4. Pick the challenge the group works on together today (20 min)
5. Commitments: what each of us will do before next time

## From last time
${ACTION_ITEMS_TOKEN}`,
  'hot-seat': `## Hot seat
One member brings a real problem; the others help solve it.
1. The problem, told by the person in the hot seat (5 min)
2. Clarifying questions only, no advice yet (10 min)
3. Advice from experience: "what I did when…" (15 min)
4. The person in the hot seat says what they will try, and by when (5 min)

## From last time
${ACTION_ITEMS_TOKEN}`,
  'accountability-check-in': `## Accountability check-in
Each person, in turn:
1. The goal I shared and what I promised last time
2. What I did, and what got in the way
3. What I commit to before next time, and who checks in with me

## Action items from last time
${ACTION_ITEMS_TOKEN}`,
  'learning-topic': `## Learning topic
Today's topic (pick one): industry trends, compensation benchmarks, company culture, career strategy, skill development, or professional challenges.
1. Two members share what they know or found (10 min each)
2. Discussion: what it means for each of us (20 min)
3. Resources to share: books, courses, tools
4. Mind confidentiality: what is said here stays here

## From last time
${ACTION_ITEMS_TOKEN}`,
};

/** The template's text: the user's own version, or the built-in one. */
export const agendaTemplate = (t: AgendaTemplate, custom: Partial<Record<AgendaTemplate, string>>): string =>
  custom[t] ?? BUILTIN_AGENDAS[t];

/**
 * The agenda for a new meeting: the template, with `{{action items}}` replaced by the open
 * action items of the last meeting ("- Ana: send the deck (due 27 Jun)"), or "None open." The
 * agenda is kept, so a due day is said in words from the meeting's `day`, never relative to today.
 */
export function agendaText(
  t: AgendaTemplate,
  custom: Partial<Record<AgendaTemplate, string>>,
  openItems: readonly ActionItem[],
  nameOf: (id: string) => string,
  day: Day,
): string {
  const items = openItems.length
    ? openItems
        .map((i) => `- ${i.ownerId === ME ? 'Me' : nameOf(i.ownerId)}: ${i.text}${i.due ? ` (due ${dayWords(i.due, day)})` : ''}`)
        .join('\n')
    : 'None open.';
  return agendaTemplate(t, custom).split(ACTION_ITEMS_TOKEN).join(items);
}
