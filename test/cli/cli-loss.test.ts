import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { patience } from '../helpers/patience.mts';
import { EXIT } from '../../electron/cli/run';
import { dayWithYear } from '../../shared/date-words';
import { dayOf } from '../../shared/domain/days';
import { Vault } from '../../electron/core/vault';
import { parseVault, splitRecords } from '../../electron/core/vault/format';
import { AppSession } from '../../electron/service/session';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { cliAt } from '../helpers/cli';
import { TEST_KDF, useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault, peer } from '../helpers/vaults';

/**
 * Saved changes must never go missing unseen: a vault file cut at a record boundary, or an
 * older copy of it put back, is refused for writing (exit 4, naming the count and the
 * backups) until the person restores a backup or accepts the loss with --accept-loss.
 */
const temp = useTempDirs();

const cliNow = cliAt('2026-11-27T12:00:00Z');
const cli = (args: string[], home: string) => cliNow(args, { COMPEER_HOME: home });

/** Stop without a whole save, as a crash or a killed process would: only change records on disk. */
async function crash(v: Vault): Promise<void> {
  (v as unknown as { closed: boolean }).closed = true;
  await (v as unknown as { release: () => Promise<void> }).release();
}

const CSV = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZed,Zulu,,,Acme,Eng,01 Feb 2020\n';
const RECORDS = 24;

describe('a vault file cut at a record boundary', () => {
  let source = '';
  let bytes = Buffer.alloc(0);
  let ends: number[] = [];

  beforeAll(async () => {
    // made once for every cut, so not one of the per-test temp folders
    source = await mkdtemp(join(tmpdir(), 'compeer-test-'));
    const { path } = await makeVault(source);
    const v = await Vault.open(path, PASS);
    for (let i = 0; i < RECORDS; i++) await v.apply([peer(`r${i}`, `Record ${i}`)]);
    bytes = await readFile(path);
    await crash(v);
    const parsed = parseVault(bytes);
    const { records } = splitRecords(bytes, parsed.recordsOffset, parsed.layout);
    expect(records).toHaveLength(RECORDS);
    // every boundary that drops at least one acknowledged change: after the body, after record 1, ...
    ends = [parsed.recordsOffset, ...records.slice(0, -1).map((r) => r.end)];
  }, 120_000);
  afterAll(() => rm(source, { recursive: true, force: true }));

  /** A fresh copy of the vault's folder (vault, backups, anything beside them), the vault cut to `end`. */
  async function cutCopy(end: number) {
    const dir = await temp();
    await cp(source, dir, { recursive: true });
    const path = join(dir, 'v.compeer');
    const cut = bytes.subarray(0, end);
    await writeFile(path, cut);
    const csv = join(dir, 'Connections.csv');
    await writeFile(csv, CSV);
    const home = join(dir, 'home');
    await mkdir(home);
    return { dir, path, cut, csv, home };
  }

  test.each(Array.from({ length: RECORDS }, (_, k) => k))(
    'kept %i of the changes: import refuses (exit 4), the session opens it read-only across lock and unlock, --accept-loss records it',
    async (kept) => {
      const missing = RECORDS - kept;
      const { dir, path, cut, csv, home } = await cutCopy(ends[kept]!);
      const count = `${missing} saved change${missing === 1 ? '' : 's'}`;

      const refused = await cli(['import', path, csv], home);
      expect(refused.code).toBe(EXIT.damaged);
      expect(refused.err).toContain(`${count} ${missing === 1 ? 'is' : 'are'} missing`);
      expect(refused.err).toMatch(/compeer backups/);
      expect(refused.err).toMatch(/--accept-loss/);
      expect(refused.out).toBe('');
      expect((await readFile(path)).equals(cut)).toBe(true);
      // passwd, a writing command too, refuses the same way
      const passwd = await cli(['passwd', path], home);
      expect(passwd.code).toBe(EXIT.damaged);
      expect((await readFile(path)).equals(cut)).toBe(true);
      const verified = await cli(['verify', path], home);
      expect(verified.code).toBe(EXIT.damaged);
      expect(verified.err).toContain(`Damaged: ${count} missing`);

      // the app's session: read-only with the loss named, writes refused, and still so after lock and unlock
      const session = new AppSession({ vaultPath: path, kdf: TEST_KDF, emit: () => undefined, dataDir: home });
      const handlers = createHandlers(session);
      for (let round = 0; round < 2; round++) {
        await session.unlock(PASS);
        const state = await session.state();
        expect(state.warnings?.loss).toMatchObject({ missing, cause: 'cut' });
        const write = await dispatch(handlers, 'settings:update', { theme: 'dark' });
        expect(write).toMatchObject({ ok: false, error: { code: 'CHANGES_MISSING' } });
        expect(!write.ok && write.error.message).toContain(`${count} ${missing === 1 ? 'is' : 'are'} missing`);
        await session.lock('user');
        expect((await readFile(path)).equals(cut)).toBe(true);
      }

      const accepted = await cli(['import', path, csv, '--accept-loss'], home);
      expect(accepted.code).toBe(EXIT.ok);
      expect(accepted.err).toContain(`Accepted: the vault goes on without the ${count} that ${missing === 1 ? 'was' : 'were'} missing`);
      expect(accepted.out).toMatch(/Added: 1 peer/);
      const after = await cli(['verify', path], home);
      expect(after.code).toBe(EXIT.ok);
      expect(after.out).toMatch(new RegExp(`^peers\\t${3 + kept + 1}$`, 'm'));
      expect(after.err).toContain(
        `Note: on ${dayWithYear(dayOf(new Date('2026-11-27T12:00:00Z')))} you chose to go on without ${count} that ${missing === 1 ? 'was' : 'were'} missing (the file had been cut short).`,
      );
      // the cut file itself was kept in the backups before the vault was written afresh
      const backups = await Vault.listBackupsOf(path);
      const kept2 = await Promise.all(backups.map(async (b) => (await readFile(b.path)).equals(cut)));
      expect(kept2).toContain(true);
      expect(dir).toBeTruthy();
    },
  );
});

describe('an older copy of the vault from the same session put back in place', () => {
  for (const ending of ['crash', 'close'] as const) {
    test(
      `copies taken between appends, the session ended by a ${ending}: verify says which changes are missing (exit 4) and import refuses`,
      async () => {
        const dir = await temp();
        const home = join(dir, 'home');
        await mkdir(home);
        const { path } = await makeVault(dir);
        const csv = join(dir, 'Connections.csv');
        await writeFile(csv, CSV);
        const n = 12;
        const v = await Vault.open(path, PASS, { dataDir: home });
        const copies: Buffer[] = [];
        for (let i = 0; i < n; i++) {
          await v.apply([peer(`r${i}`, `Record ${i}`)]);
          copies.push(await readFile(path));
        }
        if (ending === 'crash') await crash(v);
        else await v.close();
        const current = await readFile(path);
        for (const [i, copy] of copies.entries()) {
          const missing = n - (i + 1);
          if (missing === 0 && ending === 'crash') continue; // the last copy is the vault itself
          await writeFile(path, copy);
          const verified = await cli(['verify', path], home);
          if (missing === 0) {
            // the vault as it was when the session ended, before its whole save: nothing is missing
            expect(verified.code).toBe(EXIT.ok);
            continue;
          }
          const count = `${missing} saved change${missing === 1 ? '' : 's'}`;
          expect(verified.code, `copy ${i + 1}`).toBe(EXIT.damaged);
          expect(verified.err).toContain(`Damaged: ${count} missing`);
          const refused = await cli(['import', path, csv], home);
          expect(refused.code).toBe(EXIT.damaged);
          expect(refused.err).toContain(`${count} ${missing === 1 ? 'is' : 'are'} missing`);
          expect((await readFile(path)).equals(copy)).toBe(true);
        }
        await writeFile(path, current);
        expect((await cli(['verify', path], home)).code).toBe(EXIT.ok);
      },
      patience(120_000),
    );
  }
});

describe('restore is the way back', () => {
  test('an older copy put back: restore of the backup that verify names works at once, and verify is then OK', async () => {
    const dir = await temp();
    const home = join(dir, 'home');
    await mkdir(home);
    const { path } = await makeVault(dir);
    const v = await Vault.open(path, PASS, { dataDir: home });
    await v.apply([peer('a', 'A')]);
    const copy = await readFile(path);
    await v.apply([peer('b', 'B')]);
    await v.close();
    await writeFile(path, copy);
    const verified = await cli(['verify', path], home);
    expect(verified.code).toBe(EXIT.damaged);
    const name = /The newest backup that holds them: (\S+)\.\n/.exec(verified.err)?.[1];
    expect(name).toMatch(/\.compeer$/);
    const restored = await cli(['restore', path, name!], home);
    expect(restored.code).toBe(EXIT.ok);
    const after = await cli(['verify', path], home);
    expect(after.code).toBe(EXIT.ok);
    expect(after.out).toMatch(/^peers\t5$/m);
  });
});
