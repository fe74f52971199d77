import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOn, syncFolder } from '../helpers/cli';
import { SharedVault } from '../../electron/core/sync';
import { useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault, peer } from '../helpers/vaults';
import { patience } from '../helpers/patience.mts';

const on = (home: string, name: string) => cliOn(null, home, name);

/** Changes saved on one device as the app saves them (through the shared vault, in that device's data folder). */
async function change(folder: string, home: string, name: string, ops: unknown[]): Promise<void> {
  const v = await SharedVault.open(folder, PASS, { home, deviceName: name, lock: true });
  try {
    await v.apply(ops);
  } finally {
    await v.close();
  }
}

/** The bytes of every device's log in a copy of the shared folder. */
async function logs(folder: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const n of await readdir(join(folder, 'devices'))) out.set(n, (await readFile(join(folder, 'devices', n))).toString('hex'));
  return out;
}

const tie = (note: string) => ({ op: 'put', collection: 'ties', record: { id: 't1', a: 'p1', b: 'p2', note } });
const TIE_LAPTOP = `Laptop: ${'they worked together at the agency for years. '.repeat(6)}`;
const TIE_DESKTOP = `Desktop: ${'they studied together in Porto. '.repeat(8)}`;
const LAPTOP_TEXT = 'Laptop: met Ana at the conference, talked about her move to Lisbon.';
const DESKTOP_TEXT = 'Desktop: Ana prefers calls in the morning; ask about the new team.';

describe('devices: settling a change made on two devices from the command line', () => {
  const tempDir = useTempDirs();

  it(
    'lists each conflict numbered with its versions (confidential text masked), refuses a wrong number or version, and settles it on every device',
    async () => {
      const root = await tempDir();
      const { path } = await makeVault(join(root, 'Dropbox'));
      const laptopHome = join(root, 'home-laptop');
      const desktopHome = join(root, 'home-desktop');
      const laptop = on(laptopHome, 'Laptop');
      const desktop = on(desktopHome, 'Desktop');
      const shared = await laptop(['devices', path, '--share']);
      expect(shared.code, shared.err).toBe(0);
      const desktopPath = join(root, 'desktop', 'Dropbox', 'v.compeer');
      const lf = `${path}.d`;
      const df = `${desktopPath}.d`;
      await syncFolder(lf, df);

      // apart: the same field, the same note and a record deleted on one and changed on the other
      await change(lf, laptopHome, 'Laptop', [
        peer('p1', 'Ana Silva', { role: 'CTO' }),
        peer('p2', 'Ben Okafor', { notes: LAPTOP_TEXT }),
        { op: 'delete', collection: 'peers', id: 'p3' },
        tie(TIE_LAPTOP),
      ]);
      await change(df, desktopHome, 'Desktop', [
        peer('p1', 'Ana Silva', { role: 'CEO' }),
        peer('p2', 'Ben Okafor', { notes: DESKTOP_TEXT }),
        peer('p3', 'Chen Wei', { city: 'Porto', notes: 'private note about Chen Wei' }),
        tie(TIE_DESKTOP),
      ]);
      await syncFolder(lf, df);
      await syncFolder(df, lf);

      const listed = await laptop(['devices', path]);
      expect(listed.code, listed.err).toBe(0);
      const lines = listed.out.split('\n');
      expect(lines.some((l) => /^Laptop \(this device\) \[[0-9A-F]{16}\]: 2 changes, the last /.test(l))).toBe(true);
      expect(lines.some((l) => /^Desktop \[[0-9A-F]{16}\]: 1 change, the last /.test(l))).toBe(true);
      expect(listed.out).toContain('4 changes made on two devices at once:');
      const role = lines.findIndex((l) => l.startsWith('1. peers p1 (Ana Silva), role: changed on two devices'));
      expect(role, listed.out).toBeGreaterThan(-1);
      expect(lines[role + 1]).toMatch(/^ {3}1\) Desktop, .+: "CEO" \(shown now\)$/);
      expect(lines[role + 2]).toMatch(/^ {3}2\) Laptop, .+: "CTO"$/);
      const notes = lines.findIndex((l) => l.startsWith('2. peers p2 (Ben Okafor), notes: written on two devices'));
      expect(notes, listed.out).toBeGreaterThan(-1);
      expect(lines[notes + 1]).toMatch(/^ {3}1\) Desktop, .+: \[confidential: --reveal shows it\] \(shown now\)$/);
      expect(lines[notes + 2]).toMatch(/^ {3}2\) Laptop, .+: \[confidential: --reveal shows it\]$/);
      const gone = lines.findIndex((l) => l.startsWith('3. peers p3 (Chen Wei): deleted on one device and changed on another'));
      expect(gone, listed.out).toBeGreaterThan(-1);
      expect(lines.slice(gone + 1, gone + 3).sort()).toEqual([
        expect.stringMatching(/^ {3}[12]\) Desktop, .+: kept or changed \(shown now\)$/),
        expect.stringMatching(/^ {3}[12]\) Laptop, .+: deleted$/),
      ]);
      // a long text that is not confidential: still only when asked for (it would bury the list)
      const ties = lines.findIndex((l) => l.startsWith('4. ties t1, note: written on two devices'));
      expect(ties, listed.out).toBeGreaterThan(-1);
      expect(lines[ties + 1]).toMatch(
        new RegExp(`^ {3}1\\) Desktop, .+: \\[a text of ${TIE_DESKTOP.length} characters: --reveal shows it\\] \\(shown now\\)$`),
      );
      expect(lines[ties + 2]).toMatch(
        new RegExp(`^ {3}2\\) Laptop, .+: \\[a text of ${TIE_LAPTOP.length} characters: --reveal shows it\\]$`),
      );
      expect(listed.out).toContain('--resolve N --keep V');
      // confidential text never shown unasked, anywhere
      for (const t of [LAPTOP_TEXT, DESKTOP_TEXT, 'private note', 'they worked']) expect(listed.out + listed.err).not.toContain(t);
      const revealed = await laptop(['devices', path, '--reveal']);
      expect(revealed.out).toContain(JSON.stringify(LAPTOP_TEXT));
      expect(revealed.out).toContain(JSON.stringify(DESKTOP_TEXT));
      expect(revealed.out).toContain(JSON.stringify(TIE_LAPTOP));

      // a wrong number or version: a clear message, the usage code, and nothing changed
      const before = { logs: await logs(lf), json: (await laptop(['devices', path, '--json'])).out };
      expect((JSON.parse(before.json) as { conflicts: unknown[] }).conflicts).toHaveLength(4);
      for (const [args, says] of [
        [['--resolve', '5', '--keep', '1'], 'no change numbered "5"'],
        [['--resolve', '0', '--keep', '1'], 'no change numbered "0"'],
        [['--resolve', 'one', '--keep', '1'], 'no change numbered "one"'],
        [['--resolve', '1', '--keep', '3'], 'has no version "3"'],
        [['--resolve', '1', '--keep', 'Phone'], 'has no version "Phone"'],
        [['--resolve', '1', '--keep', 'both'], '--keep both is only for a text'],
        [['--resolve', '1'], '--resolve N needs --keep V'],
        [['--keep', 'Laptop'], '--resolve N needs --keep V'],
        [['--merge', join(root, 'Dropbox', 'v (1).compeer')], 'merged each time it is opened'],
      ] as const) {
        const r = await laptop(['devices', path, ...args]);
        expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(2);
        expect(r.err).toContain(says);
        expect(r.err).toContain('Nothing was changed.');
      }
      expect(await logs(lf)).toEqual(before.logs);
      expect((await laptop(['devices', path, '--json'])).out).toBe(before.json);

      // the older version of the field, both texts in one, and the record kept
      const r1 = await laptop(['devices', path, '--resolve', '1', '--keep', 'laptop']);
      expect(r1.code, r1.err).toBe(0);
      expect(r1.err).toContain('Kept the version of peers p1, role from Laptop.');
      // the numbers follow what is left: the note is now number 1
      const r2 = await laptop(['devices', path, '--resolve', '1', '--keep', 'both']);
      expect(r2.code, r2.err).toBe(0);
      const left = JSON.parse((await laptop(['devices', path, '--json'])).out) as { conflicts: { collection: string; id: string }[] };
      expect(left.conflicts.map((c) => c.id)).toEqual(['p3', 't1']);
      const desktopId = (JSON.parse(before.json) as { devices: { id: string; name: string }[] }).devices.find(
        (d) => d.name === 'Desktop',
      )!.id;
      const r3 = await laptop(['devices', path, '--resolve', '1', '--keep', desktopId]);
      expect(r3.code, r3.err).toBe(0);
      expect(r3.err).toContain('Kept peers p3, as on Desktop.');
      // a text kept as one version: the older one, by its number
      const r4 = await laptop(['devices', path, '--resolve', '1', '--keep', '2']);
      expect(r4.code, r4.err).toBe(0);

      await syncFolder(lf, df);
      for (const [run, p] of [
        [laptop, path],
        [desktop, desktopPath],
      ] as const) {
        const json = JSON.parse((await run(['devices', p, '--json'])).out) as { conflicts: unknown[] };
        expect(json.conflicts).toEqual([]);
        const ex = await run(['export', p, '--include-confidential']);
        expect(ex.code, ex.err).toBe(0);
        const peers = (JSON.parse(ex.out) as { peers: { id: string; role: string; notes: string; city: string }[] }).peers;
        expect(peers.find((x) => x.id === 'p1')!.role).toBe('CTO');
        const text = peers.find((x) => x.id === 'p2')!.notes;
        expect(text.startsWith(DESKTOP_TEXT)).toBe(true);
        expect(text).toContain(LAPTOP_TEXT);
        expect(text).toContain('--- the version written on Laptop, ');
        expect(peers.find((x) => x.id === 'p3')!.city).toBe('Porto');
        expect((JSON.parse(ex.out) as { ties: { note: string }[] }).ties[0]!.note).toBe(TIE_LAPTOP);
      }
      const words = await desktop(['devices', desktopPath]);
      expect(words.err).toContain('Nothing was changed on two devices at once.');
    },
    patience(180_000),
  );
});
