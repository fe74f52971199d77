import { maskRecord } from '../confidential';
import type { Peer } from '../schema/document';
import { checkIns, type CheckIn, type CheckInSources } from './cadence';
import type { Day } from './days';

/**
 * A peer as lists and the map see it: what they show, sort and filter by. Contact details,
 * notes and the rest come only with the peer's page (peers:get), so the window holds less.
 */
export const SUMMARY_FIELDS = [
  'id',
  'name',
  'company',
  'role',
  'industry',
  'function',
  'city',
  'country',
  'careerStage',
  'peerTypes',
  'tags',
  'skills',
  'status',
  'source',
  'closeness',
  'cadenceDays',
  'updatedAt',
] as const satisfies readonly (keyof Peer)[];

export type PeerSummary = Pick<Peer, (typeof SUMMARY_FIELDS)[number]> & {
  hasNotes: boolean;
  /** the last interaction on or before today */
  lastContact: Day | null;
  /** when the next check-in falls (a snooze moves it later); null without a cadence, or for archived peers */
  nextCheckIn: Day | null;
};

/** The next check-in as the list shows it: the cadence's day, or the snooze's when later. */
export const nextCheckInOf = (c: CheckIn | undefined): Day | null => {
  if (!c?.tracked || c.nextDue === null) return null;
  return c.snoozedUntil !== null && c.snoozedUntil > c.nextDue ? c.snoozedUntil : c.nextDue;
};

export function summarize(p: Peer, c?: CheckIn): PeerSummary {
  const out = { hasNotes: p.notes.trim() !== '', lastContact: c?.lastContact ?? null, nextCheckIn: nextCheckInOf(c) } as Record<
    string,
    unknown
  >;
  // from the peer as the screen may see it, should a confidential field ever join the list
  const shown = maskRecord('peers', p);
  for (const f of SUMMARY_FIELDS) out[f] = shown[f];
  return out as PeerSummary;
}

/** A peer as their page sees it: confidential notes emptied (`notesHidden`) until peers:revealNotes. */
export function peerDetail(p: Peer): Peer & { notesHidden: boolean } {
  const { hidden, ...shown } = maskRecord('peers', p);
  return { ...shown, notesHidden: hidden };
}

/** Every peer's summary, with last contact and next check-in from one pass over the log. */
export function summarizeAll(src: Omit<CheckInSources, 'peers'> & { peers: readonly Peer[] }, today: Day): PeerSummary[] {
  const all = checkIns(src, today);
  return src.peers.map((p) => summarize(p, all.get(p.id)));
}
