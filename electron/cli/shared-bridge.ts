import { randomBytes } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CompeerError } from '../../shared/errors';
import { COLLECTION_NAMES } from '../../shared/schema/document';
import { SharedVault, findShared } from '../core/sync';
import { diffOps } from '../core/sync/diff';
import { Vault } from '../core/vault';
import { deviceNameOf, deviceWords, homeOf } from './commands/devices';
import { EXIT, UsageError, type Command, type CommandContext } from './context';

// one home for the diff (the app's working copy uses it too); kept importable from here
export { diffOps };

const isFile = (p: string) =>
  stat(p).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * Run a command on a shared vault: passwd, verify, backups and restore in their shared form;
 * every other command on a private, encrypted working copy of the merged vault in this
 * device's data folder, whose changes are then saved as this device's changes. Null when
 * the command's vault is not a shared one (it runs as always).
 */
export async function runOnShared(command: Command, ctx: CommandContext): Promise<number | null> {
  if (command.name === 'init' || command.name === 'devices' || ctx.args.length === 0) return null;
  const path = ctx.resolvePath(ctx.args[0]!);
  if (await isFile(path)) return null;
  const folder = await findShared(path);
  if (!folder) return null;
  if (command.name === 'backups' || command.name === 'restore') {
    throw new CompeerError(
      'INVALID_INPUT',
      `${path} is shared between devices: it has no whole-file backups to restore. Every device keeps its own changes and a copy of what it has seen (compeer devices ${ctx.args[0]}). Nothing was changed.`,
    );
  }
  const passphrase = await ctx.secret('COMPEER_PASSPHRASE', command.name === 'passwd' ? 'Current passphrase: ' : 'Passphrase: ');
  const readOnly = command.name !== 'import' && command.name !== 'passwd';
  const shared = await SharedVault.open(folder, passphrase, {
    home: homeOf(ctx),
    deviceName: deviceNameOf(ctx),
    lock: !readOnly,
    readOnly,
  });
  try {
    if (command.name === 'passwd') {
      const next = await ctx.secret('COMPEER_NEW_PASSPHRASE', 'New passphrase: ', true);
      await shared.changePassphrase(passphrase, next);
      ctx.io.stderr(
        'Passphrase changed for every device: the new passphrase opens the shared vault everywhere once the sync tool has copied its key file (the recovery code is unchanged).\n',
      );
      return EXIT.ok;
    }
    if (command.name === 'verify') return await verifyShared(ctx, path, shared);
    return await onWorkingCopy(command, ctx, path, passphrase, shared, readOnly);
  } finally {
    await shared.close();
  }
}

async function verifyShared(ctx: CommandContext, path: string, shared: SharedVault): Promise<number> {
  const problems = shared.verify();
  const d = shared.data;
  for (const c of COLLECTION_NAMES) {
    await ctx.out(`${c}\t${d[c].length}\n`);
    if (c === 'groups') await ctx.out(`meetings\t${d.groups.reduce((n, g) => n + g.meetings.length, 0)}\n`);
  }
  if (problems.length > 0) {
    for (const p of problems) ctx.io.stderr(`Damaged: ${p}.\n`);
    return EXIT.damaged;
  }
  ctx.io.stderr(`OK: ${path} decrypts and is valid (a vault shared between devices, in ${shared.folder}).\n`);
  deviceWords(ctx, shared.devices(), shared.conflicts());
  return EXIT.ok;
}

async function onWorkingCopy(
  command: Command,
  ctx: CommandContext,
  path: string,
  passphrase: string,
  shared: SharedVault,
  readOnly: boolean,
): Promise<number> {
  const dir = join(shared.local, `work-${randomBytes(6).toString('hex')}`);
  const copy = join(dir, 'vault.compeer');
  try {
    const made = await Vault.create(copy, passphrase, { kdf: shared.kdf, marks: false });
    try {
      await made.vault.replaceContents(shared.data);
    } finally {
      await made.vault.close();
    }
    const args = [copy, ...ctx.args.slice(1)];
    const own = (t: string) => t.split(copy).join(path);
    const opened: Vault[] = [];
    const sub: CommandContext = {
      ...ctx,
      keep: (v) => {
        opened.push(v);
        return v;
      },
      args,
      io: { ...ctx.io, stderr: (t) => ctx.io.stderr(own(t)) },
      out: (t) => ctx.out(own(t)),
      outOrFail: (t) => ctx.outOrFail(own(t)),
      dataDir: null,
      paths: (n, names) => {
        if (args.length !== n) throw new UsageError(`${ctx.command} takes ${names}.`);
        return [copy, ...args.slice(1).map((a) => ctx.resolvePath(a))];
      },
    };
    let code: number;
    try {
      code = await command.run(sub);
    } finally {
      // closed here, before the copy is read back and removed
      for (const v of opened) await v.close().catch(() => null);
    }
    if (!readOnly) {
      const after = await Vault.open(copy, passphrase, { readOnly: true, marks: false });
      try {
        const ops = diffOps(shared.data, after.data);
        if (ops.length > 0) await shared.apply(ops);
      } finally {
        await after.close();
      }
    }
    return code;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
