import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppSession } from '../../../../electron/service/session';
import { dispatch } from '../../../../electron/service/dispatch';
import { createHandlers } from '../../../../electron/service/handlers';
import { IMPORT_MAX_CONTACTS, type ImportPreview, type ImportProgress } from '../../../../shared/import-preview';
import { binaryCard, linkedInCsv, oversizeFieldsCsv } from '../../../helpers/hostile-files';
import { TEST_KDF, useTempDirs } from '../../../helpers/temp-dir';

const temp = useTempDirs();
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../fixtures', name)));

async function unlocked() {
  const session = new AppSession({ vaultPath: join(await temp(), 'v.compeer'), kdf: TEST_KDF, emit: () => undefined });
  const handlers = createHandlers(session);
  expect((await dispatch(handlers, 'vault:create', { passphrase: 'pass words here' })).ok).toBe(true);
  // as Electron's IPC carries it: a structured clone
  const call = (channel: string, input: unknown) => dispatch(handlers, channel, structuredClone(input));
  return { session, call };
}

describe('import:preview takes the file as bytes', () => {
  test('a Uint8Array is the contract; text, an ArrayBuffer or a file over 50 MB are refused with a message', async () => {
    const { call } = await unlocked();
    expect(await call('import:preview', { fileName: 'a.csv', text: 'First Name,Last Name' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('import:preview', { fileName: 'a.csv', bytes: new ArrayBuffer(4) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const big = await call('import:preview', { fileName: 'big.csv', bytes: new Uint8Array(50 * 1024 * 1024 + 1) });
    expect(big).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          "big.csv is 50.1 MB; Compeer reads contacts files of up to 50 MB. Split it into smaller files (a CSV file's parts each starting with its header row) and import them one after another. Nothing was imported.",
      },
    });
  });

  test('main decodes: the preview names the encoding and carries the warnings; commit saves the rest', async () => {
    const { call, session } = await unlocked();
    const utf16 = await call('import:preview', { fileName: 'outlook.csv', bytes: fixture('outlook-utf16le.csv') });
    expect(utf16).toMatchObject({
      ok: true,
      value: { format: 'Outlook contacts (CSV)', encoding: 'UTF-16 LE', counts: { add: 2 }, warnings: [] },
    });

    const r = await call('import:preview', { fileName: 'oversize.csv', bytes: new TextEncoder().encode(oversizeFieldsCsv()) });
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value as ImportPreview;
    expect(preview.counts).toEqual({ add: 5, merge: 0, skip: 0, conflicts: 0 });
    expect(preview.warnings.map((w) => [w.line, w.skipped])).toEqual([
      [3, false],
      [4, false],
      [5, false],
      [6, true],
    ]);
    expect(await call('import:commit', { token: preview.token, useIncoming: [] })).toEqual({ ok: true, value: { added: 5, updated: 0 } });
    expect(session.requireVault().data.peers).toHaveLength(5);
  });

  test('a vCard file where no card can be read is refused with what is wrong, and nothing changes', async () => {
    const { call, session } = await unlocked();
    const r = await call('import:preview', {
      fileName: 'cut.vcf',
      bytes: new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\n'),
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'UNSUPPORTED_FILE',
        message: 'The card that begins on line 1 never ends (no END:VCARD), so it was left out. Nothing was imported.',
      },
    });
    expect(session.requireVault().data.peers).toHaveLength(0);
  });

  test('the batch: rows left out are not added; the others get the peer type and tags chosen; bad choices are refused', async () => {
    const { call, session } = await unlocked();
    const r = await call('import:preview', { fileName: 'Connections.csv', bytes: fixture('linkedin-Connections.csv') });
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value as ImportPreview;
    expect(preview.counts.add).toBe(3);
    const left = preview.rows[1]!;
    expect(await call('import:commit', { token: preview.token, useIncoming: [], peerTypes: ['colleague'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await call('import:commit', {
        token: preview.token,
        useIncoming: [],
        leaveOutRows: [left.row],
        peerTypes: ['industry'],
        tags: ['linkedin'],
      }),
    ).toEqual({ ok: true, value: { added: 2, updated: 0 } });
    const peers = session.requireVault().data.peers;
    expect(peers.map((p) => p.name)).not.toContain(left.name);
    expect(peers.map((p) => [p.peerTypes, p.tags])).toEqual([
      [['industry'], ['linkedin']],
      [['industry'], ['linkedin']],
    ]);
  });
});

describe('a large import in the app', () => {
  test('read and planned with progress, saved in steps of 5,000 (one change each), the window told how far', async () => {
    const events: ImportProgress[] = [];
    const session = new AppSession({
      vaultPath: join(await temp(), 'v.compeer'),
      kdf: TEST_KDF,
      emit: (event, payload) => void (event === 'import:progress' && events.push(payload as ImportProgress)),
    });
    const handlers = createHandlers(session);
    expect((await dispatch(handlers, 'vault:create', { passphrase: 'pass words here' })).ok).toBe(true);
    const r = await dispatch(handlers, 'import:preview', {
      fileName: 'Connections.csv',
      bytes: new TextEncoder().encode(linkedInCsv(12_000)),
    });
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value as ImportPreview;
    expect(preview.counts.add).toBe(12_000);
    expect(events).toEqual([2_000, 4_000, 6_000, 8_000, 10_000, 12_000].map((done) => ({ phase: 'reading', done, total: null })));
    events.length = 0;
    const applied: number[] = [];
    session.requireVault().onApplied((ops) => applied.push(ops.length));
    expect(await dispatch(handlers, 'import:commit', { token: preview.token, useIncoming: [] })).toEqual({
      ok: true,
      value: { added: 12_000, updated: 0 },
    });
    expect(applied).toEqual([5_000, 5_000, 2_000]);
    expect(events).toEqual([5_000, 10_000, 12_000].map((done) => ({ phase: 'saving', done, total: 12_000 })));
    await session.lock('user');
  });

  test('a binary file and a file of too many contacts are refused with one message each', async () => {
    const { call } = await unlocked();
    const binary = await call('import:preview', { fileName: 'photo.vcf', bytes: binaryCard(64 * 1024) });
    expect(binary).toMatchObject({
      ok: false,
      error: {
        code: 'UNSUPPORTED_FILE',
        message: expect.stringMatching(/^This file holds binary data \(a control character U\+[0-9A-F]{4} on line \d+\)/) as unknown,
      },
    });
    const rows = Array.from({ length: IMPORT_MAX_CONTACTS + 1 }, (_, i) => `N${i},S${i},n${i}@x.io`);
    const many = await call('import:preview', {
      fileName: 'many.csv',
      bytes: new TextEncoder().encode(`First Name,Last Name,E-mail 1 - Value\n${rows.join('\n')}\n`),
    });
    expect(many).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(
          /^many\.csv has more than 100,000 contacts; Compeer imports up to 100,000 from one file\./,
        ) as unknown,
      },
    });
  });
});
