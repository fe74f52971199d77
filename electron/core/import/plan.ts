import { identityKeys, normalizeCompany, normalizeEmail, normalizeLinkedIn, normalizeName } from '../../../shared/domain/peer-identity';
import { WarningLog, type ImportConflict, type ImportPreviewRow, type ImportWarning } from '../../../shared/import-preview';
import { lifeEventSchema, peerSchema, type LifeEvent, type Peer } from '../../../shared/schema/document';
import type { VaultOp } from '../vault';
import type { ImportedContact } from './contact';
import { fitPeer } from './fit-peer';
import { controlWords, firstControl } from './text-check';

export interface ContactImportPlan {
  rows: ImportPreviewRow[];
  /** the peer each row adds or merges into, by row */
  peerIds: string[];
  /** contacts left out, and values left out or cut to fit, by line (the first WARNINGS_KEPT) */
  warnings: ImportWarning[];
  /** every warning counted */
  log: WarningLog;
  /** the changes to save, taking the incoming value for the chosen conflict keys */
  ops: (useIncoming: ReadonlySet<string>) => VaultOp[];
  /** the same changes in steps of about `size` ops (a peer with its birthday in one step), each made when asked for */
  opSteps: (useIncoming: ReadonlySet<string>, size: number) => Generator<VaultOp[]>;
}

/** How many changes a large import saves at a time: each step is one change record of a few MB. */
export const IMPORT_STEP = 5_000;

/** A list of ops taken `size` at a time; each step is removed from the list as it goes, so what was saved can be freed. */
export function* opsInSteps(ops: VaultOp[], size = IMPORT_STEP): Generator<VaultOp[]> {
  while (ops.length > 0) yield ops.splice(0, size);
}

// the schema's own caps, read from it (so they cannot disagree)
const TEXT_MAX = peerSchema.shape.company.unwrap().maxLength ?? 200;
const NOTES_MAX = peerSchema.shape.notes.unwrap().maxLength ?? 100_000;

type Scalar = 'name' | 'company' | 'role' | 'city' | 'country' | 'linkedin' | 'website';
const SCALARS: Scalar[] = ['name', 'company', 'role', 'city', 'country', 'linkedin', 'website'];
const LABEL: Record<string, string> = {
  name: 'name',
  company: 'company',
  role: 'role',
  city: 'city',
  country: 'country',
  linkedin: 'LinkedIn',
  website: 'website',
};

const getScalar = (p: Peer, f: Scalar): string => (f === 'linkedin' || f === 'website' ? p.contacts[f] : p[f]);
function setScalar(p: Peer, f: Scalar, v: string): void {
  if (f === 'linkedin' || f === 'website') p.contacts[f] = v;
  else p[f] = v;
}
const same = (f: Scalar, a: string, b: string) =>
  f === 'linkedin'
    ? normalizeLinkedIn(a) === normalizeLinkedIn(b)
    : f === 'company'
      ? normalizeCompany(a) === normalizeCompany(b)
      : normalizeName(a) === normalizeName(b);

/** The text a contact brings that has no field of its own, kept in the peer's notes. */
export function notesBlock(c: ImportedContact): string {
  const lines = [c.notes.trim(), ...c.extra.map(([k, v]) => `${k}: ${v}`)].filter(Boolean);
  return lines.length ? `From ${c.source}:\n${lines.join('\n')}` : '';
}

const FIELDS: [keyof ImportedContact, string][] = [
  ['name', 'name'],
  ['company', 'company'],
  ['role', 'role'],
  ['emails', 'e-mails'],
  ['phones', 'phone numbers'],
  ['linkedin', 'LinkedIn address'],
  ['website', 'website'],
  ['city', 'city'],
  ['country', 'country'],
  ['tags', 'tags'],
  ['notes', 'notes'],
];

/** The field of a contact that holds a control character, and which one; null when all is text. */
function controlIn(c: ImportedContact): { field: string; code: string } | null {
  for (const [key, label] of FIELDS) {
    const v = c[key];
    for (const s of Array.isArray(v) ? v : [v]) {
      const hit = typeof s === 'string' ? firstControl(s) : null;
      if (hit) return { field: label, code: hit.code };
    }
  }
  for (const [k, v] of c.extra) {
    const hit = firstControl(k) ?? firstControl(v);
    if (hit) return { field: firstControl(k) ? 'fields' : `"${k}"`, code: hit.code };
  }
  return null;
}

const MATCHED_BY = { li: 'LinkedIn profile', em: 'email', nc: 'name and company' } as const;

interface PlanOptions {
  now: string;
  newId: () => string;
  /** the vault's life events: a peer with a birthday already gets no second one */
  lifeEvents?: readonly Pick<LifeEvent, 'peerId' | 'kind'>[];
}

/**
 * Match each contact to a peer (existing, or added earlier from the same file) by LinkedIn
 * profile, email, or name plus company. A match fills the peer's empty fields and adds new
 * emails, phones and tags; where both have a different value it is a conflict, shown and kept
 * as it is unless the user picks the incoming value. Importing the same file twice changes
 * nothing.
 */
export function planContactImport(existing: readonly Peer[], contacts: readonly ImportedContact[], opts: PlanOptions): ContactImportPlan {
  const planner = contactPlanner(peersOf(existing), opts);
  contacts.forEach(planner.add);
  return planner.result();
}

/** The same plan, a slice of contacts at a time with `pause()` between, so a large file never holds the main process for long. */
export async function planContactImportInSlices(
  existing: readonly Peer[],
  contacts: Iterable<ImportedContact>,
  opts: PlanOptions,
  pause: () => Promise<void>,
  slice = 2_000,
  onPlanned?: (contacts: number) => void,
): Promise<ContactImportPlan & { contacts: number }> {
  const planner = contactPlanner(peersOf(existing), opts);
  let i = 0;
  // contacts may come straight from the file as it is read: they are planned, never all kept
  for (const c of contacts) {
    planner.add(c, i++);
    if (i % slice === 0) {
      onPlanned?.(i);
      await pause();
    }
  }
  return { ...planner.result(), contacts: i };
}

/** The peers a plan starts from: all of them (for the identity index) and one by id, as it is now. */
export interface PeerSource {
  all: Iterable<Peer>;
  get: (id: string) => Peer | undefined;
}

const peersOf = (existing: readonly Peer[]): PeerSource => {
  const byId = new Map(existing.map((p) => [p.id, p]));
  return { all: existing, get: (id) => byId.get(id) };
};

/**
 * The vault's peers for a plan made in steps: by id as they are now, including those an
 * earlier step saved. A save puts a changed peer where it was and appends a new one, so
 * positions are learnt once and checked on every use (a search if ever they moved).
 */
export function livePeers(current: () => readonly Peer[]): PeerSource {
  const at = new Map<string, number>();
  let known = 0;
  return {
    all: current(),
    get: (id) => {
      const peers = current();
      for (; known < peers.length; known++) at.set(peers[known]!.id, known);
      const p = peers[at.get(id) ?? -1];
      return p?.id === id ? p : peers.find((x) => x.id === id);
    },
  };
}

export interface StepsDone {
  /** peers written that were not in the vault before, and peers of the vault written */
  added: number;
  updated: number;
  /** contacts whose peer was not written (nothing new, or only a conflict kept as it is) */
  unchanged: number;
  /** every warning, the first WARNINGS_KEPT kept */
  log: WarningLog;
  /** the first 100 conflicts, each kept as the vault has it, by line; and how many there were */
  conflicts: string[];
  conflictCount: number;
}

/**
 * Plan and save a contact import in steps (the command line, which shows no preview): every
 * `step` contacts the changes planned so far are saved with `save` (one change record each),
 * and their drafts dropped, so memory holds one step's peers beside the vault, never the
 * whole import twice; rows are counted, not kept. A later contact that merges into a peer
 * saved in an earlier step starts from that peer as `peers.get` gives it now. The same file
 * imported again changes nothing.
 */
export async function importContactsInSteps(
  peers: PeerSource,
  contacts: Iterable<ImportedContact>,
  count: number,
  opts: PlanOptions,
  save: (ops: VaultOp[]) => Promise<void>,
  step = IMPORT_STEP,
  onSaved?: (contacts: number, of: number) => void,
): Promise<StepsDone> {
  const existing = new Set<string>();
  for (const p of peers.all) existing.add(p.id);
  const rowPeers: string[] = [];
  const conflicts: string[] = [];
  let conflictCount = 0;
  const planner = contactPlanner(peers, opts, (row, peerId) => {
    rowPeers.push(peerId);
    for (const c of row.conflicts) {
      if (++conflictCount <= 100)
        conflicts.push(
          `Line ${row.line} (${row.name}): kept ${c.field} "${c.existing}", not "${c.incoming}" (change it in the app if the file is right)`,
        );
    }
  });
  const writtenIds = new Set<string>();
  const flush = async (done: number) => {
    const ops = planner.take();
    for (const o of ops) if (o.op === 'put' && o.collection === 'peers') writtenIds.add(o.record.id as string);
    if (ops.length) await save(ops);
    onSaved?.(done, count);
  };
  let i = 0;
  for (const c of contacts) {
    planner.add(c, i++);
    if (i % step === 0) await flush(i);
  }
  if (i % step !== 0 || i === 0) await flush(i);
  let added = 0;
  for (const id of writtenIds) if (!existing.has(id)) added++;
  const unchanged = rowPeers.filter((id) => !writtenIds.has(id)).length;
  return { added, updated: writtenIds.size - added, unchanged, log: planner.result().log, conflicts, conflictCount };
}

interface Planner {
  add: (c: ImportedContact, i: number) => void;
  /** the ops for every peer changed since the last take, whose drafts are then dropped */
  take: () => VaultOp[];
  result: () => ContactImportPlan;
}

/**
 * `onRow`, when given, hears each row as it is planned instead of the plan keeping it (an
 * import saved in steps needs only counts and the first conflicts, not 100,000 rows).
 */
function contactPlanner(peers: PeerSource, opts: PlanOptions, onRow?: (row: ImportPreviewRow, peerId: string) => void): Planner {
  const drafts = new Map<string, Peer>();
  const index = new Map<string, string>();
  const keysOf = (p: Peer) => identityKeys({ name: p.name, company: p.company, emails: p.contacts.emails, linkedin: p.contacts.linkedin });
  for (const p of peers.all) for (const k of keysOf(p)) if (!index.has(k)) index.set(k, p.id);

  const rows: ImportPreviewRow[] = [];
  const peerIds: string[] = [];
  const keepRow =
    onRow ??
    ((row: ImportPreviewRow, peerId: string) => {
      rows.push(row);
      peerIds.push(peerId);
    });
  const log = new WarningLog();
  const conflictTargets = new Map<string, { peerId: string; field: Scalar; incoming: string }>();
  const touched = new Set<string>();
  // "Celebration and Support": a birthday from the file becomes a life event, once per peer
  const withBirthday = new Set((opts.lifeEvents ?? []).filter((e) => e.kind === 'birthday').map((e) => e.peerId));
  let birthdays: LifeEvent[] = [];
  const addBirthday = (c: ImportedContact, peerId: string): boolean => {
    if (!c.birthday || withBirthday.has(peerId)) return false;
    withBirthday.add(peerId);
    birthdays.push(
      lifeEventSchema.parse({ id: opts.newId(), peerId, kind: 'birthday', date: c.birthday, createdAt: opts.now, updatedAt: opts.now }),
    );
    return true;
  };

  const add = (c: ImportedContact, i: number) => {
    const bad = controlIn(c);
    if (bad) {
      // the name is quoted only when it is text itself
      const who = `Line ${c.line}${bad.field === 'name' || !c.name ? '' : ` (${c.name.slice(0, 80)})`}`;
      log.push({
        line: c.line,
        skipped: true,
        message: `${who}: left out, because its ${bad.field} ${bad.field.endsWith('s') ? 'have' : 'has'} ${controlWords(bad.code)}.`,
      });
      return;
    }
    const keys = identityKeys(c);
    const hit = keys.find((k) => index.has(k));
    const row: ImportPreviewRow = {
      row: i,
      line: c.line,
      name: c.name,
      company: c.company,
      connectedOn: c.metDate ?? null,
      action: 'add',
      matchedName: null,
      matchedBy: null,
      fills: [],
      conflicts: [],
    };
    const who = `Line ${c.line}${c.name ? ` (${c.name.slice(0, 80)})` : ''}`;
    if (!hit) {
      const id = opts.newId();
      const fitted = fitPeer({
        id,
        name: c.name,
        company: c.company.slice(0, TEXT_MAX),
        role: c.role.slice(0, TEXT_MAX),
        city: c.city.slice(0, TEXT_MAX),
        country: c.country.slice(0, TEXT_MAX),
        contacts: {
          emails: [...c.emails],
          phones: [...c.phones],
          linkedin: c.linkedin.slice(0, TEXT_MAX),
          website: c.website.slice(0, TEXT_MAX),
        },
        tags: [...new Set(c.tags)],
        notes: notesBlock(c),
        met: { date: c.metDate },
        source: c.source,
        createdAt: opts.now,
        updatedAt: opts.now,
      });
      if (!fitted.ok) {
        log.push({ line: c.line, message: `${who}: left out, because ${fitted.problem}.`, skipped: true });
        return;
      }
      for (const cut of fitted.cuts) log.push({ line: c.line, message: `${who}: ${cut}.`, skipped: false });
      const peer = fitted.peer;
      row.name = peer.name;
      if (addBirthday(c, id)) row.fills.push('birthday');
      // said in the preview: notes arrive confidential, hidden until revealed on the peer's page
      if (peer.notes) row.fills.push('notes');
      drafts.set(id, peer);
      touched.add(id);
      for (const k of keysOf(peer)) if (!index.has(k)) index.set(k, id);
      keepRow(row, id);
      return;
    }
    const peerId = index.get(hit)!;
    const base = drafts.get(peerId) ?? structuredClone(peers.get(peerId)!);
    // what the peer was before this contact, to go back to if the merge cannot be saved
    const before = structuredClone(base);
    row.matchedName = base.name;
    row.matchedBy = MATCHED_BY[hit.slice(0, 2) as keyof typeof MATCHED_BY];
    for (const f of SCALARS) {
      const incoming = c[f].trim().slice(0, TEXT_MAX);
      const current = getScalar(base, f);
      if (!incoming || same(f, current, incoming)) continue;
      if (!current) {
        setScalar(base, f, incoming);
        row.fills.push(LABEL[f]!);
      } else {
        const key = `${i}:${f}`;
        row.conflicts.push({ key, field: LABEL[f]!, existing: current, incoming } satisfies ImportConflict);
        conflictTargets.set(key, { peerId, field: f, incoming });
      }
    }
    const addAll = (list: string[], incoming: string[], label: string, norm: (s: string) => string) => {
      const have = new Set(list.map(norm));
      let added = false;
      for (const v of incoming) {
        if (!v || have.has(norm(v))) continue;
        list.push(v);
        have.add(norm(v));
        added = true;
      }
      if (added) row.fills.push(label);
    };
    addAll(base.contacts.emails, c.emails, 'emails', normalizeEmail);
    addAll(base.contacts.phones, c.phones, 'phones', (s) => s.replace(/[^\d+]/g, ''));
    addAll(base.tags, c.tags, 'tags', (s) => s.toLowerCase());
    if (c.metDate && !base.met.date) {
      base.met.date = c.metDate;
      row.fills.push('met on');
    }
    const block = notesBlock(c);
    if (block && !base.notes.includes(block)) {
      // Equal notes from the same text elsewhere in the peer's notes are not added twice.
      const inner = block.slice(block.indexOf('\n') + 1);
      const merged = base.notes ? `${base.notes}\n\n${block}` : block;
      if (base.notes.includes(inner)) {
        // already there
      } else if (merged.length > NOTES_MAX) {
        log.push({
          line: c.line,
          message: `${who}: the notes from the file were not added: ${base.name}'s notes would pass ${NOTES_MAX.toLocaleString('en')} characters.`,
          skipped: false,
        });
      } else {
        base.notes = merged;
        row.fills.push('notes');
      }
    }
    if (!base.source) base.source = c.source;
    const fitted = fitPeer(base);
    if (!fitted.ok) {
      drafts.set(peerId, before);
      log.push({ line: c.line, message: `${who}: not merged into ${before.name}, because ${fitted.problem}.`, skipped: true });
      return;
    }
    for (const cut of fitted.cuts) log.push({ line: c.line, message: `${who}: ${cut}.`, skipped: false });
    if (addBirthday(c, peerId)) row.fills.push('birthday');
    drafts.set(peerId, fitted.peer);
    for (const k of keysOf(fitted.peer)) if (!index.has(k)) index.set(k, peerId);
    if (row.fills.length > 0) touched.add(peerId);
    row.action = row.fills.length > 0 || row.conflicts.length > 0 ? 'merge' : 'skip';
    keepRow(row, peerId);
  };

  /** the changed peers with the chosen incoming values, and their birthdays: `size` ops at a time */
  function* steps(changedIds: Iterable<string>, useIncoming: ReadonlySet<string>, size: number): Generator<VaultOp[]> {
    const incoming = new Map<string, { field: Scalar; incoming: string }[]>();
    for (const key of useIncoming) {
      const t = conflictTargets.get(key);
      if (t) incoming.set(t.peerId, [...(incoming.get(t.peerId) ?? []), t]);
    }
    const changed = new Set(changedIds);
    for (const id of incoming.keys()) changed.add(id);
    const birthdayOf = new Map(birthdays.map((e) => [e.peerId, e]));
    let batch: VaultOp[] = [];
    for (const id of changed) {
      // a draft given an incoming value is changed in a copy: the preview's drafts stay as they were
      const chosen = incoming.get(id);
      const peer = chosen ? structuredClone(drafts.get(id)!) : drafts.get(id)!;
      for (const t of chosen ?? []) setScalar(peer, t.field, t.incoming);
      batch.push({ op: 'put', collection: 'peers', record: { ...peer, updatedAt: opts.now } });
      const birthday = birthdayOf.get(id);
      if (birthday) {
        batch.push({ op: 'put', collection: 'lifeEvents', record: { ...birthday } });
        birthdayOf.delete(id);
      }
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    for (const e of birthdayOf.values()) batch.push({ op: 'put', collection: 'lifeEvents', record: { ...e } });
    if (batch.length) yield batch;
  }

  const take = (): VaultOp[] => {
    const ops = [...steps(touched, new Set(), Infinity)].flat();
    touched.clear();
    drafts.clear();
    conflictTargets.clear();
    birthdays = [];
    return ops;
  };

  const result = (): ContactImportPlan => ({
    rows,
    peerIds,
    warnings: log.kept,
    log,
    ops: (useIncoming) => [...steps(touched, useIncoming, Infinity)].flat(),
    opSteps: (useIncoming, size) => steps(touched, useIncoming, size),
  });
  return { add, take, result };
}

/** What a set of ops wrote: peers added (not in the vault before) and peers updated. */
export function countWritten(ops: readonly VaultOp[], existingIds: ReadonlySet<string>): { added: number; updated: number } {
  let added = 0;
  let updated = 0;
  for (const o of ops) {
    if (o.op !== 'put' || o.collection !== 'peers') continue;
    if (existingIds.has(o.record.id as string)) updated++;
    else added++;
  }
  return { added, updated };
}
