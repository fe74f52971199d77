import type { VaultDocument } from '../../schema/document';
import type { Day } from '../days';
import type { Suggestion } from './types';

export type AdvisorMemory = VaultDocument['advisor'];

/** Why a suggestion is hidden, or null when it shows. */
export type Hidden = { state: 'dismissed'; on: Day } | { state: 'snoozed'; until: Day } | null;

/**
 * A dismissal holds while the facts behind the suggestion are the same; a snooze holds
 * until its day comes (or the facts change first).
 */
export function hiddenBy(s: Pick<Suggestion, 'id' | 'facts'>, memory: AdvisorMemory, today: Day): Hidden {
  const d = Object.hasOwn(memory.dismissed, s.id) ? memory.dismissed[s.id] : undefined;
  if (d && d.facts === s.facts) return { state: 'dismissed', on: d.on };
  const z = Object.hasOwn(memory.snoozed, s.id) ? memory.snoozed[s.id] : undefined;
  if (z && z.facts === s.facts && z.until > today) return { state: 'snoozed', until: z.until };
  return null;
}

/** The memory with one suggestion dismissed, snoozed until a day, or restored. */
export function remember(
  memory: AdvisorMemory,
  s: Pick<Suggestion, 'id' | 'facts'>,
  what: { dismiss: Day } | { snoozeUntil: Day } | { restore: true },
): AdvisorMemory {
  const dismissed = { ...memory.dismissed };
  const snoozed = { ...memory.snoozed };
  delete dismissed[s.id];
  delete snoozed[s.id];
  if ('dismiss' in what) dismissed[s.id] = { facts: s.facts, on: what.dismiss };
  if ('snoozeUntil' in what) snoozed[s.id] = { facts: s.facts, until: what.snoozeUntil };
  return { dismissed, snoozed };
}

/** Entries that no longer hide anything (facts changed, snooze over, suggestion gone) are dropped. */
export function pruneMemory(memory: AdvisorMemory, all: readonly Suggestion[], today: Day): AdvisorMemory {
  const facts = new Map(all.map((s) => [s.id, s.facts]));
  return {
    dismissed: Object.fromEntries(Object.entries(memory.dismissed).filter(([id, d]) => facts.get(id) === d.facts)),
    snoozed: Object.fromEntries(Object.entries(memory.snoozed).filter(([id, z]) => facts.get(id) === z.facts && z.until > today)),
  };
}
