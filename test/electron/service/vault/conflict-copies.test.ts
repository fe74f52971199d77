import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { VaultState } from '../../../../shared/ipc/contract';
import { serviceIn } from '../../../helpers/service';
import { useTempDirs } from '../../../helpers/temp-dir';

const temp = useTempDirs();
const NOW = new Date(2026, 11, 7, 10, 0);
const PASS = 'a passphrase long enough';
const COPY = 'v (Laptop’s conflicted copy 2026-12-07).compeer';

interface PeerRow {
  name: string;
}

/** A vault file two computers wrote: the sync tool kept the laptop's version as a copy beside it. */
async function vaultWithCopy() {
  const dir = await temp();
  const main = serviceIn(dir, () => NOW);
  await main.call('vault:create', { passphrase: PASS });
  await main.call('peers:save', { name: 'Ana Silva' });
  await main.session.lock('user', false);
  // the laptop's version, written on the laptop (its own folder): a peer only it has
  const away = await temp();
  await copyFile(join(dir, 'v.compeer'), join(away, 'v.compeer'));
  // its own ids (the real ones), as another computer's would be
  const laptop = serviceIn(away);
  await laptop.call('vault:unlock', { passphrase: PASS });
  await laptop.call('peers:save', { name: 'Kwame Mensah' });
  await laptop.session.lock('user', false);
  await copyFile(join(away, 'v.compeer'), join(dir, COPY));
  return { dir, ...main };
}

describe('conflict copies of a vault file in the app', () => {
  test('the copy is named in the state, merged loss-free on request, and kept as .merged', async () => {
    const { dir, call, fail } = await vaultWithCopy();
    const state = await call<VaultState>('vault:unlock', { passphrase: PASS });
    expect(state.status === 'unlocked' && state.warnings?.conflictCopies).toEqual([COPY]);

    // not a copy beside it: refused, nothing changed
    expect((await fail('vault:mergeCopy', { name: '../elsewhere.compeer', passphrase: PASS })).code).toBe('NOT_FOUND');
    expect((await fail('vault:mergeCopy', { name: 'v.compeer', passphrase: PASS })).code).toBe('NOT_FOUND');
    // a wrong passphrase: refused in words, nothing changed
    const wrong = await fail('vault:mergeCopy', { name: COPY, passphrase: 'not the passphrase at all' });
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(wrong.message).toContain('Nothing was changed');
    expect(await readdir(dir)).toContain(COPY);

    const r = await call<{ added: number; changed: number; keptAs: string }>('vault:mergeCopy', { name: COPY, passphrase: PASS });
    expect(r).toMatchObject({ added: 1, changed: 0, keptAs: `${COPY}.merged` });
    const peers = await call<PeerRow[]>('peers:list');
    expect(peers.map((p) => p.name).sort()).toEqual(['Ana Silva', 'Kwame Mensah']);
    const files = await readdir(dir);
    expect(files).toContain(`${COPY}.merged`);
    expect(files).not.toContain(COPY);
    const after = await call<VaultState>('vault:state');
    expect(after.status === 'unlocked' && after.warnings?.conflictCopies).toBeUndefined();
  });

  test('a vault without copies says nothing of them', async () => {
    const dir = await temp();
    const { call } = serviceIn(dir, () => NOW);
    const state = await call<VaultState>('vault:create', { passphrase: PASS }).then(() => call<VaultState>('vault:state'));
    const warnings = state.status === 'unlocked' ? state.warnings : undefined;
    expect(warnings).toMatchObject({ possibleRollback: false });
    expect(Object.keys(warnings ?? {})).not.toContain('conflictCopies');
  });
});
