import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SharedVault } from '../../electron/core/sync';
import { applyBatch, emptyState, type Batch } from '../../electron/core/sync/merge';
import { readLog, type FolderKeys } from '../../electron/core/sync/folder';
import { MemoryStore, nodeStore } from '../../electron/core/sync/store';
import { hkdf } from '../../electron/core/vault/keys';
import { emptyDocument } from '../../shared/schema/document';

/**
 * A vault shared by two devices that each made 10,000 changes (500 new peers, then edits of
 * one field each, some to the same peers while apart), opened by a third device from a real
 * folder on disk: read every device's log, decrypt, merge, build the document. The key
 * derivation (Argon2id, measured on its own as kdfMs) is left out, as in unlockMs.
 */
const PER_DEVICE = 10_000;
const FIELDS = ['role', 'company', 'city', 'industry', 'country'];
const fastDerive = (p: Buffer, salt: Buffer) => Promise.resolve(hkdf(p, salt, 'bench key derivation'));
const PASS = 'bench passphrase';

export interface SyncFigures {
  syncOpenMs2x10k: number;
  syncOpenSnapshotMs2x10k: number;
  mergePerChangeUs: number;
  syncChanges: number;
  syncConflicts: number;
}

export async function benchSync(): Promise<{ figures: SyncFigures }> {
  const mem = new MemoryStore();
  const folder = '/sync/bench.compeer.d';
  let t = Date.parse('2026-12-07T09:00:00Z');
  const opts = (home: string) => ({ store: mem, home, derive: fastDerive, now: () => new Date((t += 7)) });
  const { vault: a } = await SharedVault.share(folder, emptyDocument(), PASS, {
    ...opts('/home/a'),
    kdf: { m: 19 * 1024, t: 2, p: 1 },
    deviceName: 'Laptop',
  });
  for (let i = 0; i < 100; i++) await a.apply([{ op: 'put', collection: 'peers', record: { id: `s${i}`, name: `Shared ${i}` } }]);
  const b = await SharedVault.open(folder, PASS, { ...opts('/home/b'), deviceName: 'Desktop' });
  // b saw the first 100; from here on the two write apart
  const peers = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < 100; i++) peers.set(`s${i}`, { id: `s${i}`, name: `Shared ${i}` });
  for (const [v, tag] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    const mine = new Map(peers);
    for (let i = v.syncState.frontier[v.deviceId] ?? 0; i < PER_DEVICE; i++) {
      const fresh = i < 600;
      const id = fresh ? `${tag}${i}` : i % 5 === 0 ? `s${i % 100}` : `${tag}${101 + (i % 499)}`;
      const record = fresh ? { id, name: `Peer ${tag}${i}` } : { ...mine.get(id)!, [FIELDS[i % FIELDS.length]!]: `${tag} ${i}` };
      mine.set(id, record);
      await v.apply([{ op: 'put', collection: 'peers', record }]);
    }
  }
  const ids = [a.deviceId, b.deviceId];
  await a.close();
  await b.close();
  // the shared folder as the sync tool leaves it, on disk
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-sync-'));
  try {
    for (const [p, bytes] of mem.files) {
      // the logs and the key file only: the devices' compactions on close are left out, so every change is read
      if (!p.startsWith(`${folder}/`) || p.startsWith(`${folder}/snapshots/`)) continue;
      const to = join(dir, 'shared', p.slice(folder.length + 1));
      await mkdir(dirname(to), { recursive: true });
      await writeFile(to, bytes);
    }
    const shared = join(dir, 'shared');
    const opens: number[] = [];
    let changes = 0;
    let conflicts = 0;
    for (let i = 0; i < 3; i++) {
      const home = join(dir, `home${i}`);
      const started = performance.now();
      const c = await SharedVault.open(shared, PASS, { store: nodeStore, home, derive: fastDerive });
      void c.data.peers.length;
      opens.push(performance.now() - started);
      changes = ids.reduce((n, id) => n + (c.syncState.frontier[id] ?? 0), 0);
      conflicts = c.conflicts().length;
      await c.close();
      await rm(home, { recursive: true, force: true });
    }
    // the same, once one device has written a compaction (a snapshot) that holds it all
    const compactor = await SharedVault.open(shared, PASS, { store: nodeStore, home: join(dir, 'compactor'), derive: fastDerive });
    await compactor.compact();
    await compactor.close();
    const snapOpens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const home = join(dir, `snap-home${i}`);
      const started = performance.now();
      const c = await SharedVault.open(shared, PASS, { store: nodeStore, home, derive: fastDerive });
      void c.data.peers.length;
      snapOpens.push(performance.now() - started);
      await c.close();
      await rm(home, { recursive: true, force: true });
    }
    // the merge alone: every change applied to an empty state, in clock order
    const batches: Batch[] = [];
    const probe = await SharedVault.open(shared, PASS, { store: nodeStore, home: join(dir, 'probe'), derive: fastDerive });
    const fk = (probe as unknown as { fk: FolderKeys }).fk;
    for (const id of ids) {
      const buf = await nodeStore.read(join(shared, 'devices', `${id}.log`));
      batches.push(...readLog(fk, id, buf!).batches);
    }
    await probe.close();
    batches.sort((x, y) => (x.h < y.h ? -1 : 1));
    const merges: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = emptyState();
      const started = performance.now();
      for (const batch of batches) applyBatch(s, batch);
      merges.push(performance.now() - started);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    return {
      figures: {
        syncOpenMs2x10k: median(opens),
        syncOpenSnapshotMs2x10k: median(snapOpens),
        mergePerChangeUs: (median(merges) * 1000) / batches.length,
        syncChanges: changes,
        syncConflicts: conflicts,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('sync.ts')) {
  void benchSync().then((r) => process.stdout.write(`${JSON.stringify(r.figures)}\n`));
}
