import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { JournalKind } from '../../schema/vocabulary';

/**
 * The guide's "Not Being Vulnerable" ("Share your struggles and challenges, not just your
 * successes"), read from the journal: no vulnerability practice and no conversation prep for
 * a long while. Said kindly, with action step 5. Pure: `today` is passed in. It says nothing
 * to someone who has kept a journal for less than the window (too soon to tell).
 */
export const NOT_VULNERABLE_AFTER_DAYS = 60;

/** The kinds that count as practising openness. */
export const OPEN_KINDS: readonly JournalKind[] = ['vulnerability', 'dialogue-prep'];

export const BE_VULNERABLE_STEP = 'Be Vulnerable: share a current challenge with a trusted peer and ask for their advice or support.';

export interface NotVulnerableFinding {
  pattern: 'not-being-vulnerable';
  /** the last vulnerability or prep entry, or null if there was never one */
  lastOpen: string | null;
  days: number;
  message: string;
  step: string;
}

export function notBeingVulnerable(
  entries: readonly { kind: JournalKind; date: string }[],
  today: string,
  afterDays = NOT_VULNERABLE_AFTER_DAYS,
): NotVulnerableFinding | null {
  const past = entries.filter((e) => e.date <= today);
  if (past.length === 0) return null;
  const first = past.reduce((m, e) => (e.date < m ? e.date : m), past[0]!.date);
  const journalDays = differenceInCalendarDays(parseISO(today), parseISO(first));
  if (journalDays < afterDays) return null;
  const open = past
    .filter((e) => OPEN_KINDS.includes(e.kind))
    .map((e) => e.date)
    .sort();
  const lastOpen = open.at(-1) ?? null;
  const days = lastOpen ? differenceInCalendarDays(parseISO(today), parseISO(lastOpen)) : journalDays;
  if (days < afterDays) return null;
  const since = lastOpen
    ? `It has been ${days} days since you last prepared an honest conversation or wrote about a struggle.`
    : 'Your journal has no conversation prep or vulnerability practice yet.';
  return {
    pattern: 'not-being-vulnerable',
    lastOpen,
    days,
    message: `${since} Sharing only successes keeps relationships polite rather than close; a real challenge, shared with someone you trust, makes room for genuine support.`,
    step: BE_VULNERABLE_STEP,
  };
}
