import type { JournalKind } from '../../schema/vocabulary';
import { daysBetween, type Day } from '../days';

/** A conversation is prepared in the days before it: a prep older than this is not this talk's. */
export const PREP_FOR_DEBRIEF_DAYS = 14;

type Facts = { id: string; kind: JournalKind; date: Day; peerIds: readonly string[]; createdAt: string };

/**
 * The prep a debrief with `peerId` follows (pure; `today` passed in): the latest conversation
 * prep about them, dated at most `PREP_FOR_DEBRIEF_DAYS` before today, that no debrief about
 * them has followed yet. Null when there is none.
 */
export function prepForDebrief<E extends Facts>(entries: readonly E[], peerId: string, today: Day): E | null {
  let prep: E | null = null;
  let lastDebrief = '';
  for (const e of entries) {
    if (!e.peerIds.includes(peerId)) continue;
    if (e.kind === 'debrief' && e.createdAt > lastDebrief) lastDebrief = e.createdAt;
    if (e.kind !== 'dialogue-prep' || daysBetween(e.date, today) > PREP_FOR_DEBRIEF_DAYS) continue;
    if (!prep || e.createdAt > prep.createdAt) prep = e;
  }
  return prep && prep.createdAt > lastDebrief ? prep : null;
}
