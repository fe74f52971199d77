// A lock taker for the lock race: for each line "<vault>\t<holdMs>" on stdin it tries to take
// the vault's writer lock. While it holds the lock it creates `<vault>.holder` exclusively,
// so two holders at once show up as "overlap". With "nolink" it runs on a file system
// without hard links (FAT, some network shares). With "crash" it takes the lock once and
// waits to be killed, leaving a stale lock behind.
import { createInterface } from 'node:readline';
import { open, unlink } from 'node:fs/promises';
import { acquireLock } from '../../electron/core/vault/lock-file';
import { errno, nodeFs, type VaultFs } from '../../electron/core/vault/fs-ops';

const mode = process.argv[2];
const fs: VaultFs =
  mode === 'nolink'
    ? { ...nodeFs, link: () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })) }
    : nodeFs;

async function attempt(vault: string, holdMs: number): Promise<string> {
  let release: () => Promise<void>;
  try {
    release = await acquireLock(fs, vault);
  } catch (e) {
    return (e as { code?: string }).code === 'IN_USE' ? 'refused' : `error ${(e as Error).message}`;
  }
  let overlap = false;
  try {
    await (await open(`${vault}.holder`, 'wx')).close();
  } catch (e) {
    if (errno(e) !== 'EEXIST') throw e;
    overlap = true;
  }
  await new Promise((r) => setTimeout(r, holdMs));
  if (!overlap) await unlink(`${vault}.holder`);
  await release();
  return overlap ? 'overlap' : 'held';
}

if (mode === 'crash') {
  void acquireLock(fs, process.argv[3]!).then(() => process.stdout.write('held\n'));
} else {
  createInterface({ input: process.stdin }).on('line', (line) => {
    const [vault, hold] = line.split('\t');
    void attempt(vault!, Number(hold)).then((r) => process.stdout.write(`${r}\n`));
  });
  process.stdout.write('ready\n');
}
