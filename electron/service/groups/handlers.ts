import { CompeerError } from '../../../shared/errors';
import { dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { checkInInteraction, meetingInteraction, shareInteraction, withShares } from '../../../shared/domain/groups/logging';
import { generateRotation, reconcileRotation, recordInRotation } from '../../../shared/domain/groups/rotation';
import {
  commitmentsOf,
  fitsFor,
  goalView,
  groupListItems,
  groupsToday,
  groupView,
  opportunityView,
} from '../../../shared/domain/groups/views';
import type { GROUP_CHANNELS } from '../../../shared/ipc/features/groups.channels';
import {
  goalSchema,
  groupSchema,
  interactionSchema,
  opportunitySchema,
  type Goal,
  type Group,
  type Opportunity,
  type VaultDocument,
} from '../../../shared/schema/document';
import { ME } from '../../../shared/schema/vocabulary';
import { foldKey } from '../../../shared/text-fold';
import type { Vault, VaultOp } from '../../core/vault';
import type { AppSession } from '../session';
import { findOr } from '../find';
import type { InverseOps } from '../undo';
import type { Handlers } from '../dispatch';
import type { HandlerDeps } from '../handler-deps';

type Channels = (typeof GROUP_CHANNELS)[number];

const put = (collection: 'groups' | 'goals' | 'opportunities' | 'interactions', record: object): VaultOp => ({
  op: 'put',
  collection,
  record: record as Record<string, unknown>,
});

/**
 * Peer groups and meetings, goals, opportunities and boundaries: wiring only; the
 * rules live in shared/domain/groups/. Each change that also logs an interaction (a meeting
 * for all its attendees, a goal check-in as an accountability exchange, an opportunity
 * shared) is one vault apply, so both are saved or neither is.
 */
export function groupHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, Channels> {
  const vault = (): Vault => session.requireVault();
  const stamp = () => deps.now().toISOString();
  const today = () => dayOf(deps.now());
  const periodDays = () => vault().data.settings.goalCheckInDays;

  const peerIds = (doc: Readonly<VaultDocument>) => new Set(doc.peers.map((p) => p.id));
  /** Every id is a peer (or "me" where allowed); ids in `known` (already saved) that are no longer peers are dropped quietly. */
  function checkPeople(
    doc: Readonly<VaultDocument>,
    ids: readonly string[],
    opts: { me: boolean; known?: readonly string[]; what: string },
  ): string[] {
    const peers = peerIds(doc);
    const out: string[] = [];
    for (const id of ids) {
      if (out.includes(id)) throw new CompeerError('INVALID_INPUT', `Someone is listed twice among the ${opts.what}.`);
      if (id === ME && opts.me) out.push(id);
      else if (peers.has(id)) out.push(id);
      else if (!opts.known?.includes(id))
        throw new CompeerError('INVALID_INPUT', `One of the ${opts.what} is not a peer in your vault any more.`);
    }
    return out;
  }
  /** Keep what puts a deletion back; `what` names it in the window's answer. */
  const remember = (what: string, inverse: InverseOps): string => session.undo.keep('groups', deps.newId(), inverse, { restored: what });
  const view = (g: Group) => groupView(vault().data, g);

  return {
    'groups:list': () => Promise.resolve(groupListItems(vault().data)),
    'groups:get': ({ id }) => Promise.resolve(view(findOr(vault().data.groups, id, 'group'))),
    'groups:save': async (input) => {
      const v = vault();
      const before = input.id ? findOr(v.data.groups, input.id, 'group') : undefined;
      const name = input.name.trim();
      const clash = v.data.groups.find((g) => g.id !== input.id && foldKey(g.name) === foldKey(name));
      if (clash) throw new CompeerError('INVALID_INPUT', `You already have a group called ${clash.name}.`);
      const memberIds = checkPeople(v.data, input.memberIds ?? [], { me: false, known: before?.memberIds, what: 'members' });
      const at = stamp();
      const order = reconcileRotation(before?.facilitatorOrder ?? [], memberIds);
      const g = groupSchema.parse({
        ...before,
        ...input,
        name,
        id: before?.id ?? deps.newId(),
        memberIds,
        facilitatorOrder: order,
        ...(before?.absences ? { absences: before.absences.filter((a) => order.includes(a.personId)) } : {}),
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
      });
      await v.apply([put('groups', g)]);
      return view(g);
    },
    'groups:delete': async ({ id }) => {
      const v = vault();
      const g = findOr(v.data.groups, id, 'group');
      await v.apply([{ op: 'delete', collection: 'groups', id }]);
      return { token: remember(`the group ${g.name}`, [put('groups', g)]) };
    },
    'groups:undo': ({ token }) => session.undo.restore('groups', token, vault()),
    'groups:setRotation': async ({ id, facilitatorOrder, absences }) => {
      const v = vault();
      const g = findOr(v.data.groups, id, 'group');
      const order = checkPeople(v.data, facilitatorOrder, { me: true, what: 'people in the rotation' });
      const stray = order.find((p) => p !== ME && !g.memberIds.includes(p));
      if (stray) throw new CompeerError('INVALID_INPUT', 'Only members of the group (and you) can take turns leading it.');
      const next = g.meetings.length + 1;
      if (absences.some((a) => !order.includes(a.personId)))
        throw new CompeerError('INVALID_INPUT', 'Only people in the rotation can be marked away.');
      if (absences.some((a) => a.meetingNumber < next))
        throw new CompeerError('INVALID_INPUT', 'That meeting has already been recorded; mark people away for coming meetings only.');
      const updated = groupSchema.parse({ ...g, facilitatorOrder: order, absences, updatedAt: stamp() });
      await v.apply([put('groups', updated)]);
      return view(updated);
    },
    'groups:generateRotation': async ({ id, includeMe }) => {
      const v = vault();
      const g = findOr(v.data.groups, id, 'group');
      const people = g.memberIds.filter((m) => peerIds(v.data).has(m)).concat(includeMe ? [ME] : []);
      if (people.length === 0) throw new CompeerError('INVALID_INPUT', 'Add members to the group first: the rotation is made from them.');
      const order = generateRotation(people, g.meetings);
      const updated = groupSchema.parse({
        ...g,
        facilitatorOrder: order,
        absences: (g.absences ?? []).filter((a) => order.includes(a.personId)),
        updatedAt: stamp(),
      });
      await v.apply([put('groups', updated)]);
      return view(updated);
    },
    'groups:saveMeeting': async ({ groupId, meeting: input, logInteraction }) => {
      const v = vault();
      const g = findOr(v.data.groups, groupId, 'group');
      const before = input.id ? findOr(g.meetings, input.id, 'meeting') : undefined;
      const attendeeIds = checkPeople(v.data, input.attendeeIds, { me: true, known: before?.attendeeIds, what: 'attendees' });
      if (input.facilitatorId !== null)
        checkPeople(v.data, [input.facilitatorId], {
          me: true,
          known: before?.facilitatorId ? [before.facilitatorId] : [],
          what: 'facilitators',
        });
      const owners = [...new Set((input.actionItems ?? []).map((a) => a.ownerId))];
      checkPeople(v.data, owners, { me: true, known: before?.actionItems.map((a) => a.ownerId), what: 'owners of action items' });
      // text left out is the saved text the screen never revealed
      const meeting = {
        ...input,
        id: before?.id ?? deps.newId(),
        attendeeIds,
        agenda: input.agenda ?? before?.agenda ?? '',
        notes: input.notes ?? before?.notes ?? '',
        actionItems: input.actionItems?.map((a) => ({ ...a, id: a.id ?? deps.newId() })) ?? before?.actionItems ?? [],
        interactionId: before?.interactionId ?? null,
      };
      const at = stamp();
      const ops: VaultOp[] = [];
      let interactionId: string | null = null;
      if (logInteraction) {
        const linked = meeting.interactionId ? v.data.interactions.find((i) => i.id === meeting.interactionId) : undefined;
        const i = interactionSchema.parse(meetingInteraction(g.name, meeting, linked, deps.newId(), at));
        meeting.interactionId = i.id;
        interactionId = i.id;
        ops.push(put('interactions', i));
      }
      const others = g.meetings.filter((m) => m.id !== meeting.id);
      const line = before
        ? { facilitatorOrder: g.facilitatorOrder, absences: g.absences }
        : recordInRotation(g.facilitatorOrder, g.absences, others, meeting);
      const updated = groupSchema.parse({
        ...g,
        meetings: [...others, meeting],
        facilitatorOrder: line.facilitatorOrder,
        ...(line.absences ? { absences: line.absences } : {}),
        updatedAt: at,
      });
      ops.unshift(put('groups', updated));
      await v.apply(ops);
      return { view: view(updated), meetingId: meeting.id, interactionId };
    },
    'groups:deleteMeeting': async ({ groupId, meetingId }) => {
      const v = vault();
      const g = findOr(v.data.groups, groupId, 'group');
      const m = findOr(g.meetings, meetingId, 'meeting');
      await v.apply([put('groups', { ...g, meetings: g.meetings.filter((x) => x.id !== meetingId), updatedAt: stamp() })]);
      return {
        token: remember(`the meeting of ${dayWords(m.date, today())}`, (doc) => {
          const now = doc.groups.find((x) => x.id === groupId);
          return now ? [put('groups', { ...now, meetings: [...now.meetings.filter((x) => x.id !== m.id), m] })] : [];
        }),
      };
    },
    'groups:revealNotes': ({ groupId, meetingId }) => {
      const { notes, agenda, actionItems } = findOr(findOr(vault().data.groups, groupId, 'group').meetings, meetingId, 'meeting');
      return Promise.resolve({ notes, agenda, actionItems });
    },
    'groups:setActionItem': async ({ groupId, meetingId, itemId, done }) => {
      const v = vault();
      const g = findOr(v.data.groups, groupId, 'group');
      const m = findOr(g.meetings, meetingId, 'meeting');
      findOr(m.actionItems, itemId, 'action item');
      const meetings = g.meetings.map((x) =>
        x.id !== meetingId ? x : { ...x, actionItems: x.actionItems.map((a) => (a.id === itemId ? { ...a, done } : a)) },
      );
      await v.apply([put('groups', { ...g, meetings, updatedAt: stamp() })]);
      return { done };
    },
    'groups:today': () => Promise.resolve(groupsToday(vault().data, today())),
    'groups:forPeer': ({ peerId }) => Promise.resolve(commitmentsOf(vault().data, peerId, today())),

    'goals:list': () => {
      const d = vault().data;
      return Promise.resolve(d.goals.map((g) => goalView(g, today(), d.settings.goalCheckInDays)));
    },
    'goals:save': async (input) => {
      const v = vault();
      const before = input.id ? findOr(v.data.goals, input.id, 'goal') : undefined;
      const owner = input.owner ?? ME;
      if (owner !== ME) checkPeople(v.data, [owner], { me: false, known: before ? [before.owner] : [], what: 'goal owners' });
      const partnerIds = checkPeople(v.data, input.partnerIds ?? [], { me: false, known: before?.partnerIds, what: 'partners' });
      if (partnerIds.includes(owner))
        throw new CompeerError('INVALID_INPUT', 'A peer cannot be an accountability partner on their own goal.');
      const at = stamp();
      const goal: Goal = goalSchema.parse({
        ...input,
        owner,
        partnerIds,
        id: before?.id ?? deps.newId(),
        why: input.why ?? before?.why ?? '',
        milestones: (input.milestones ?? []).map((m) => ({ ...m, id: m.id ?? deps.newId() })),
        checkIns: before?.checkIns ?? [],
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
      });
      await v.apply([put('goals', goal)]);
      return goalView(goal, today(), periodDays());
    },
    'goals:reveal': ({ id }) => {
      const { why, checkIns } = findOr(vault().data.goals, id, 'goal');
      return Promise.resolve({ id, why, checkIns });
    },
    'goals:delete': async ({ id }) => {
      const v = vault();
      const g = findOr(v.data.goals, id, 'goal');
      await v.apply([{ op: 'delete', collection: 'goals', id }]);
      return { token: remember(`the goal ${g.title}`, [put('goals', g)]) };
    },
    'goals:checkIn': async ({ goalId, date, progress, note, withPeerId, log }) => {
      const v = vault();
      const g = findOr(v.data.goals, goalId, 'goal');
      if (withPeerId !== null) checkPeople(v.data, [withPeerId], { me: false, what: 'people you checked in with' });
      if (log && withPeerId === null)
        throw new CompeerError('INVALID_INPUT', 'Say whom you checked in with to log it as an accountability exchange.');
      const at = stamp();
      const ops: VaultOp[] = [];
      let interactionId: string | null = null;
      if (log && withPeerId !== null) {
        const i = interactionSchema.parse(checkInInteraction(g, { date, progress, withPeerId, ...log }, deps.newId(), at));
        interactionId = i.id;
        ops.push(put('interactions', i));
      }
      const goal = goalSchema.parse({
        ...g,
        checkIns: [...g.checkIns, { id: deps.newId(), date, progress, note, withPeerId, interactionId }],
        updatedAt: at,
      });
      ops.unshift(put('goals', goal));
      await v.apply(ops);
      return { goal: goalView(goal, today(), periodDays()), interactionId };
    },
    'goals:deleteCheckIn': async ({ goalId, checkInId }) => {
      const v = vault();
      const g = findOr(v.data.goals, goalId, 'goal');
      findOr(g.checkIns, checkInId, 'check-in');
      const goal = { ...g, checkIns: g.checkIns.filter((c) => c.id !== checkInId), updatedAt: stamp() };
      await v.apply([put('goals', goal)]);
      return goalView(goal, today(), periodDays());
    },
    'goals:setMilestone': async ({ goalId, milestoneId, done }) => {
      const v = vault();
      const g = findOr(v.data.goals, goalId, 'goal');
      findOr(g.milestones, milestoneId, 'milestone');
      const goal = { ...g, milestones: g.milestones.map((m) => (m.id === milestoneId ? { ...m, done } : m)), updatedAt: stamp() };
      await v.apply([put('goals', goal)]);
      return goalView(goal, today(), periodDays());
    },

    'opportunities:list': () => Promise.resolve(vault().data.opportunities.map((o) => opportunityView(o, today()))),
    'opportunities:save': async (input) => {
      const v = vault();
      const before = input.id ? findOr(v.data.opportunities, input.id, 'opportunity') : undefined;
      const at = stamp();
      const o: Opportunity = opportunitySchema.parse({
        ...input,
        id: before?.id ?? deps.newId(),
        sharedWith: before?.sharedWith ?? [],
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
      });
      await v.apply([put('opportunities', o)]);
      return opportunityView(o, today());
    },
    'opportunities:delete': async ({ id }) => {
      const v = vault();
      const o = findOr(v.data.opportunities, id, 'opportunity');
      await v.apply([{ op: 'delete', collection: 'opportunities', id }]);
      return { token: remember(`the opportunity ${o.title}`, [put('opportunities', o)]) };
    },
    'opportunities:whoWouldItHelp': ({ id }) => {
      const d = vault().data;
      return Promise.resolve(fitsFor(d, findOr(d.opportunities, id, 'opportunity')));
    },
    'opportunities:share': async ({ id, peerIds: ids, date, log }) => {
      const v = vault();
      const o = findOr(v.data.opportunities, id, 'opportunity');
      const to = checkPeople(v.data, ids, { me: false, what: 'peers to share with' });
      const at = stamp();
      const ops: VaultOp[] = [];
      const interactionIds: string[] = [];
      if (log) {
        for (const peerId of to) {
          const i = interactionSchema.parse(shareInteraction(o, peerId, date, deps.newId(), at));
          interactionIds.push(i.id);
          ops.push(put('interactions', i));
        }
      }
      const updated = opportunitySchema.parse({ ...o, ...withShares(o, to, date), updatedAt: at });
      ops.unshift(put('opportunities', updated));
      await v.apply(ops);
      return { opportunity: opportunityView(updated, today()), interactionIds };
    },
  };
}
