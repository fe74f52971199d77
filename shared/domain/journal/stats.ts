import { addWeeks, parseISO, startOfISOWeek } from 'date-fns';
import type { JournalKind } from '../../schema/vocabulary';
import { dayOf } from '../days';

/** What the journal's list, calendar and charts need of an entry (no text). */
export interface EntryFacts {
  id: string;
  date: string;
  kind: JournalKind;
  peerIds: readonly string[];
  tags: readonly string[];
  mood: number | null;
}

const monday = (date: string) => dayOf(startOfISOWeek(parseISO(date)));

/**
 * Weeks in a row with at least one entry, counted back from this week, or from last week
 * when this one has none yet: a week still under way never breaks a streak (gentle, no guilt).
 * `best` is the longest run ever.
 */
export function reflectionStreak(
  entries: readonly Pick<EntryFacts, 'date'>[],
  today: string,
): { weeks: number; thisWeek: boolean; best: number } {
  const weeks = new Set(entries.filter((e) => e.date <= today).map((e) => monday(e.date)));
  const thisMonday = monday(today);
  const thisWeek = weeks.has(thisMonday);
  let d = parseISO(thisWeek ? thisMonday : dayOf(addWeeks(parseISO(thisMonday), -1)));
  let run = 0;
  while (weeks.has(dayOf(d))) {
    run += 1;
    d = addWeeks(d, -1);
  }
  let best = 0;
  let cur = 0;
  let prev: string | null = null;
  for (const w of [...weeks].sort()) {
    cur = prev !== null && dayOf(addWeeks(parseISO(prev), 1)) === w ? cur + 1 : 1;
    best = Math.max(best, cur);
    prev = w;
  }
  return { weeks: run, thisWeek, best };
}

/** Entries written on today's day and month in earlier years, newest first. */
export function onThisDay<T extends Pick<EntryFacts, 'date'>>(entries: readonly T[], today: string): T[] {
  const md = today.slice(5);
  return entries.filter((e) => e.date.slice(5) === md && e.date < today).sort((a, b) => b.date.localeCompare(a.date));
}

/** The average mood per week (Monday), only weeks with a mood, in order. */
export function moodSeries(entries: readonly Pick<EntryFacts, 'date' | 'mood'>[]): { week: string; mood: number; entries: number }[] {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const e of entries) {
    if (e.mood === null) continue;
    const w = monday(e.date);
    const s = sums.get(w) ?? { sum: 0, n: 0 };
    s.sum += e.mood;
    s.n += 1;
    sums.set(w, s);
  }
  return [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, s]) => ({ week, mood: Math.round((s.sum / s.n) * 10) / 10, entries: s.n }));
}

/** How many entries on each day of a month (`YYYY-MM`). */
export function entriesInMonth(entries: readonly Pick<EntryFacts, 'date'>[], month: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) if (e.date.startsWith(`${month}-`)) out[e.date] = (out[e.date] ?? 0) + 1;
  return out;
}

export interface JournalFilter {
  kinds?: readonly JournalKind[];
  peerId?: string | null;
  tag?: string | null;
  mood?: number | null;
  /** one day (from the calendar) */
  day?: string | null;
  /** ids from a search, in any order (null: no search) */
  ids?: ReadonlySet<string> | null;
}

/** The entries a filter keeps, newest first (same day: the later written first). */
export function filterEntries<T extends EntryFacts & { updatedAt?: string }>(entries: readonly T[], f: JournalFilter): T[] {
  const tag = f.tag?.toLowerCase();
  return entries
    .filter(
      (e) =>
        (!f.kinds?.length || f.kinds.includes(e.kind)) &&
        (!f.peerId || e.peerIds.includes(f.peerId)) &&
        (!tag || e.tags.some((t) => t.toLowerCase() === tag)) &&
        (f.mood == null || e.mood === f.mood) &&
        (!f.day || e.date === f.day) &&
        (!f.ids || f.ids.has(e.id)),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
}

/** Every tag used, each once (first spelling wins), sorted. */
export function journalTags(entries: readonly Pick<EntryFacts, 'tags'>[]): string[] {
  const seen = new Map<string, string>();
  for (const e of entries) for (const t of e.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
