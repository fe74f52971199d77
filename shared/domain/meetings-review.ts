import type { Interaction } from '../schema/document';
import type { Day } from './days';
import { plusDays } from './days';

/**
 * "What passed in these meetings?": after a calendar import, the meetings it brought from the
 * last weeks that say nothing yet of what passed (no exchange), to go through one after
 * another. Only the latest import's, until the person says they are done with it.
 */

/** How far back a calendar import's meetings are offered: older ones are rarely remembered well. */
export const REVIEW_DAYS = 30;

export interface MeetingToReview {
  interactionId: string;
  date: Day;
  /** its title; '' while it is confidential (the screen names it as private) */
  title: string;
  hidden: boolean;
  peerIds: string[];
}

export interface MeetingsReview {
  /** when the import ran (its interactions' createdAt): what "done" is remembered by */
  importedAt: string | null;
  meetings: MeetingToReview[];
}

/** The meetings of the latest calendar import to go through, newest first. */
export function meetingsToReview(
  interactions: readonly Interaction[],
  today: Day,
  reviewedThrough: string | null | undefined,
): MeetingsReview {
  let importedAt: string | null = null;
  for (const i of interactions)
    if (i.importKey?.startsWith('ical:') && (importedAt === null || i.createdAt > importedAt)) importedAt = i.createdAt;
  if (importedAt === null || (reviewedThrough && reviewedThrough >= importedAt)) return { importedAt: null, meetings: [] };
  const since = plusDays(today, -REVIEW_DAYS);
  const meetings = interactions
    .filter(
      (i) =>
        i.createdAt === importedAt && i.importKey?.startsWith('ical:') && i.exchanges.length === 0 && i.date <= today && i.date > since,
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((i) => ({
      interactionId: i.id,
      date: i.date,
      title: i.confidential ? '' : i.summary,
      hidden: i.confidential,
      peerIds: [...i.peerIds],
    }));
  return { importedAt: meetings.length ? importedAt : null, meetings };
}
