import { CompeerError } from '../../../shared/errors';
import { dayOf } from '../../../shared/domain/days';
import { normalizeCompany, normalizeName } from '../../../shared/domain/peer-identity';
import { removePeersFromLog } from '../../../shared/domain/peer-removal';
import { peerDetail as detail, summarize } from '../../../shared/domain/peer-summary';
import type { MapData } from '../../../shared/ipc/contract';
import { interactionSchema, peerSchema, tieSchema, type Peer, type VaultDocument } from '../../../shared/schema/document';
import { exportDocument } from '../../core/exchange/json-export';
import { peersToCsv, peersToVcard } from '../../core/exchange/peers-export';
import { sampleOps } from '../../core/sample/sample-data';
import type { Vault, VaultOp } from '../../core/vault';
import type { AppSession } from '../session';
import type { Handlers } from '../dispatch';
import { findOr } from '../find';
import { keptSummaries } from './page';
import type { HandlerDeps } from '../handler-deps';

type PeerChannels =
  | 'sample:open'
  | 'sample:close'
  | 'me:get'
  | 'me:save'
  | 'peers:list'
  | 'peers:get'
  | 'peers:revealNotes'
  | 'peers:save'
  | 'peers:delete'
  | 'peers:undoDelete'
  | 'peers:bulkUpdate'
  | 'peers:introduce'
  | 'ties:list'
  | 'ties:save'
  | 'ties:delete'
  | 'map:data'
  | 'map:savePositions'
  | 'export:peers';

/** A peer's name must be unique enough to tell apart: the same name at the same company (as imports match them) is refused. */
function checkDuplicate(doc: Readonly<VaultDocument>, peer: Peer): void {
  const key = (p: Peer) => `${normalizeName(p.name)}|${normalizeCompany(p.company)}`;
  const clash = doc.peers.find((p) => p.id !== peer.id && key(p) === key(peer));
  if (clash)
    throw new CompeerError('INVALID_INPUT', `You already have ${clash.name}${clash.company ? ` at ${clash.company}` : ''} as a peer.`);
}

export function peerHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, PeerChannels> {
  const vault = (): Vault => session.requireVault();
  const now = () => deps.now().toISOString();

  return {
    'sample:open': async () => {
      await session.openSample((v) => v.apply(sampleOps(dayOf(deps.now()))));
      return session.state();
    },
    'sample:close': async () => {
      await session.closeSample();
      return session.state();
    },
    'me:get': () => Promise.resolve(vault().data.me),
    'me:save': async (me) => {
      await vault().apply([{ op: 'set', key: 'me', value: me }]);
      return vault().data.me;
    },
    'peers:list': () => Promise.resolve([...keptSummaries(session, dayOf(deps.now()))]),
    'peers:get': ({ id }) => Promise.resolve(detail(findOr(vault().data.peers, id, 'peer'))),
    'peers:revealNotes': ({ id }) => Promise.resolve({ notes: findOr(vault().data.peers, id, 'peer').notes }),
    'peers:save': async (input) => {
      const v = vault();
      const before = input.id ? findOr(v.data.peers, input.id, 'peer') : undefined;
      const stamp = now();
      const peer = peerSchema.parse({
        ...input,
        id: input.id ?? deps.newId(),
        notes: input.notes ?? before?.notes ?? '',
        createdAt: before?.createdAt ?? stamp,
        updatedAt: stamp,
      });
      checkDuplicate(v.data, peer);
      await v.apply([{ op: 'put', collection: 'peers', record: peer }]);
      return detail(peer);
    },
    'peers:delete': async ({ ids }) => {
      const v = vault();
      const gone = new Set(ids);
      const peers = v.data.peers.filter((p) => gone.has(p.id));
      const ties = v.data.ties.filter((t) => gone.has(t.a) || gone.has(t.b));
      if (peers.length === 0) throw new CompeerError('NOT_FOUND', 'Those peers are no longer in your vault.');
      // their interactions alone with you and their life events go too; group interactions lose them
      const log = removePeersFromLog(v.data.interactions, v.data.lifeEvents, gone);
      await v.apply([
        ...peers.map((p) => ({ op: 'delete', collection: 'peers', id: p.id })),
        ...ties.map((t) => ({ op: 'delete', collection: 'ties', id: t.id })),
        ...log.deleted.map((i) => ({ op: 'delete', collection: 'interactions', id: i.id })),
        ...log.changed.map((c) => ({ op: 'put', collection: 'interactions', record: c.after })),
        ...log.lifeEvents.map((e) => ({ op: 'delete', collection: 'lifeEvents', id: e.id })),
      ]);
      // so the renderer never holds deleted notes
      const inverse: VaultOp[] = [
        ...peers.map((record) => ({ op: 'put' as const, collection: 'peers' as const, record })),
        ...ties.map((record) => ({ op: 'put' as const, collection: 'ties' as const, record })),
        ...[...log.deleted, ...log.changed.map((c) => c.before)].map((record) => ({
          op: 'put' as const,
          collection: 'interactions' as const,
          record,
        })),
        ...log.lifeEvents.map((record) => ({ op: 'put' as const, collection: 'lifeEvents' as const, record })),
      ];
      const token = session.undo.keep('peers', deps.newId(), inverse, { peers: peers.length });
      return { token, peers: peers.length, ties: ties.length };
    },
    'peers:undoDelete': ({ token }) => session.undo.restore('peers', token, vault()),
    'peers:bulkUpdate': async ({ ids, addTags = [], removeTags = [], status }) => {
      const v = vault();
      const want = new Set(ids);
      const drop = new Set(removeTags.map((t) => t.toLowerCase()));
      const stamp = now();
      const ops: VaultOp[] = [];
      for (const p of v.data.peers) {
        if (!want.has(p.id)) continue;
        const tags = p.tags.filter((t) => !drop.has(t.toLowerCase()));
        for (const t of addTags) if (!tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
        const next = { ...p, tags, status: status ?? p.status };
        if (JSON.stringify(next) !== JSON.stringify(p)) ops.push({ op: 'put', collection: 'peers', record: { ...next, updatedAt: stamp } });
      }
      if (ops.length) await v.apply(ops);
      return { updated: ops.length };
    },
    'peers:introduce': async ({ a, b, why, date }) => {
      const v = vault();
      if (a === b) throw new CompeerError('INVALID_INPUT', 'Pick two different peers to introduce.');
      const pa = findOr(v.data.peers, a, 'peer');
      const pb = findOr(v.data.peers, b, 'peer');
      const stamp = now();
      const tie = tieSchema.parse({
        id: deps.newId(),
        a,
        b,
        kind: 'introduced',
        strength: 1,
        date,
        note: why,
        createdAt: stamp,
        updatedAt: stamp,
      });
      // "Make Introductions": an introduction given to both, in the log (an exchange without a peer counts for each)
      const logged = interactionSchema.parse({
        id: deps.newId(),
        date,
        peerIds: [a, b],
        channel: 'other',
        initiatedBy: 'me',
        purpose: 'offer',
        summary: `Introduced ${pa.name} and ${pb.name}${why.trim() ? `: ${why.trim()}` : '.'}`,
        exchanges: [{ direction: 'given', kind: 'introduction', weight: 1 }],
        createdAt: stamp,
        updatedAt: stamp,
      });
      await v.apply([
        { op: 'put', collection: 'ties', record: tie },
        { op: 'put', collection: 'interactions', record: logged },
      ]);
      return tie;
    },
    'ties:list': (input) => {
      const ties = vault().data.ties;
      return Promise.resolve(input ? ties.filter((t) => t.a === input.peerId || t.b === input.peerId) : ties);
    },
    'ties:save': async (input) => {
      const v = vault();
      if (input.a === input.b) throw new CompeerError('INVALID_INPUT', 'A tie joins two different peers.');
      findOr(v.data.peers, input.a, 'peer');
      findOr(v.data.peers, input.b, 'peer');
      const before = input.id ? v.data.ties.find((t) => t.id === input.id) : undefined;
      if (!before) {
        const dup = v.data.ties.find(
          (t) => t.kind === input.kind && ((t.a === input.a && t.b === input.b) || (t.a === input.b && t.b === input.a)),
        );
        if (dup) throw new CompeerError('INVALID_INPUT', 'These two peers already have a tie of that kind. Edit it instead.');
      }
      const stamp = now();
      const tie = tieSchema.parse({ ...input, id: before?.id ?? deps.newId(), createdAt: before?.createdAt ?? stamp, updatedAt: stamp });
      await v.apply([{ op: 'put', collection: 'ties', record: tie }]);
      return tie;
    },
    'ties:delete': async ({ id }) => {
      const v = vault();
      if (!v.data.ties.some((t) => t.id === id)) return { deleted: false };
      await v.apply([{ op: 'delete', collection: 'ties', id }]);
      return { deleted: true };
    },
    'map:data': () => {
      const d = vault().data;
      const groupsOf = new Map<string, string[]>();
      for (const g of d.groups) for (const m of g.memberIds) groupsOf.set(m, [...(groupsOf.get(m) ?? []), g.id]);
      const data: MapData = {
        nodes: d.peers.map((p) => ({ ...summarize(p), groupIds: groupsOf.get(p.id) ?? [] })),
        ties: d.ties.map(({ id, a, b, kind, strength }) => ({ id, a, b, kind, strength })),
        groups: d.groups.map(({ id, name }) => ({ id, name })),
        positions: d.map.positions,
        me: { name: d.me.name },
      };
      return Promise.resolve(data);
    },
    'map:savePositions': async ({ positions }) => {
      const v = vault();
      const known = new Set(v.data.peers.map((p) => p.id));
      const kept = Object.fromEntries(Object.entries(positions).filter(([id]) => known.has(id)));
      await v.apply([{ op: 'set', key: 'map', value: { positions: kept } }]);
      return { saved: Object.keys(kept).length };
    },
    'export:peers': ({ format, includeConfidential }) => {
      const d = vault().data;
      const day = dayOf(deps.now());
      if (format === 'csv')
        return Promise.resolve({ fileName: `compeer-peers-${day}.csv`, mime: 'text/csv', text: peersToCsv(d.peers, includeConfidential) });
      if (format === 'vcard')
        return Promise.resolve({
          fileName: `compeer-peers-${day}.vcf`,
          mime: 'text/vcard',
          text: peersToVcard(d.peers, includeConfidential),
        });
      return Promise.resolve({
        fileName: `compeer-export-${day}.json`,
        mime: 'application/json',
        text: `${JSON.stringify(exportDocument(d, { includeConfidential, now: deps.now() }), null, 2)}\n`,
      });
    },
  };
}
