import { CompeerError } from '../../errors';
import type { Goal, Interaction, Meeting, Opportunity } from '../../schema/document';
import { ME, type InteractionChannel } from '../../schema/vocabulary';
import type { Day } from '../days';

/**
 * The interactions that groups, goals and opportunities write to the log, as plain records
 * for the vault's schema (the caller gives ids and the time, and validates them):
 * - a meeting: one interaction with all its attendees (channel group-meeting);
 * - a goal check-in with a partner: an accountability exchange, received when they hold me
 *   to my goal, given when I hold them to theirs;
 * - an opportunity shared: an opportunity given to that peer ("Share Opportunities").
 */

type Draft = Omit<Interaction, 'followUps' | 'confidential'> & Partial<Pick<Interaction, 'followUps' | 'confidential'>>;

/** For a meeting; `before`: the interaction logged with it earlier, updated to match (its summary and exchanges kept). */
export function meetingInteraction(
  groupName: string,
  m: Pick<Meeting, 'date' | 'attendeeIds' | 'facilitatorId'> & { durationMinutes?: number | null },
  before: Interaction | undefined,
  id: string,
  at: string,
): Draft {
  const peerIds = m.attendeeIds.filter((a) => a !== ME);
  if (peerIds.length === 0)
    throw new CompeerError('INVALID_INPUT', 'Tick at least one peer who attended to log the meeting as an interaction.');
  if (before) {
    return {
      ...before,
      date: m.date,
      peerIds,
      durationMinutes: m.durationMinutes ?? before.durationMinutes,
      // an exchange with someone no longer listed cannot stay
      exchanges: before.exchanges.filter((x) => x.peerId === undefined || peerIds.includes(x.peerId)),
      updatedAt: at,
    };
  }
  return {
    id,
    date: m.date,
    peerIds,
    channel: 'group-meeting',
    initiatedBy: m.facilitatorId === ME ? 'me' : 'them',
    purpose: 'catch-up',
    summary: `Group meeting: ${groupName}`,
    exchanges: [],
    durationMinutes: m.durationMinutes ?? null,
    createdAt: at,
    updatedAt: at,
  };
}

export function checkInInteraction(
  g: Pick<Goal, 'title' | 'owner'>,
  c: { date: Day; progress: number; withPeerId: string; channel: InteractionChannel; durationMinutes: number | null },
  id: string,
  at: string,
): Draft {
  return {
    id,
    date: c.date,
    peerIds: [c.withPeerId],
    channel: c.channel,
    initiatedBy: 'me',
    purpose: 'check-in',
    summary: `Goal check-in: ${g.title} (${c.progress}%)`,
    exchanges: [{ direction: g.owner === ME ? 'received' : 'given', kind: 'accountability', weight: 1, note: g.title }],
    durationMinutes: c.durationMinutes,
    createdAt: at,
    updatedAt: at,
  };
}

export function shareInteraction(o: Pick<Opportunity, 'title'>, peerId: string, date: Day, id: string, at: string): Draft {
  return {
    id,
    date,
    peerIds: [peerId],
    channel: 'message',
    initiatedBy: 'me',
    purpose: 'offer',
    summary: `Shared an opportunity: ${o.title}`,
    exchanges: [{ direction: 'given', kind: 'opportunity', weight: 1, note: o.title }],
    durationMinutes: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** Who an opportunity has been shared with, adding `peerIds` on `date` (the same peer the same day once). */
export function withShares(
  o: Pick<Opportunity, 'sharedWith' | 'status'>,
  peerIds: readonly string[],
  date: Day,
): Pick<Opportunity, 'sharedWith' | 'status'> {
  const add = peerIds.filter((p) => !o.sharedWith.some((s) => s.peerId === p && s.date === date)).map((peerId) => ({ peerId, date }));
  return { sharedWith: [...o.sharedWith, ...add], status: o.status === 'open' ? 'shared' : o.status };
}
