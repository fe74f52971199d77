import { cadenceFor, cadenceSourceText, checkInFor, lastContacts } from '../../../shared/domain/cadence';
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
import { CompeerError, schemaProblem } from '../../../shared/errors';
import type { INTERACTION_CHANNELS } from '../../../shared/ipc/features/interactions.channels';
import { interactionSchema, lifeEventSchema, type Interaction, type LifeEvent } from '../../../shared/schema/document';
import type { Vault } from '../../core/vault';
import type { AppSession } from '../session';
import type { Handlers } from '../dispatch';
import { findOr } from '../find';
import type { HandlerDeps } from '../handler-deps';

type Channels = (typeof INTERACTION_CHANNELS)[number];

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
  throw new CompeerError('INVALID_INPUT', schemaProblem(r.error));
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
  const findInteraction = (id: string) => findOr(vault().data.interactions, id, 'interaction');
  // a peer's interactions from the session's kept index (a copy: callers sort it), not a pass over the log
  const peerInteractions = (peerId: string): Interaction[] => [...session.keptIndex().interactionsOf(peerId)];

  return {
    'interactions:list': ({ peerId }) => {
      findOr(vault().data.peers, peerId, 'peer');
      return Promise.resolve(
        peerInteractions(peerId)
          .sort((a, b) => byDate(b, a))
          .map(viewOf),
      );
    },
    'interactions:get': ({ id }) => Promise.resolve(findInteraction(id)),
    'interactions:save': async (input) => {
      const v = vault();
      const before = input.id ? findOr(v.data.interactions, input.id, 'interaction') : undefined;
      for (const id of input.peerIds) findOr(v.data.peers, id, 'peer');
      const now = stamp();
      const record = parseRecord<Interaction>(interactionSchema, {
        ...input,
        id: before?.id ?? deps.newId(),
        summary: input.summary ?? before?.summary ?? '',
        followUps: input.followUps.map((f) => ({ ...f, id: f.id ?? deps.newId() })),
        // where an imported one came from stays (a later import must still know it)
        ...(before?.importKey ? { importKey: before.importKey, importedDate: before.importedDate } : {}),
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
      return {
        token: session.undo.keep('interactions', deps.newId(), [{ op: 'put', collection: 'interactions', record: i }], { restored: 1 }),
      };
    },
    'interactions:undoDelete': ({ token }) => session.undo.restore('interactions', token, vault()),
    'interactions:setFollowUp': async ({ interactionId, followUpId, done }) => {
      const i = findInteraction(interactionId);
      findOr(i.followUps, followUpId, 'follow-up');
      const record = { ...i, followUps: i.followUps.map((f) => (f.id === followUpId ? { ...f, done } : f)), updatedAt: stamp() };
      await vault().apply([{ op: 'put', collection: 'interactions', record }]);
      return { done };
    },
    'interactions:peerOverview': ({ peerId }) => {
      const d = vault().data;
      const peer = findOr(d.peers, peerId, 'peer');
      const day = today();
      const mine = peerInteractions(peerId).sort(byDate);
      const cadence = cadenceFor(peer, d.settings.cadence, session.keptIndex().groupsByPeer().get(peerId));
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
      findOr(vault().data.peers, peerId, 'peer');
      const list = vault().data.lifeEvents.filter((e) => e.peerId === peerId);
      // days without a year (birthdays) first, then the newest
      list.sort((a, b) =>
        a.date.startsWith('--') !== b.date.startsWith('--') ? (a.date.startsWith('--') ? -1 : 1) : b.date.localeCompare(a.date),
      );
      return Promise.resolve(list.map(lifeEventView));
    },
    'lifeEvents:save': async (input) => {
      const v = vault();
      const before = input.id ? findOr(v.data.lifeEvents, input.id, 'life event') : undefined;
      findOr(v.data.peers, input.peerId, 'peer');
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
      const e = findOr(vault().data.lifeEvents, id, 'life event');
      await vault().apply([{ op: 'delete', collection: 'lifeEvents', id }]);
      return {
        token: session.undo.keep('lifeEvents', deps.newId(), [{ op: 'put', collection: 'lifeEvents', record: e }], { restored: 1 }),
      };
    },
    'lifeEvents:undoDelete': ({ token }) => session.undo.restore('lifeEvents', token, vault()),
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
      const peer = findOr(vault().data.peers, peerId, 'peer');
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
      const peer = findOr(v.data.peers, peerId, 'peer');
      if (until !== null && until <= today()) throw new CompeerError('INVALID_INPUT', 'Snooze until a day after today.');
      await v.apply([{ op: 'put', collection: 'peers', record: { ...peer, snoozedUntil: until, updatedAt: stamp() } }]);
      return { snoozedUntil: until };
    },
    'today:data': () => {
      const d = vault().data;
      const day = today();
      const kept = session.keptIndex();
      return Promise.resolve(todayData(d, day, kept.checkIns(d, day), kept.interactionsByPeer()));
    },
  };
}
