import { copyFile, cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { nodeFs, type VaultFs } from '../../../electron/core/vault/fs-ops';
import { afterWholeSave, decodeMark, encodeMark, missingAgainst, positionOf, type Mark } from '../../../electron/core/vault/mark';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { PASS, makeVault, markFiles, peer, putMarkFiles } from '../../helpers/vaults';

const temp = useTempDirs();
const GOLDEN = join(__dirname, '../../fixtures/golden-v1.compeer');

/** Stop without a whole save, as a crash or a killed process would. */
async function crash(v: Vault): Promise<void> {
  (v as unknown as { closed: boolean }).closed = true;
  await (v as unknown as { release: () => Promise<void> }).release();
}

const statusOf = async (path: string, opts: { dataDir?: string } = {}) => {
  const v = await Vault.open(path, PASS, { readOnly: true, ...opts });
  try {
    return v.status();
  } finally {
    await v.close();
  }
};

const marksIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.mark'));

/** A vault in `dir` with a data folder `home`, and a copy of its file taken after `copyAfter` of `n` changes in one session. */
async function sessionWithCopy(n: number, copyAfter: number, ending: 'crash' | 'close') {
  const dir = await temp();
  const home = join(dir, 'home');
  const { path } = await makeVault(dir);
  const v = await Vault.open(path, PASS, { dataDir: home });
  let copy = Buffer.alloc(0);
  let copyMarks = new Map<string, Buffer>();
  for (let i = 0; i < n; i++) {
    await v.apply([peer(`s${i}`, `Change ${i}`)]);
    if (i + 1 === copyAfter) [copy, copyMarks] = [await readFile(path), await markFiles(path)];
  }
  if (ending === 'crash') await crash(v);
  else await v.close();
  return { dir, home, path, copy, copyMarks };
}

describe('the high-water mark as data', () => {
  const key = Buffer.alloc(32, 7);
  const fileId = Buffer.alloc(16, 3);
  const mark: Mark = {
    saveCounter: 5n,
    records: 2,
    starts: [
      { counter: 4n, at: 10, exact: true },
      { counter: 5n, at: 13, exact: true },
    ],
  };

  test('round trip; any changed field, another key or another vault is not taken as the mark', () => {
    const text = encodeMark(key, fileId, mark);
    expect(decodeMark(text, key, fileId)).toEqual(mark);
    expect(positionOf(mark)).toBe(15);
    expect(decodeMark(text, Buffer.alloc(32, 8), fileId)).toBe('unverified');
    expect(decodeMark(text, key, Buffer.alloc(16, 4))).toBeNull();
    const o = JSON.parse(text) as Record<string, unknown>;
    for (const change of [
      { records: 1 },
      { saveCounter: '4' },
      {
        starts: [
          ['4', 10, 1],
          ['5', 12, 1],
        ],
      },
    ]) {
      expect(decodeMark(JSON.stringify({ ...o, ...change }), key, fileId)).toBe('unverified');
    }
    for (const bad of [
      '',
      '{',
      'null',
      '[]',
      text.slice(0, 40),
      JSON.stringify({ ...o, version: 2 }),
      JSON.stringify({ ...o, records: -1 }),
      JSON.stringify({ ...o, starts: [] }),
    ]) {
      expect(decodeMark(bad, key, fileId)).toBeNull();
    }
  });

  test('what a file lacks: counted within a whole save and across exact ones; unknown across one first seen elsewhere', () => {
    expect(missingAgainst(mark, 5n, 2)).toBe(0);
    expect(missingAgainst(mark, 6n, 0)).toBe(0);
    expect(missingAgainst(mark, 5n, 0)).toBe(2);
    expect(missingAgainst(mark, 4n, 1)).toBe(4);
    expect(missingAgainst(mark, 4n, 3)).toBe(2);
    expect(missingAgainst(mark, 3n, 9)).toBeNull();
    const inexact: Mark = {
      ...mark,
      starts: [
        { counter: 4n, at: 10, exact: true },
        { counter: 5n, at: 13, exact: false },
      ],
    };
    expect(missingAgainst(inexact, 4n, 1)).toBeNull();
    // a whole save starts where the mark stood, and is above every counter it saw
    expect(afterWholeSave(mark, 7n, 15)).toMatchObject({ saveCounter: 7n, records: 0 });
  });
});

describe('an older copy of the vault put back', () => {
  test.each(['crash', 'close'] as const)(
    'within one session (ended by a %s): the missing changes are counted, and writing is refused',
    async (ending) => {
      const { path, copy, home } = await sessionWithCopy(9, 3, ending);
      await writeFile(path, copy);
      const st = await statusOf(path, { dataDir: home });
      expect(st.loss).toMatchObject({ cause: 'rollback', missing: 6 });
      expect(st.markCheck).toBe('ok');
      const v = await Vault.open(path, PASS, { dataDir: home });
      await expect(v.apply([peer('x', 'X')])).rejects.toMatchObject({ code: 'CHANGES_MISSING', message: /6 saved changes are missing/ });
      await expect(v.compact()).rejects.toMatchObject({ code: 'CHANGES_MISSING' });
      await expect(v.changePassphrase(PASS, 'another passphrase here')).rejects.toMatchObject({ code: 'CHANGES_MISSING' });
      await v.close();
      // closing wrote nothing: the copy is as it was, and still seen
      expect((await readFile(path)).equals(copy)).toBe(true);
      expect((await statusOf(path, { dataDir: home })).loss).toMatchObject({ missing: 6 });
    },
  );

  test('across later whole saves: counted exactly, and the newest backup that holds them is named', async () => {
    const { dir, path, copy, home } = await sessionWithCopy(5, 2, 'close');
    const w = await Vault.open(path, PASS, { dataDir: home });
    for (let i = 0; i < 3; i++) await w.apply([peer(`t${i}`, `Later ${i}`)]);
    await w.close();
    const latest = await readFile(path);
    await writeFile(path, copy);
    const st = await statusOf(path, { dataDir: home });
    expect(st.loss?.cause).toBe('rollback');
    expect(st.loss?.missing).toBe(6);
    // the whole save that replaced the file with the last three changes backed it up: that backup holds them all
    const holder = st.loss!.backup!;
    expect(holder).not.toBeNull();
    const held = await Vault.open(holder.path, PASS, { readOnly: true, marks: false });
    expect(held.data.peers.map((p) => p.id)).toEqual(expect.arrayContaining(['t0', 't1', 't2']));
    await held.close();
    // restoring it is the way back, allowed while writes are refused
    const v = await Vault.open(path, PASS, { dataDir: home });
    const source = await v.openBackup(holder.name, PASS);
    await v.replaceContents(source.data);
    await source.close();
    expect(v.status().loss).toBeNull();
    await v.apply([peer('after', 'After')]);
    await v.close();
    const after = await statusOf(path, { dataDir: home });
    expect(after.loss).toBeNull();
    expect(latest.length).toBeGreaterThan(0);
    expect(dir).toBeTruthy();
  });

  test('restore from the command line path (Vault.restoreBackup) ends it too, with the mark moved past it', async () => {
    const { path, copy, home } = await sessionWithCopy(4, 1, 'close');
    const w = await Vault.open(path, PASS, { dataDir: home });
    await w.apply([peer('later', 'Later')]);
    await w.close();
    await writeFile(path, copy);
    const st = await statusOf(path, { dataDir: home });
    expect(st.loss).toMatchObject({ missing: 4 });
    await Vault.restoreBackup(path, st.loss!.backup!.name, PASS, { dataDir: home });
    const after = await statusOf(path, { dataDir: home });
    expect(after.loss).toBeNull();
    expect(after.markCheck).toBe('ok');
  });

  test('accepting the loss records it, writes afresh (the file as it was kept in backups), and later saves keep the record', async () => {
    const { path, copy, home } = await sessionWithCopy(6, 2, 'crash');
    await writeFile(path, copy);
    const v = await Vault.open(path, PASS, { dataDir: home });
    const accepted = await v.acceptLoss(new Date('2026-03-04T05:06:07Z'));
    expect(accepted).toEqual({ on: '2026-03-04T05:06:07.000Z', missing: 4, cause: 'rollback' });
    expect(v.status()).toMatchObject({ loss: null, acceptedLosses: [accepted] });
    const kept = await Promise.all((await v.listBackups()).map(async (b) => (await readFile(b.path)).equals(copy)));
    expect(kept).toContain(true);
    await v.apply([peer('next', 'Next')]);
    await v.close();
    const w = await Vault.open(path, PASS, { dataDir: home });
    expect(w.status()).toMatchObject({ loss: null, acceptedLosses: [accepted] });
    await w.apply([peer('more', 'More')]);
    await w.compact();
    await w.close();
    expect((await statusOf(path, { dataDir: home })).acceptedLosses).toEqual([accepted]);
    // the copy put back again is still older than the vault the person went on with
    await writeFile(path, copy);
    expect((await statusOf(path, { dataDir: home })).loss).toMatchObject({ cause: 'rollback' });
  });

  test('the recovery code does not write afresh over missing changes unless the person accepts the loss', async () => {
    const dir = await temp();
    const home = join(dir, 'home');
    const path = join(dir, 'v.compeer');
    const { vault, recoveryCode } = await Vault.create(path, PASS, { kdf: TEST_KDF, dataDir: home });
    await vault.apply([peer('a', 'A')]);
    const copy = await readFile(path);
    await vault.apply([peer('b', 'B')]);
    await crash(vault);
    await writeFile(path, copy);
    await expect(
      Vault.openWithRecoveryCode(path, recoveryCode, 'new passphrase words', { kdf: TEST_KDF, dataDir: home }),
    ).rejects.toMatchObject({
      code: 'CHANGES_MISSING',
    });
    expect((await readFile(path)).equals(copy)).toBe(true);
    const r = await Vault.openWithRecoveryCode(path, recoveryCode, 'new passphrase words', {
      kdf: TEST_KDF,
      dataDir: home,
      acceptLoss: true,
    });
    expect(r.vault.status()).toMatchObject({ loss: null, acceptedLosses: [{ missing: 1, cause: 'rollback' }] });
    await r.vault.close();
  });
});

describe('the mark itself', () => {
  test('deleted (both copies): no alarm, said as not checked; the next writable open puts it back', async () => {
    const { path, copy, home, dir } = await sessionWithCopy(4, 1, 'crash');
    await rm(join(home, 'marks'), { recursive: true });
    for (const m of await marksIn(join(dir, 'backups'))) await rm(join(dir, 'backups', m));
    await writeFile(path, copy);
    // what cannot be noticed: without any mark, the older copy looks whole
    const st = await statusOf(path, { dataDir: home });
    expect(st).toMatchObject({ loss: null, markCheck: 'none' });
    const v = await Vault.open(path, PASS, { dataDir: home });
    await v.close();
    expect(await marksIn(join(home, 'marks'))).toHaveLength(1);
    expect(await marksIn(join(dir, 'backups'))).toHaveLength(1);
    expect((await statusOf(path, { dataDir: home })).markCheck).toBe('ok');
  });

  test('one copy deleted, or put back older with the vault folder: the other still sees the older copy', async () => {
    const { path, copy, copyMarks, home, dir } = await sessionWithCopy(5, 2, 'crash');
    const beside = join(dir, 'backups', (await marksIn(join(dir, 'backups')))[0]!);
    const homeCopy = join(home, 'marks', (await marksIn(join(home, 'marks')))[0]!);
    const newest = await readFile(beside);
    // the vault folder put back from an older drive, the mark beside the backups with it
    await writeFile(path, copy);
    await putMarkFiles(copyMarks);
    // what cannot be noticed: with only that copy, the older vault looks whole
    expect(await statusOf(path)).toMatchObject({ loss: null, markCheck: 'ok' });
    // the data folder's copy is newer, and it counts
    expect((await statusOf(path, { dataDir: home })).loss).toMatchObject({ missing: 3 });
    // the copy beside the backups gone: the data folder's copy is enough
    await rm(beside);
    expect((await statusOf(path, { dataDir: home })).loss).toMatchObject({ missing: 3 });
    // the data folder's copy gone: the one beside the backups is enough
    await writeFile(beside, newest);
    await rm(homeCopy);
    expect((await statusOf(path, { dataDir: home })).loss).toMatchObject({ missing: 3 });
  });

  test('tampered: a changed count, a copy from another vault or garbage is never an alarm and never a crash', async () => {
    const { path, home, dir } = await sessionWithCopy(3, 3, 'crash');
    const copies = [
      ...(await marksIn(join(home, 'marks'))).map((n) => join(home, 'marks', n)),
      ...(await marksIn(join(dir, 'backups'))).map((n) => join(dir, 'backups', n)),
    ];
    expect(copies).toHaveLength(2);
    const original = await readFile(copies[0]!, 'utf8');
    // raised by hand to raise a false alarm: the seal no longer verifies
    const raised = JSON.stringify({ ...(JSON.parse(original) as object), records: 99 });
    for (const c of copies) await writeFile(c, raised);
    expect(await statusOf(path, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'unverified' });
    for (const c of copies) await writeFile(c, '\u0000'.repeat(10));
    expect(await statusOf(path, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'none' });
    for (const c of copies) await writeFile(c, 'x'.repeat(100_000));
    expect(await statusOf(path, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'none' });
    // another vault's mark put in this one's place
    const other = await sessionWithCopy(2, 2, 'crash');
    const otherMark = (await marksIn(join(other.dir, 'backups')))[0]!;
    for (const c of copies) await copyFile(join(other.dir, 'backups', otherMark), c);
    expect(await statusOf(path, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'none' });
    // a folder where the mark should be
    for (const c of copies) {
      await rm(c);
      await mkdir(c);
    }
    expect(await statusOf(path, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'none' });
    const v = await Vault.open(path, PASS, { dataDir: home });
    await v.apply([peer('still', 'Still saves')]);
    await v.close();
  });

  test('a mark that cannot be written never fails a save', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const v = await Vault.open(path, PASS);
    const refusing: VaultFs = {
      ...nodeFs,
      rename: async (...args: Parameters<VaultFs['rename']>) => {
        if (String(args[1]).endsWith('.mark')) throw Object.assign(new Error('injected'), { code: 'EACCES' });
        return nodeFs.rename(...args);
      },
    };
    (v as unknown as { adapter: { fs: VaultFs } }).adapter.fs = refusing;
    await v.apply([peer('ok', 'Saved')]);
    await v.compact();
    await v.close();
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const again = await Vault.open(path, PASS, { readOnly: true });
    expect(again.data.peers.map((p) => p.id)).toContain('ok');
    await again.close();
  });

  test('after a passphrase change the mark is sealed afresh; a copy from before the change cannot be checked and says so', async () => {
    const { path, home } = await sessionWithCopy(2, 2, 'close');
    const before = await readFile(path);
    const v = await Vault.open(path, PASS, { dataDir: home });
    await v.changePassphrase(PASS, 'a brand new passphrase', TEST_KDF);
    await v.apply([peer('n', 'N')]);
    await v.close();
    const now = await Vault.open(path, 'a brand new passphrase', { readOnly: true, dataDir: home });
    expect(now.status()).toMatchObject({ loss: null, markCheck: 'ok' });
    await now.close();
    await writeFile(path, before);
    expect(await statusOf(path, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'unverified' });
  });
});

describe('where the mark lives', () => {
  test('keyed by file id: several vaults in one data folder, and the same folder, do not collide', async () => {
    const dir = await temp();
    const home = join(dir, 'home');
    const paths = ['a.compeer', 'b.compeer'].map((n) => join(dir, n));
    for (const p of paths) {
      const { vault } = await Vault.create(p, PASS, { kdf: TEST_KDF, dataDir: home });
      await vault.apply([peer('x', 'X')]);
      await vault.close();
    }
    expect(await marksIn(join(home, 'marks'))).toHaveLength(2);
    expect(await marksIn(join(dir, 'backups'))).toHaveLength(2);
    for (const p of paths) expect(await statusOf(p, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'ok' });
  });

  test('a vault moved to another folder keeps working, and an older copy is still seen there', async () => {
    const { dir, path, copy, home } = await sessionWithCopy(4, 1, 'close');
    const moved = join(await temp(), 'elsewhere');
    await mkdir(moved);
    // the vault alone, without its backups: the data folder's copy of the mark goes with its file id
    await rename(path, join(moved, 'v.compeer'));
    const there = join(moved, 'v.compeer');
    expect(await statusOf(there, { dataDir: home })).toMatchObject({ loss: null, markCheck: 'ok' });
    const v = await Vault.open(there, PASS, { dataDir: home });
    await v.apply([peer('moved', 'Moved')]);
    await v.close();
    expect((await statusOf(there, { dataDir: home })).loss).toBeNull();
    await writeFile(there, copy);
    expect((await statusOf(there, { dataDir: home })).loss).toMatchObject({ cause: 'rollback', missing: 4 });
    // the whole folder moved, backups and all, with no data folder: the copy beside the backups is enough
    const whole = join(await temp(), 'folder');
    await cp(dir, whole, { recursive: true });
    await rm(join(whole, 'home'), { recursive: true });
    await writeFile(join(whole, 'v.compeer'), copy);
    expect((await statusOf(join(whole, 'v.compeer'))).loss).toMatchObject({ cause: 'rollback' });
  });

  test('the golden v1 vault opens, is upgraded with a mark, and reopens clean', async () => {
    const dir = await temp();
    const home = join(dir, 'home');
    const path = join(dir, 'golden.compeer');
    await copyFile(GOLDEN, path);
    const ro = await Vault.open(path, 'golden vault passphrase', { readOnly: true, dataDir: home });
    expect(ro.status()).toMatchObject({ loss: null, markCheck: 'none', formatLayout: 1 });
    await ro.close();
    expect(await marksIn(join(home, 'marks'))).toEqual([]);
    const v = await Vault.open(path, 'golden vault passphrase', { dataDir: home });
    expect(v.status()).toMatchObject({ loss: null, formatLayout: 2 });
    await v.close();
    const again = await Vault.open(path, 'golden vault passphrase', { readOnly: true, dataDir: home });
    expect(again.status()).toMatchObject({ loss: null, markCheck: 'ok' });
    expect(again.data.peers.map((p) => p.id)).toEqual(['ana', 'ben']);
    await again.close();
  });
});
