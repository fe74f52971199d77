import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { SearchIndex } from '../../electron/core/search/search-index';
import { Vault } from '../../electron/core/vault';
import { AppSession } from '../../electron/service/session';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { reminderSummary } from '../../electron/service/control';
import { startReminders } from '../../electron/main/reminders';
import { onDay } from '../../shared/date-words';
import { advise, todaysPicks } from '../../shared/domain/advisor';
import { prepContext } from '../../shared/domain/journal/prep-context';
import { reminderToSend, type Reminder } from '../../shared/domain/reminders';
import { todayData } from '../../shared/domain/today';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { CHANGE_CHANNELS } from '../../shared/ipc/changes';
import { COLLECTION_CONFIDENTIALITY, type Shape } from '../../shared/schema/confidentiality';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type VaultDocument } from '../../shared/schema/document';
import { cliAt } from '../helpers/cli';
import { TEST_KDF, useTempDirs } from '../helpers/temp-dir';
import { PASS } from '../helpers/vaults';

/**
 * Confidential means confidential everywhere. A real vault gets a unique marker in every text
 * field the declaration governs (shared/schema/confidentiality.ts: every field that is not
 * open, in every collection and part, with its flag set); then every way out is run without
 * asking for confidential text, and no marker may appear. The fields come from the
 * declaration, so a field declared tomorrow is covered without touching this test.
 */

const temp = useTempDirs();
const TODAY = '2026-11-27';
const NOW = new Date(`${TODAY}T12:00:00`);
const MARK = 'qzmark';
const LEAK = new RegExp(MARK, 'i');
/** Texts of the open twins: shown where confidential text is not, so the test can see the outputs quote text at all. */
const OPEN = 'openword';

/**
 * One record per collection (two where a rule needs a pair), every part present at least
 * once; the markers and flags are put in by the declaration below.
 */
const BASE: Record<CollectionName, Record<string, unknown>[]> = {
  peers: [
    {
      id: 'ana',
      name: 'Ana Silva',
      company: 'Acme',
      skills: ['negotiation'],
      needs: ['public speaking'],
      interests: ['climbing'],
      cadenceDays: 7,
      closeness: 4,
      met: { detail: 'at a meetup' },
      contacts: { emails: ['ana@example.com'] },
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    {
      id: 'bo',
      name: 'Bo Chen',
      skills: ['public speaking'],
      needs: ['negotiation'],
      cadenceDays: 7,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    { id: 'cy', name: 'Cy Diaz', cadenceDays: 7, createdAt: '2026-01-01T00:00:00.000Z' },
  ],
  ties: [{ id: 't1', a: 'ana', b: 'cy', note: 'worked together' }],
  interactions: [
    {
      id: 'i1',
      date: '2026-11-25',
      peerIds: ['ana', 'bo'],
      channel: 'coffee',
      purpose: 'catch-up',
      exchanges: [{ direction: 'given', kind: 'feedback', weight: 2 }],
      followUps: [{ id: 'f1', text: 'x', due: '2026-11-28' }],
      durationMinutes: 30,
    },
    {
      id: 'i0',
      date: '2026-06-01',
      peerIds: ['ana'],
      exchanges: [{ direction: 'received', kind: 'feedback', weight: 3 }],
      followUps: [{ id: 'f0', text: 'x' }],
    },
  ],
  lifeEvents: [{ id: 'e1', peerId: 'ana', kind: 'setback', date: '2026-11-20' }],
  notes: [{ id: 'n1', peerId: 'ana', topic: 'career-strategy' }],
  journal: [{ id: 'j1', date: '2026-11-20', kind: 'reflection', peerIds: ['ana'], tags: ['conflict'] }],
  groups: [
    {
      id: 'g1',
      name: 'Circle',
      purpose: 'Support each other',
      memberIds: ['ana', 'bo'],
      cadenceDays: 30,
      facilitatorOrder: ['ana', 'bo', 'me'],
      meetings: [
        {
          id: 'm1',
          date: '2026-11-10',
          facilitatorId: 'me',
          attendeeIds: ['me', 'ana', 'bo'],
          actionItems: [
            { id: 'a1', text: 'x', ownerId: 'me', due: '2026-11-30' },
            { id: 'a2', text: 'x', ownerId: 'ana' },
          ],
        },
      ],
    },
  ],
  goals: [
    {
      id: 'o1',
      title: 'Get promoted',
      owner: 'me',
      partnerIds: ['ana'],
      due: '2027-06-01',
      milestones: [{ id: 'ms1', text: 'Write the case' }],
      checkIns: [{ id: 'c1', date: '2026-10-01', progress: 10, withPeerId: 'ana' }],
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    {
      id: 'o2',
      title: 'Run a marathon',
      owner: 'ana',
      milestones: [{ id: 'ms2', text: 'Half first' }],
      checkIns: [{ id: 'c2', date: '2026-09-01', progress: 30, withPeerId: 'ana' }],
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  opportunities: [
    { id: 'op1', title: 'Staff role at Acme', kind: 'job', skills: ['negotiation'], deadline: '2026-12-31', detail: 'not public yet' },
  ],
};

interface Planted {
  path: string;
  marker: string;
}

/** Does a shape, or any part under it, hold text that is not open? */
const governs = (shape: Shape): boolean =>
  Object.values(shape.text).some((r) => r !== undefined && r !== 'open') ||
  Object.values(shape.parts ?? {}).some((p) => p !== undefined && governs(p));

/** Every governed text of `obj` set to a fresh marker, every flag set; each part that holds governed text must be in the fixture. */
function plant(shape: Shape, obj: Record<string, unknown>, path: string, out: Planted[]): void {
  if (shape.flag) obj[shape.flag] = true;
  for (const [k, rule] of Object.entries(shape.text)) {
    if (rule === undefined || rule === 'open') continue;
    const marker = `${MARK}${out.length + 1}k`;
    out.push({ path: `${path}.${k}`, marker });
    const was = obj[k];
    obj[k] = Array.isArray(was) ? [marker] : `${marker} is the ${k}`;
  }
  for (const [k, part] of Object.entries(shape.parts ?? {})) {
    if (!part || !governs(part)) continue;
    const v = obj[k];
    const items = Array.isArray(v) ? v : part.map && v ? Object.values(v) : v ? [v] : [];
    if (items.length === 0) throw new Error(`The fixture has no ${path}.${k}: add one to BASE, so its text is planted too.`);
    items.forEach((p, i) => plant(part, p as Record<string, unknown>, `${path}.${k}[${i}]`, out));
  }
}

function plantedFixture(): { records: Record<CollectionName, Record<string, unknown>[]>; planted: Planted[] } {
  const planted: Planted[] = [];
  const records = structuredClone(BASE);
  for (const c of COLLECTION_NAMES) {
    if (records[c].length === 0) throw new Error(`The fixture has no ${c}: add one to BASE.`);
    records[c].forEach((r, i) => {
      plant(COLLECTION_CONFIDENTIALITY[c], r, `${c}[${i}]`, planted);
      r.updatedAt ??= '2026-11-01T00:00:00.000Z';
      records[c][i] = COLLECTIONS[c].parse(r);
    });
  }
  return { records, planted };
}

/** Open twins of the confidential records: the same kinds of text, flags off. */
const OPEN_TWINS: { collection: CollectionName; record: Record<string, unknown> }[] = [
  {
    collection: 'interactions',
    record: {
      id: 'i9',
      date: '2026-11-24',
      peerIds: ['ana'],
      summary: `${OPEN}summary`,
      exchanges: [{ direction: 'given', kind: 'feedback', note: `${OPEN}exchange` }],
      followUps: [{ id: 'f9', text: `${OPEN}followup` }],
      confidential: false,
    },
  },
  { collection: 'notes', record: { id: 'n9', peerId: 'ana', text: `${OPEN}note`, confidential: false } },
  { collection: 'journal', record: { id: 'j9', date: '2026-11-21', title: `${OPEN}title`, body: `${OPEN}body`, confidential: false } },
];

async function makeMarkedVault() {
  const dir = await temp();
  const path = join(dir, 'v.compeer');
  const { records, planted } = plantedFixture();
  const { vault } = await Vault.create(path, PASS, { kdf: TEST_KDF });
  await vault.apply(COLLECTION_NAMES.flatMap((c) => records[c].map((record) => ({ op: 'put' as const, collection: c, record }))));
  await vault.apply(OPEN_TWINS.map((t) => ({ op: 'put' as const, collection: t.collection, record: t.record })));
  await vault.apply([
    { op: 'set', key: 'me', value: { ...vault.data.me, name: 'Me', skills: ['public speaking'], interests: ['climbing'] } },
    { op: 'set', key: 'settings', value: { ...vault.data.settings, notifications: { enabled: true, showNames: true, hour: 0 } } },
  ]);
  await vault.close();
  return { dir, path, planted };
}

const cli = cliAt(NOW);

/** Search hits without the words typed: a masked hit's `terms` are the query's own (what the user typed, not what the vault holds). */
const typedLeftOut = (hits: readonly { confidential: boolean; terms?: string[] }[]) =>
  hits.map((h) => (h.confidential ? { ...h, terms: [] } : h));

async function readTree(dir: string): Promise<string> {
  const texts: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) texts.push(`${e.name}\n${await readFile(join(e.parentPath, e.name), 'utf8')}`);
  }
  return texts.join('\n');
}

/**
 * Every channel, by what it may return. READ channels are called below before any reveal and
 * must carry no confidential text; REVEAL channels return it for the one item the user asked
 * about; CHANGE channels write what the user typed (or run the vault) and are covered by their
 * own tests. A new channel must be put in one of them.
 */
const READ: Partial<Record<Channel, unknown[]>> = {
  'vault:state': [undefined],
  'settings:get': [undefined],
  'me:get': [undefined],
  'peers:list': [undefined],
  'peers:page': [undefined, { query: 'ana', limit: 1 }],
  'peers:get': [{ id: 'ana' }, { id: 'bo' }],
  'ties:list': [undefined, { peerId: 'ana' }],
  'map:data': [undefined],
  'interactions:list': [{ peerId: 'ana' }, { peerId: 'bo' }],
  'interactions:peerOverview': [{ peerId: 'ana' }],
  'lifeEvents:list': [{ peerId: 'ana' }],
  'reciprocity:network': [{ window: 12 }, { window: 'all' }],
  'reciprocity:peer': [{ peerId: 'ana', window: 12 }],
  'today:data': [undefined],
  'journal:list': [undefined],
  'journal:template': [
    { kind: 'weekly-review', date: TODAY, peerIds: ['ana'] },
    { kind: 'goal-review', date: TODAY },
    { kind: 'dialogue-prep', date: TODAY, peerIds: ['ana'] },
  ],
  'journal:prep': [{ peerId: 'ana' }, { peerId: 'bo' }],
  'journal:exportMarkdown': [
    { layout: 'folder', includeConfidential: false },
    { layout: 'single', includeConfidential: false },
  ],
  'notes:list': [undefined, { peerId: 'ana' }],
  'groups:list': [undefined],
  'groups:get': [{ id: 'g1' }],
  'groups:today': [undefined],
  'groups:forPeer': [{ peerId: 'ana' }, { peerId: 'bo' }],
  'goals:list': [undefined],
  'opportunities:list': [undefined],
  'opportunities:whoWouldItHelp': [{ id: 'op1' }],
  'advisor:list': [undefined],
  'advisor:today': [undefined],
  'advisor:forPeer': [{ peerId: 'ana' }, { peerId: 'bo' }],
  'export:peers': [
    { format: 'json', includeConfidential: false },
    { format: 'csv', includeConfidential: false },
    { format: 'vcard', includeConfidential: false },
  ],
  'vault:listBackups': [undefined],
  'vault:devices': [undefined],
};
const REVEAL: readonly Channel[] = [
  'peers:revealNotes',
  'interactions:get',
  'journal:get',
  'notes:reveal',
  'groups:revealNotes',
  'goals:reveal',
  'search:reveal',
  // masked unless `reveal` (test/electron/service/vault/shared-session.test.ts checks both)
  'vault:conflictVersions',
];
const CHANGE: readonly Channel[] = [
  ...CHANGE_CHANNELS,
  // they take what the user gives (a file, a query) or open a folder, and change nothing
  'vault:showFolder',
  'import:preview',
  'journal:importPreview',
  'search:query',
  // it takes in other devices' changes and answers only whether some came
  'vault:sync',
];

describe('no confidential text leaves the vault unasked', () => {
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, m).mockImplementation(
        (...args: unknown[]) =>
          void logged.push(
            args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
          ),
      );
    }
  });
  afterEach(() => vi.restoreAllMocks());

  test('every channel is classed as a read (checked here), a reveal, or a change', () => {
    const classed = [...Object.keys(READ), ...REVEAL, ...CHANGE];
    expect(CHANNELS.filter((c) => !classed.includes(c))).toEqual([]);
    expect(classed.filter((c) => !(CHANNELS as readonly string[]).includes(c))).toEqual([]);
  });

  test('a marker in every governed text field: no export, command, search hit, screen list, advisor or Today text, reminder or log carries one', async () => {
    const { dir, path, planted } = await makeMarkedVault();
    // every governed field of every collection and part got its marker
    expect(planted.length).toBeGreaterThanOrEqual(COLLECTION_NAMES.length);
    const outputs: { where: string; text: string }[] = [];
    const seen = (where: string, value: unknown) =>
      outputs.push({ where, text: typeof value === 'string' ? value : JSON.stringify(value) });

    // the command line: every command that prints, and every export to files, without the flag
    const run = async (args: string[]) => {
      const r = await cli(args);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(EXIT.ok);
      seen(`compeer ${args.join(' ')} (stdout)`, r.out);
      seen(`compeer ${args.join(' ')} (stderr)`, r.err);
      return r;
    };
    await run(['verify', path]);
    await run(['export', path]);
    await run(['export', path, '--format', 'csv']);
    await run(['export', path, '--format', 'vcard']);
    for (const [format, file] of [
      ['json', 'out.json'],
      ['csv', 'out.csv'],
      ['vcard', 'out.vcf'],
    ] as const) {
      await run(['export', path, '--format', format, '--out', join(dir, file)]);
      seen(`export ${format} file`, await readFile(join(dir, file), 'utf8'));
    }
    await run(['export', path, '--format', 'markdown', '--out', join(dir, 'md')]);
    seen('export markdown folder', await readTree(join(dir, 'md')));
    await run(['advise', path]);
    await run(['advise', path, '--json']);
    await run(['due', path]);
    await run(['due', path, '--json']);
    await run(['today', path]);
    await run(['today', path, '--json']);
    await run(['reciprocity', path, '--since', '2026-01-01']);
    await run(['reciprocity', path, '--since', '2026-01-01', '--json']);
    // search by every marker at once (no record holds them all, so any of them matches), and by the open words of the same records
    const everyMarker = planted.map((p) => p.marker).join(' ');
    const text = await cli(['search', path, everyMarker]);
    seen('compeer search (stdout)', text.out);
    seen('compeer search (stderr)', text.err);
    const found = text.out.split('\n').filter(Boolean);
    expect(found.length).toBeGreaterThan(0);
    const json = await cli(['search', path, everyMarker, '--json']);
    // the query is what was typed; the results are what the vault gave
    seen('compeer search --json (results)', (JSON.parse(json.out) as { results: unknown }).results);
    seen('compeer search --json (stderr)', json.err);
    for (const q of ['ana', 'circle', 'coffee', 'promoted', 'reflection']) await run(['search', path, q]);

    // the same vault through the handler table the window calls, results cloned as IPC would carry them
    const session = new AppSession({ vaultPath: path, kdf: TEST_KDF, emit: () => undefined });
    let n = 0;
    const handlers = createHandlers(session, { now: () => NOW, newId: () => `new${++n}` });
    const call = async (channel: Channel, input?: unknown) => {
      const r = await dispatch(handlers, channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
      return structuredClone(r.value);
    };
    await call('vault:unlock', { passphrase: PASS });
    const screens: Record<string, unknown> = {};
    for (const [channel, inputs] of Object.entries(READ) as [Channel, unknown[]][]) {
      for (const input of inputs) {
        const value = await call(channel, input);
        screens[`${channel} ${JSON.stringify(input) ?? ''}`] = value;
        seen(`${channel} ${JSON.stringify(input) ?? ''}`, value);
      }
    }
    for (const p of planted)
      seen(
        `search:query ${p.marker} (results)`,
        typedLeftOut(((await call('search:query', { query: p.marker })) as { results: { confidential: boolean }[] }).results),
      );
    // changes whose answer is a view: masked like the lists
    seen('goals:setMilestone', await call('goals:setMilestone', { goalId: 'o1', milestoneId: 'ms1', done: true }));
    seen('groups:generateRotation', await call('groups:generateRotation', { id: 'g1', includeMe: true }));
    seen(
      'lifeEvents:save (note kept)',
      await call('lifeEvents:save', { id: 'e1', peerId: 'ana', kind: 'setback', date: '2026-11-20', confidential: true }),
    );
    seen('peers:save (notes kept)', await call('peers:save', { id: 'cy', name: 'Cy Diaz', cadenceDays: 7 }));

    // the rules themselves, on the vault's document, and the search index's own hits
    const doc = session.requireVault().data as VaultDocument;
    const all = advise(doc, TODAY);
    seen('advise()', all);
    seen('todaysPicks()', todaysPicks(all));
    seen('todayData()', todayData(doc, TODAY));
    for (const peer of doc.peers)
      seen(
        `prepContext(${peer.id})`,
        prepContext(
          { peer, me: doc.me, interactions: doc.interactions, goals: doc.goals, lifeEvents: doc.lifeEvents, notes: doc.notes },
          TODAY,
        ),
      );
    const index = new SearchIndex();
    index.buildNow(doc);
    for (const p of planted) seen(`index.search(${p.marker})`, typedLeftOut(index.search(p.marker)));
    for (const q of ['ana', 'bo', 'circle', 'coffee', 'setback', 'reflection', `${OPEN}followup`, `${OPEN}note`, `${OPEN}body`])
      seen(`index.search(${q})`, index.search(q));

    // the daily reminder, names on: what the system's notification shows (and keeps in its history)
    const state = reminderSummary(session, NOW);
    seen('reminder state', state);
    const sent: Reminder[] = [];
    const glue = startReminders(
      {
        getDueSummary: () => Promise.resolve(reminderSummary(session, NOW)),
        markSent: () => Promise.resolve(),
        show: (r) => void sent.push(r),
        now: () => NOW,
      },
      () => 0 as never,
      () => undefined,
    );
    await glue.check();
    glue.stop();
    expect(sent).toHaveLength(1);
    expect(reminderToSend(NOW, state!)).toEqual(sent[0]);
    seen('reminder shown', sent);
    await call('vault:lock');
    seen('console', logged);

    // nothing carries a marker
    const leaks = outputs.flatMap((o) => planted.filter((p) => o.text.includes(p.marker)).map((p) => `${o.where}: ${p.path}`));
    expect(leaks).toEqual([]);
    expect(outputs.filter((o) => LEAK.test(o.text)).map((o) => o.where)).toEqual([]);

    // ...and not because nothing was said: the confidential records are there, masked
    const today = screens['today:data '] as {
      followUps: { interactionId: string; hidden: boolean }[];
      lifeEvents: { event: { id: string; hidden: boolean } }[];
      thisWeek: { interactions: { id: string; hidden: boolean }[] };
    };
    expect(today.followUps.some((f) => f.interactionId === 'i1' && f.hidden)).toBe(true);
    expect(today.lifeEvents.some((m) => m.event.id === 'e1' && m.event.hidden)).toBe(true);
    expect(today.thisWeek.interactions.some((i) => i.id === 'i1' && i.hidden)).toBe(true);
    expect(
      (screens['groups:today '] as { actionItems: { hidden: boolean; item: { id: string } }[] }).actionItems.some(
        (a) => a.item.id === 'a1' && a.hidden,
      ),
    ).toBe(true);
    expect(JSON.stringify(screens['advisor:forPeer {"peerId":"ana"}'])).toContain(
      `An open follow-up from your conversation ${onDay('2026-11-25', TODAY)}`,
    );
    expect(
      (screens['journal:prep {"peerId":"ana"}'] as { openFollowUps: { id: string; text: string | null }[] }).openFollowUps.some(
        (f) => f.id === 'f1' && f.text === null,
      ),
    ).toBe(true);
    for (const p of planted) expect(index.search(p.marker).length, `${p.path} is found by search`).toBeGreaterThan(0);
    // the open twins' text is shown where theirs is not: the outputs do quote text
    const shown = (where: RegExp) => outputs.filter((o) => where.test(o.where) && o.text.includes(OPEN)).length;
    for (const where of [
      /^today:data/,
      /^interactions:list/,
      /^advisor:forPeer/,
      /^journal:prep/,
      /^compeer export .* \(stdout\)$/,
      /^export markdown/,
      /^index\.search\(openword/,
      /^notes:list/,
      /^journal:list/,
    ]) {
      expect(shown(where), `${where.source} shows open text`).toBeGreaterThan(0);
    }
  });

  test('with --include-confidential the JSON export carries every marker', async () => {
    const { path, planted } = await makeMarkedVault();
    const r = await cli(['export', path, '--include-confidential']);
    expect(r.code).toBe(EXIT.ok);
    expect(planted.filter((p) => !r.out.includes(p.marker)).map((p) => p.path)).toEqual([]);
  });
});
