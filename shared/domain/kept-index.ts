import { withoutConfidential } from '../confidential';
import { COLLECTION_NAMES, type CollectionName, type Interaction, type Peer, type VaultDocument } from '../schema/document';
import { cadenceFor, checkInFor, type CheckIn, type CheckInSources } from './cadence';
import type { Day } from './days';
import { byDate, countUpTo } from './interaction-index';
import { prepareTerms, type PreparedTerm } from './words';

/** A change as the vault applies it (electron/core/vault/ops.ts), seen structurally so this stays pure. */
export type KeptOp =
  | { op: 'put'; collection: string; record: Record<string, unknown> }
  | { op: 'delete'; collection: string; id: string }
  | { op: 'set'; key: string; value: unknown };

type IndexedInteraction = Pick<Interaction, 'id' | 'date' | 'peerIds'>;

export interface PreparedTerms {
  skills: PreparedTerm[];
  needs: PreparedTerm[];
  interests: PreparedTerm[];
}

/** The first position in `list` (sorted by byDate) whose item does not come before `x`. */
function positionOf(list: readonly IndexedInteraction[], x: IndexedInteraction): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byDate(list[mid]!, x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The per-peer indexes every list answer shares (Today, check-ins, reciprocity, patterns,
 * the advisor), kept for as long as the vault stays open and updated from each batch of
 * applied changes instead of rebuilt on every call: each peer's interactions in date order,
 * so last contact is a binary search; which groups each peer is in; every record as the
 * screens may see it (confidential text emptied), worked out once per version of the record.
 *
 * It lives in the vault's own thread, in memory only (dropped on lock). It relies on the
 * vault replacing a record on each change rather than editing it in place, which is how
 * applyOps works. Anything it cannot follow (a failed update) makes it rebuild from the
 * document on the next read, so an answer is never worse than a from-scratch one.
 */
export class KeptIndex {
  private doc: Readonly<VaultDocument>;
  private records = new Map<string, Interaction>();
  private byPeer = new Map<string, Interaction[]>();
  /** bumped per peer when their list changes, so views built from a list know when to go */
  private peerVersion = new Map<string, number>();
  private groupsOf: Map<string, string[]> | null = null;
  /** bumped when groups change (cadence defaults by group) */
  private groupsVersion = 0;
  /** each peer's last check-in worked out, with what it was worked out from */
  private readonly checkInOf = new Map<
    string,
    { peer: object; version: number; groups: number; defaults: object; today: Day; c: CheckIn }
  >();
  private stale = false;
  /** a count of applied batches: anything derived from the whole index is keyed on it */
  version = 0;
  private readonly shown = new WeakMap<object, object>();
  private readonly prepared = new WeakMap<Peer, PreparedTerms>();
  private readonly shownLists = new Map<CollectionName, unknown[]>();
  private readonly shownUpTo = new Map<string, { version: number; today: Day; list: Interaction[] }>();
  /** each phrase prepared for matching (goal titles, opportunities' words), once while the vault is open */
  private readonly terms = new Map<string, PreparedTerm | null>();

  constructor(doc: Readonly<VaultDocument>) {
    this.doc = doc;
    this.rebuild();
  }

  private rebuild(): void {
    this.records.clear();
    this.byPeer.clear();
    this.peerVersion.clear();
    this.shownLists.clear();
    this.shownUpTo.clear();
    this.groupsOf = null;
    this.groupsVersion += 1;
    this.checkInOf.clear();
    for (const i of this.doc.interactions) {
      this.records.set(i.id, i);
      for (const p of i.peerIds) {
        let list = this.byPeer.get(p);
        if (!list) this.byPeer.set(p, (list = []));
        list.push(i);
      }
    }
    for (const list of this.byPeer.values()) list.sort(byDate);
    this.stale = false;
    this.version += 1;
  }

  /** Follow a batch of changes the vault has applied to `doc` (the same document, or its replacement). */
  apply(ops: readonly KeptOp[], doc: Readonly<VaultDocument> = this.doc): void {
    this.version += 1;
    if (doc !== this.doc) {
      this.doc = doc;
      this.stale = true;
      return;
    }
    try {
      for (const op of ops) {
        if (op.op === 'set') continue;
        const c = op.collection as CollectionName;
        this.shownLists.delete(c);
        if (c === 'groups') {
          this.groupsOf = null;
          this.groupsVersion += 1;
        }
        if (c !== 'interactions') continue;
        const id = op.op === 'put' ? (op.record.id as string) : op.id;
        const before = this.records.get(id);
        if (before) {
          this.records.delete(id);
          for (const p of before.peerIds) this.take(p, before);
        }
        if (op.op === 'put') {
          const after = op.record as unknown as Interaction;
          this.records.set(id, after);
          for (const p of after.peerIds) this.put(p, after);
        }
      }
    } catch {
      this.stale = true;
    }
  }

  private bump(peerId: string): void {
    this.peerVersion.set(peerId, (this.peerVersion.get(peerId) ?? 0) + 1);
  }

  private take(peerId: string, i: Interaction): void {
    const list = this.byPeer.get(peerId);
    if (!list) return;
    const at = positionOf(list, i);
    if (list[at]?.id === i.id) list.splice(at, 1);
    else {
      const k = list.findIndex((x) => x.id === i.id);
      if (k >= 0) list.splice(k, 1);
    }
    if (list.length === 0) this.byPeer.delete(peerId);
    this.bump(peerId);
  }

  private put(peerId: string, i: Interaction): void {
    let list = this.byPeer.get(peerId);
    if (!list) this.byPeer.set(peerId, (list = []));
    list.splice(positionOf(list, i), 0, i);
    this.bump(peerId);
  }

  private fresh(): this {
    if (this.stale) this.rebuild();
    return this;
  }

  /** Each peer's interactions, oldest first (ties by id): the same as interactionsByPeer(doc.interactions). */
  interactionsByPeer(): ReadonlyMap<string, readonly Interaction[]> {
    return this.fresh().byPeer;
  }

  interactionsOf(peerId: string): readonly Interaction[] {
    return this.fresh().byPeer.get(peerId) ?? [];
  }

  /** The last interaction with this peer on or before `today`, or null. */
  lastContact(peerId: string, today: Day): Day | null {
    const list = this.interactionsOf(peerId);
    const n = countUpTo(list, today);
    return n === 0 ? null : list[n - 1]!.date;
  }

  /** The groups each peer is in (cadence defaults by group), worked out again only when groups change. */
  groupsByPeer(): ReadonlyMap<string, string[]> {
    if (!this.groupsOf) {
      const out = new Map<string, string[]>();
      for (const g of this.doc.groups) for (const m of g.memberIds) out.set(m, [...(out.get(m) ?? []), g.id]);
      this.groupsOf = out;
    }
    return this.groupsOf;
  }

  /** Every peer's check-in, as cadence.ts's checkIns gives it, without a pass over the log. */
  checkIns(src: Pick<CheckInSources, 'peers' | 'settings'>, today: Day): Map<string, CheckIn> {
    const groupsOf = this.fresh().groupsByPeer();
    const defaults = src.settings.cadence;
    const out = new Map<string, CheckIn>();
    // worked out again only for a peer whose record, interactions or groups changed, or on a new day
    for (const p of src.peers) {
      const version = this.peerVersion.get(p.id) ?? 0;
      const was = this.checkInOf.get(p.id);
      if (
        was &&
        was.peer === p &&
        was.version === version &&
        was.groups === this.groupsVersion &&
        was.defaults === defaults &&
        was.today === today
      ) {
        out.set(p.id, was.c);
        continue;
      }
      const c = checkInFor(p, cadenceFor(p, defaults, groupsOf.get(p.id)), this.lastContact(p.id, today), today);
      this.checkInOf.set(p.id, { peer: p, version, groups: this.groupsVersion, defaults, today, c });
      out.set(p.id, c);
    }
    if (this.checkInOf.size > src.peers.length * 2) {
      const ids = new Set(src.peers.map((p) => p.id));
      for (const id of this.checkInOf.keys()) if (!ids.has(id)) this.checkInOf.delete(id);
    }
    return out;
  }

  /** A record as the screens may see it (withoutConfidential), worked out once per version of the record. */
  shownRecord<T extends object>(collection: CollectionName, record: T): T {
    let s = this.shown.get(record) as T | undefined;
    if (!s) this.shown.set(record, (s = withoutConfidential(collection, record)));
    return s;
  }

  /** A whole collection as the screens may see it; only collections changed since the last call are walked again. */
  shownList<C extends CollectionName>(collection: C): VaultDocument[C] {
    this.fresh();
    let list = this.shownLists.get(collection);
    if (!list) {
      list = (this.doc[collection] as object[]).map((r) => this.shownRecord(collection, r));
      this.shownLists.set(collection, list);
    }
    return list as VaultDocument[C];
  }

  /** The document with every collection as the screens may see it (advisor/context.ts's shownSources). */
  shownSources<S extends Partial<Pick<VaultDocument, CollectionName>>>(src: S): S {
    const out: Record<string, unknown> = { ...src };
    for (const c of COLLECTION_NAMES) if (c in src) out[c] = this.shownList(c);
    return out as S;
  }

  /** Each peer's interactions on or before `today`, as the screens may see them, oldest first. */
  shownInteractionsUpTo(today: Day): Map<string, Interaction[]> {
    const out = new Map<string, Interaction[]>();
    for (const [peerId, list] of this.fresh().byPeer) {
      const version = this.peerVersion.get(peerId) ?? 0;
      let kept = this.shownUpTo.get(peerId);
      if (!kept || kept.version !== version || kept.today !== today) {
        const n = countUpTo(list, today);
        const shown: Interaction[] = new Array<Interaction>(n);
        for (let k = 0; k < n; k++) shown[k] = this.shownRecord('interactions', list[k]!);
        this.shownUpTo.set(peerId, (kept = { version, today, list: shown }));
      }
      if (kept.list.length) out.set(peerId, kept.list);
    }
    if (this.shownUpTo.size > this.byPeer.size * 2) {
      for (const id of this.shownUpTo.keys()) if (!this.byPeer.has(id)) this.shownUpTo.delete(id);
    }
    return out;
  }

  /** Phrases prepared for matching as prepareTerms does, each worked out once while the vault is open. */
  prepareTerms(list: readonly string[]): PreparedTerm[] {
    if (this.terms.size > 200_000) this.terms.clear();
    const out: PreparedTerm[] = [];
    for (const t of list) {
      let p = this.terms.get(t);
      if (p === undefined) this.terms.set(t, (p = prepareTerms([t])[0] ?? null));
      if (p) out.push(p);
    }
    return out;
  }

  /** A peer's skills, needs and interests prepared for matching, once per version of the peer. */
  preparedTerms(peer: Peer): PreparedTerms {
    let p = this.prepared.get(peer);
    if (!p) {
      p = { skills: prepareTerms(peer.skills), needs: prepareTerms(peer.needs), interests: prepareTerms(peer.interests) };
      this.prepared.set(peer, p);
    }
    return p;
  }
}
