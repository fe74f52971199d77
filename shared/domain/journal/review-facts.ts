import { addDays, differenceInCalendarDays, getISODay, parseISO, startOfISOWeek } from 'date-fns';
import type { Goal, Interaction, Peer } from '../../schema/document';
import { ME } from '../../schema/vocabulary';
import { dayWords } from '../../date-words';
import { dayOf, type Day } from '../days';
import { countsFor } from '../reciprocity';

/** The facts a weekly review starts from, out of the interaction log (pure; the week is passed in). */
export interface WeekFacts {
  /** Monday of the week, and its Sunday */
  since: string;
  until: string;
  /** peers I gave something to this week, most first */
  helped: { id: string; name: string; weight: number }[];
  /** peers who gave me something this week, most first */
  helpedMe: { id: string; name: string; weight: number }[];
  /** active peers with a check-in cadence whose last contact is older than it at the week's end */
  neglected: { id: string; name: string; daysSince: number | null }[];
  interactions: number;
}

export function weekOf(date: string): { since: string; until: string } {
  const monday = startOfISOWeek(parseISO(date));
  return { since: dayOf(monday), until: dayOf(addDays(monday, 6)) };
}

/** Monday and Tuesday still look back: a review written then is about the week just ended, which has all its days. */
export const LOOKS_BACK_UNTIL_ISO_DAY = 2;

/** The week a review written on `date` covers: the week just ended on Monday or Tuesday, the week under way from Wednesday. */
export function reviewedWeek(date: string): { since: string; until: string } {
  const d = parseISO(date);
  return weekOf(getISODay(d) <= LOOKS_BACK_UNTIL_ISO_DAY ? dayOf(addDays(d, -7)) : date);
}

/**
 * Whom I helped and who helped me in the week a review written on `date` covers (reviewedWeek), and whom I neglected: an active
 * peer with a cadence (days) and no contact within it by the week's end. Names come from `peers`;
 * a peer not listed there (deleted) is left out.
 */
export function weekFacts(interactions: readonly Interaction[], peers: readonly Peer[], date: string): WeekFacts {
  const { since, until } = reviewedWeek(date);
  const byId = new Map(peers.map((p) => [p.id, p]));
  const gave = new Map<string, number>();
  const got = new Map<string, number>();
  const last = new Map<string, string>();
  let count = 0;
  for (const i of interactions) {
    if (i.date > until) continue;
    for (const id of i.peerIds) if ((last.get(id) ?? '') < i.date) last.set(id, i.date);
    if (i.date < since) continue;
    count += 1;
    for (const x of i.exchanges) {
      for (const id of i.peerIds) {
        if (!countsFor(x, i, id)) continue;
        const m = x.direction === 'given' ? gave : got;
        m.set(id, (m.get(id) ?? 0) + x.weight);
      }
    }
  }
  const ranked = (m: Map<string, number>) =>
    [...m]
      .filter(([id]) => byId.has(id))
      .map(([id, weight]) => ({ id, name: byId.get(id)!.name, weight }))
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const neglected = peers
    .filter((p) => p.status === 'active' && p.cadenceDays !== null)
    .map((p) => {
      const l = last.get(p.id) ?? null;
      return {
        id: p.id,
        name: p.name,
        daysSince: l ? differenceInCalendarDays(parseISO(until), parseISO(l)) : null,
        cadence: p.cadenceDays!,
      };
    })
    .filter((p) => p.daysSince === null || p.daysSince > p.cadence)
    .sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.name.localeCompare(b.name))
    .map(({ id, name, daysSince }) => ({ id, name, daysSince }));
  return { since, until, helped: ranked(gave), helpedMe: ranked(got), neglected, interactions: count };
}

const names = (xs: readonly { name: string }[], max = 8) =>
  xs.length === 0
    ? 'nobody logged'
    : xs.length > max
      ? `${xs
          .slice(0, max)
          .map((x) => x.name)
          .join(', ')} and ${xs.length - max} more`
      : xs.map((x) => x.name).join(', ');

/** The week's facts as Markdown, for the weekly review's {{week}}; kept in the entry, so dates in words, never relative. */
export function weekFactsMarkdown(f: WeekFacts): string {
  return [
    `> From your log, ${dayWords(f.since, f.until)} to ${dayWords(f.until, f.until)}: ${f.interactions} interaction${f.interactions === 1 ? '' : 's'}.`,
    `> - I helped: ${names(f.helped)}`,
    `> - Helped me: ${names(f.helpedMe)}`,
    `> - Overdue for a check-in: ${f.neglected.length === 0 ? 'nobody' : names(f.neglected)}`,
  ].join('\n');
}

/**
 * My open goals with their latest progress and milestones, for the goal review's {{goals}}. `day` is
 * the review's: the text is kept in the entry, so its dates are not relative to today.
 */
export function goalsMarkdown(goals: readonly Goal[], peers: readonly Pick<Peer, 'id' | 'name'>[], day: Day): string {
  const mine = goals.filter((g) => g.owner === ME && g.status === 'open');
  if (mine.length === 0)
    return '> You have no open goals yet. Write one down below, and share it with a peer who will keep you accountable.';
  const nameOf = new Map(peers.map((p) => [p.id, p.name]));
  return mine
    .map((g) => {
      const latest = [...g.checkIns].sort((a, b) => b.date.localeCompare(a.date))[0];
      const done = g.milestones.filter((m) => m.done).length;
      const parts = [
        latest ? `${latest.progress}% (checked in on ${dayWords(latest.date, day)})` : 'no check-in yet',
        g.milestones.length ? `${done} of ${g.milestones.length} milestones` : null,
        g.due ? `due ${dayWords(g.due, day)}` : null,
        g.partnerIds.length ? `with ${g.partnerIds.map((id) => nameOf.get(id) ?? 'a peer').join(', ')}` : null,
      ].filter(Boolean);
      return `> - **${g.title}**: ${parts.join(', ')}`;
    })
    .join('\n');
}
