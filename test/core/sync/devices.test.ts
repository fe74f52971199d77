import { describe, expect, it } from 'vitest';
import { SharedVault } from '../../../electron/core/sync';
import { MemoryStore } from '../../../electron/core/sync/store';
import { hkdf } from '../../../electron/core/vault/keys';
import { emptyDocument } from '../../../shared/schema/document';

const FOLDER = '/sync/v.compeer.d';
const derive = (p: Buffer, salt: Buffer) => Promise.resolve(hkdf(p, salt, 'test-only key derivation'));
const KDF = { m: 19 * 1024, t: 2, p: 1 };
const opts = (store: MemoryStore, name: string) => ({
  store,
  home: '/home',
  derive,
  deviceName: name,
  now: () => new Date('2026-12-07T10:00:00Z'),
});
const copyFolder = (from: MemoryStore, to: MemoryStore) => {
  for (const [p, b] of from.files) if (p.startsWith(`${FOLDER}/`)) to.files.set(p, Buffer.from(b));
};

describe('devices of a shared vault', () => {
  it("says when a device's files look older than what this device has seen, and loses none of its changes", async () => {
    const laptop = new MemoryStore();
    const desktop = new MemoryStore();
    const { vault: a, recoveryCode } = await SharedVault.share(FOLDER, emptyDocument(), 'pass', { ...opts(laptop, 'Laptop'), kdf: KDF });
    await a.close();
    copyFolder(laptop, desktop);
    const b = await SharedVault.open(FOLDER, 'pass', opts(desktop, 'Desktop'));
    await b.apply([{ op: 'put', collection: 'peers', record: { id: 'p1', name: 'Ana Silva' } }]);
    const olderLog = new Map(desktop.files);
    await b.apply([{ op: 'put', collection: 'peers', record: { id: 'p2', name: 'Ben Okafor' } }]);
    await b.close();
    copyFolder(desktop, laptop);
    const seen = await SharedVault.open(FOLDER, 'pass', opts(laptop, 'Laptop'));
    expect(seen.data.peers.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(seen.devices().map((d) => [d.name, d.changes, d.behind])).toEqual([
      ['Laptop', 1, false],
      ['Desktop', 2, false],
    ]);
    await seen.close();
    // the sync tool puts back an older copy of the desktop's log
    for (const [p, bytes] of olderLog) if (p.startsWith(`${FOLDER}/devices/${b.deviceId}`)) laptop.files.set(p, bytes);
    const again = await SharedVault.open(FOLDER, 'pass', opts(laptop, 'Laptop'));
    expect(again.devices().find((d) => d.name === 'Desktop')).toMatchObject({ behind: true, changes: 2 });
    expect(again.data.peers.map((p) => p.id)).toEqual(['p1', 'p2']);
    await again.close();
    // the recovery code opens it on any device and sets a new passphrase; the data key is the same
    const rec = await SharedVault.openWithRecoveryCode(FOLDER, recoveryCode, 'new pass', opts(laptop, 'Laptop'));
    expect(rec.data.peers).toHaveLength(2);
    await rec.close();
    await expect(SharedVault.open(FOLDER, 'pass', opts(laptop, 'Laptop'))).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const withNew = await SharedVault.open(FOLDER, 'new pass', opts(laptop, 'Laptop'));
    expect(withNew.data.peers).toHaveLength(2);
    await withNew.close();
  });

  it('resolves a change made on two devices with the version the person chooses', async () => {
    const laptop = new MemoryStore();
    const desktop = new MemoryStore();
    const doc = emptyDocument();
    const { vault: a } = await SharedVault.share(FOLDER, doc, 'pass', { ...opts(laptop, 'Laptop'), kdf: KDF });
    await a.apply([{ op: 'put', collection: 'peers', record: { id: 'p1', name: 'Ana Silva' } }]);
    await a.close();
    copyFolder(laptop, desktop);
    const l = await SharedVault.open(FOLDER, 'pass', { ...opts(laptop, 'Laptop'), now: () => new Date('2026-12-07T11:00:00Z') });
    const d = await SharedVault.open(FOLDER, 'pass', { ...opts(desktop, 'Desktop'), now: () => new Date('2026-12-07T12:00:00Z') });
    await l.apply([{ op: 'put', collection: 'peers', record: { ...l.data.peers[0]!, role: 'CTO' } }]);
    await d.apply([{ op: 'put', collection: 'peers', record: { ...d.data.peers[0]!, role: 'CEO' } }]);
    copyFolder(desktop, laptop);
    await l.refresh();
    expect(l.data.peers[0]!.role).toBe('CEO');
    const [c] = l.conflicts();
    expect(c).toMatchObject({ kind: 'field', collection: 'peers', id: 'p1', field: 'role' });
    expect(l.versions(c!).map((v) => v.value)).toEqual(['CEO', 'CTO']);
    await l.resolve(c!, 1);
    expect(l.data.peers[0]!.role).toBe('CTO');
    expect(l.conflicts()).toEqual([]);
    copyFolder(laptop, desktop);
    await d.refresh();
    expect(d.data.peers[0]!.role).toBe('CTO');
    expect(d.conflicts()).toEqual([]);
    await l.close();
    await d.close();
  });
});
