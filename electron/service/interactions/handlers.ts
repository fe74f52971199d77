import { cadenceFor, cadenceSourceText, checkInFor, groupsByPeer, lastContacts } from '../../../shared/domain/cadence';
import { dayOf, type Day } from '../../../shared/domain/days';
import { byDate } from '../../../shared/domain/interaction-index';
import { viewOf } from '../../../shared/domain/interaction-view';
import { lifeEventsNear, lifeEventView } from '../../../shared/domain/life-events';
import { notBeingVulnerable } from '../../../shared/domain/journal/not-vulnerable';
import { peerPatterns } from '../../../shared/domain/patterns';
import {
  activityByDay,
  balanceSeries,
  balanceWord,
  kindTotals,
  reciprocityReport,
  windowEnding,
  type WindowChoice,
} from '../../../shared/domain/reciprocity';
import { todayData } from '../../../shared/domain/today';
import { CompeerError } from '../../../shared/errors';
import type { INTERACTION_CHANNELS } from '../../../shared/ipc/features/interactions.channels';
import {
  interactionSchema,
  lifeEventSchema,
  type Interaction,
  type LifeEvent,
  type Peer,
  type VaultDocument,
} from '../../../shared/schema/document';
import type { Vault } from '../../core/vault';
import type { AppSession } from '../session';
import type { Handlers } from '../dispatch';
import type { HandlerDeps } from '../handler-deps';

type Channels = (typeof INTERACTION_CHANNELS)[number];

const notFound = (what: string) => new CompeerError('NOT_FOUND', `That ${what} is no longer in your vault.`);

function findPeer(doc: Readonly<VaultDocument>, id: string): Peer {
  const p = doc.peers.find((x) => x.id === id);
  if (!p) throw notFound('peer');
  return p;
}

/** Check a record against the vault's schema, with the first problem in plain words. */
function parseRecord<T>(
  schema: {
    safeParse: (
      v: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new CompeerError('INVALID_INPUT', `${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid'}`);
}

/** A day from `choice` months back to today; "all" starts at the first interaction given. */
function windowOf(today: Day, choice: WindowChoice, interactions: readonly Interaction[]) {
  let earliest: Day | null = null;
  if (choice === 'all') for (const i of interactions) if (earliest === null || i.date < earliest) earliest = i.date;
  return windowEnding(today, choice, earliest);
}

/** The interaction log, life events, reciprocity, keeping in touch and Today: wiring only; the rules live in shared/domain/. */
export function interactionHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, Channels> {
  const vault = (): Vault => session.requireVault();
  const today = (): Day => dayOf(deps.now());
  const stamp = () => deps.now().toISOString();
  const findInteraction = (id: string) => {
    const i = vault().data.interactions.find((x) => x.id === id);
    if (!i) throw notFound('interaction');
    return i;
  };
  const peerInteractions = (peerId: string) => vault().data.interactions.filter((i) => i.peerIds.includes(peerId));
  // kept in main's memory until the vault locks, like the peers' undo
  const keepForUndo = (kind: string, records: unknown) => {
    const token = deps.newId();
    session.scratch.set(`undo-${kind}:${token}`, records);
    return token;
  };

  return {
    'interactions:list': ({ peerId }) => {
      findPeer(vault().data, peerId);
      return Promise.resolve(
        peerInteractions(peerId)
          .sort((a, b) => byDate(b, a))
          .map(viewOf),
      );
    },
    'interactions:get': ({ id }) => Promise.resolve(findInteraction(id)),
    'interactions:save': async (input) => {
      const v = vault();
      const before = input.id ? v.data.interactions.find((i) => i.id === input.id) : undefined;
      if (input.id && !before) throw notFound('interaction');
      for (const id of input.peerIds) findPeer(v.data, id);
      const now = stamp();
      const record = parseRecord<Interaction>(interactionSchema, {
        ...input,
        id: before?.id ?? deps.newId(),
        summary: input.summary ?? before?.summary ?? '',
        followUps: input.followUps.map((f) => ({ ...f, id: f.id ?? deps.newId() })),
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
      });
      // a new interaction is the check-in: a snooze on it is over
      const unsnooze = before ? [] : v.data.peers.filter((p) => record.peerIds.includes(p.id) && p.snoozedUntil !== null);
      await v.apply([
        { op: 'put', collection: 'interactions', record },
        ...unsnooze.map((p) => ({ op: 'put' as const, collection: 'peers' as const, record: { ...p, snoozedUntil: null } })),
      ]);
      return viewOf(record);
    },
    'interactions:delete': async ({ id }) => {
      const i = findInteraction(id);
      await vault().apply([{ op: 'delete', collection: 'interactions', id }]);
      return { token: keepForUndo('interaction', [i]) };
    },
    'interactions:undoDelete': async ({ token }) => {
      const saved = session.scratch.get(`undo-interaction:${token}`) as Interaction[] | undefined;
      if (!saved) throw new CompeerError('NOT_FOUND', 'There is nothing to undo any more (undo lasts until the vault locks).');
      await vault().apply(saved.map((record) => ({ op: 'put', collection: 'interactions', record })));
      session.scratch.delete(`undo-interaction:${token}`);
      return { restored: saved.length };
    },
    'interactions:setFollowUp': async ({ interactionId, followUpId, done }) => {
      const i = findInteraction(interactionId);
      if (!i.followUps.some((f) => f.id === followUpId)) throw notFound('follow-up');
      const record = { ...i, followUps: i.followUps.map((f) => (f.id === followUpId ? { ...f, done } : f)), updatedAt: stamp() };
      await vault().apply([{ op: 'put', collection: 'interactions', record }]);
      return { done };
    },
    'interactions:peerOverview': ({ peerId }) => {
      const d = vault().data;
      const peer = findPeer(d, peerId);
      const day = today();
      const mine = peerInteractions(peerId).sort(byDate);
      const cadence = cadenceFor(peer, d.settings.cadence, groupsByPeer(d.groups).get(peerId));
      const checkIn = checkInFor(peer, cadence, lastContacts(mine, day).get(peerId) ?? null, day);
      const groupName = (id: string) => d.groups.find((g) => g.id === id)?.name ?? 'a group';
      return Promise.resolve({
        today: day,
        checkIn,
        cadenceText: cadence ? cadenceSourceText(cadence.source, groupName) : null,
        patterns: peerPatterns({ peer, interactions: mine, checkIn, today: day, openness: notBeingVulnerable(d.journal, day) }),
        lifeEvents: lifeEventsNear(
          d.lifeEvents.filter((e) => e.peerId === peerId),
          () => mine,
          day,
        ),
      });
    },
    'lifeEvents:list': ({ peerId }) => {
      findPeer(vault().data, peerId);
      const list = vault().data.lifeEvents.filter((e) => e.peerId === peerId);
      // days without a year (birthdays) first, then the newest
      list.sort((a, b) =>
        a.date.startsWith('--') !== b.date.startsWith('--') ? (a.date.startsWith('--') ? -1 : 1) : b.date.localeCompare(a.date),
      );
      return Promise.resolve(list.map(lifeEventView));
    },
    'lifeEvents:save': async (input) => {
      const v = vault();
      const before = input.id ? v.data.lifeEvents.find((e) => e.id === input.id) : undefined;
      if (input.id && !before) throw notFound('life event');
      findPeer(v.data, input.peerId);
      const now = stamp();
      const record = parseRecord<LifeEvent>(lifeEventSchema, {
        ...input,
        id: before?.id ?? deps.newId(),
        note: input.note ?? before?.note ?? '',
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
      });
      await v.apply([{ op: 'put', collection: 'lifeEvents', record }]);
      return lifeEventView(record);
    },
    'lifeEvents:delete': async ({ id }) => {
      const e = vault().data.lifeEvents.find((x) => x.id === id);
      if (!e) throw notFound('life event');
      await vault().apply([{ op: 'delete', collection: 'lifeEvents', id }]);
      return { token: keepForUndo('life-event', [e]) };
    },
    'lifeEvents:undoDelete': async ({ token }) => {
      const saved = session.scratch.get(`undo-life-event:${token}`) as LifeEvent[] | undefined;
      if (!saved) throw new CompeerError('NOT_FOUND', 'There is nothing to undo any more (undo lasts until the vault locks).');
      await vault().apply(saved.map((record) => ({ op: 'put', collection: 'lifeEvents', record })));
      session.scratch.delete(`undo-life-event:${token}`);
      return { restored: saved.length };
    },
    'reciprocity:network': ({ window: choice }) => {
      const d = vault().data;
      const w = windowOf(today(), choice, d.interactions);
      const report = reciprocityReport(d.interactions, d.peers, w);
      return Promise.resolve({
        choice,
        since: w.since,
        until: w.until,
        peers: report.peers.filter((p) => p.interactions > 0),
        totals: report.totals,
        word: balanceWord(report.totals),
        interactions: d.interactions.reduce((n, i) => n + (i.date >= w.since && i.date <= w.until ? 1 : 0), 0),
        monthly: balanceSeries(d.interactions, w, 'month'),
        activity: activityByDay(d.interactions, w),
      });
    },
    'reciprocity:peer': ({ peerId, window: choice }) => {
      const peer = findPeer(vault().data, peerId);
      const mine = peerInteractions(peerId);
      const w = windowOf(today(), choice, mine);
      const report = reciprocityReport(mine, [peer], w).peers[0]!;
      const bucket = choice === 3 ? 'week' : 'month';
      return Promise.resolve({
        choice,
        since: w.since,
        until: w.until,
        report,
        word: balanceWord(report),
        bucket,
        series: balanceSeries(mine, w, bucket, peerId),
        byKind: kindTotals(mine, w, peerId),
      });
    },
    'checkins:snooze': async ({ peerId, until }) => {
      const v = vault();
      const peer = findPeer(v.data, peerId);
      if (until !== null && until <= today()) throw new CompeerError('INVALID_INPUT', 'Snooze until a day after today.');
      await v.apply([{ op: 'put', collection: 'peers', record: { ...peer, snoozedUntil: until, updatedAt: stamp() } }]);
      return { snoozedUntil: until };
    },
    'today:data': () => Promise.resolve(todayData(vault().data, today())),
  };
}
