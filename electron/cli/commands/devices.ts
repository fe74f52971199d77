import { hostname } from 'node:os';
import { rename } from 'node:fs/promises';
import { CompeerError } from '../../../shared/errors';
import {
  SharedVault,
  devicesJson,
  devicesOfFile,
  devicesOfShared,
  findShared,
  sharedFolderOf,
  type Conflict,
  type DeviceReport,
} from '../../core/sync';
import { Vault } from '../../core/vault';
import { EXIT, UsageError, plural, type Command, type CommandContext } from '../context';

export const devices: Command = {
  name: 'devices',
  help:
    '  devices <vault> [--share] [--json]         the devices that write this vault, and what was changed\n' +
    '                                            on two of them; --share makes the vault one several\n' +
    '                                            devices use through a synced folder (COMPEER_DEVICE_NAME\n' +
    "                                            names this device; the computer's name otherwise)\n",
  run: async (ctx) => {
    const [path] = ctx.paths(1, '<vault>');
    const home = homeOf(ctx);
    const deviceName = deviceNameOf(ctx);
    const folder = await findShared(path!);
    const passphrase = await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: ');
    if (ctx.options.force) throw new UsageError('devices takes no --force.');
    if (!folder) {
      if (!ctx.options.share) {
        const single = await devicesOfFile(path!);
        if (ctx.options.json) await ctx.out(`${JSON.stringify(devicesJson(single), null, 2)}\n`);
        const tool = single.syncTool;
        ctx.io.stderr(
          `${path} is used by one device.${tool ? ` It is in a folder ${tool} syncs.` : ''} To use it from several devices through a synced folder, run: compeer devices ${path} --share\n`,
        );
        return EXIT.ok;
      }
      return share(ctx, path!, passphrase, home, deviceName);
    }
    if (ctx.options.share) {
      ctx.io.stderr(`${path} is already shared between devices; nothing was changed.\n`);
    }
    const v = await SharedVault.open(folder, passphrase, { home, deviceName, lock: true });
    try {
      await report(ctx, v);
    } finally {
      await v.close();
    }
    return EXIT.ok;
  },
};

export const homeOf = (ctx: CommandContext): string => {
  if (!ctx.dataDir)
    throw new CompeerError('INVALID_INPUT', 'A shared vault needs the data folder of this device: set COMPEER_HOME. Nothing was changed.');
  return ctx.dataDir;
};

export const deviceNameOf = (ctx: CommandContext): string => {
  const n = ctx.io.env.COMPEER_DEVICE_NAME?.trim();
  return n && n.length <= 100 ? n : hostname().slice(0, 100) || 'This device';
};

async function share(ctx: CommandContext, path: string, passphrase: string, home: string, deviceName: string): Promise<number> {
  const vault = ctx.keep(await Vault.open(path, passphrase, { dataDir: ctx.dataDir, takeOverLock: ctx.options['take-over-lock'] }));
  if (vault.status().loss) {
    throw new CompeerError(
      'CHANGES_MISSING',
      `Refused: saved changes are missing from ${path}. Run compeer verify ${path}, restore a backup, then share it. Nothing was changed.`,
    );
  }
  await vault.validate();
  const folder = sharedFolderOf(path);
  const { vault: shared, recoveryCode } = await SharedVault.share(folder, vault.data, passphrase, {
    home,
    deviceName,
    kdf: vault.status().kdf,
  });
  await shared.close();
  await vault.close();
  // the file is kept, renamed, so no program opens it as the vault any more: every device now writes the shared folder
  const before = `${path}.before-sharing`;
  await rename(path, before);
  ctx.io.stderr(
    `Shared: ${folder} now holds the vault, for every device that syncs it (a folder per device's changes; the sync tool sees only ciphertext and sizes).\n` +
      `The file as it was is kept as ${before}; remove it once every device has opened the shared vault.\n` +
      'The same passphrase opens it on every device. Its new recovery code (shown once; the old one no longer opens the shared vault):\n',
  );
  await ctx.outOrFail(`${recoveryCode}\n`);
  return EXIT.ok;
}

const describe = (c: Conflict, names: Map<string, string>): string => {
  const who = c.devices.map((d) => names.get(d) ?? d).join(' and ');
  const what = c.field ? `${c.collection} ${c.id}, ${c.field}` : `${c.collection} ${c.id}`;
  if (c.kind === 'deleted') return `${what}: deleted on one device and changed on another (${who}); it is kept until you choose.`;
  if (c.kind === 'text') return `${what}: written on two devices (${who}); both versions are kept, the newer one is shown.`;
  return `${what}: changed on two devices (${who}); the newer change is kept, the other can be chosen instead.`;
};

export async function report(ctx: CommandContext, v: SharedVault): Promise<void> {
  const answer = devicesOfShared(v);
  const { devices: list, conflicts } = answer;
  if (ctx.options.json) {
    await ctx.out(`${JSON.stringify(devicesJson(answer), null, 2)}\n`);
  } else {
    for (const d of list) {
      await ctx.out(`${d.id}\t${d.name}${d.thisDevice ? ' (this device)' : ''}\t${d.lastChange ?? '-'}\t${plural(d.changes, 'change')}\n`);
    }
  }
  deviceWords(ctx, list, conflicts);
}

/** What `devices` and `verify` say in words (stderr). */
export function deviceWords(ctx: CommandContext, list: readonly DeviceReport[], conflicts: readonly Conflict[]): void {
  const names = new Map(list.map((d) => [d.id, d.name]));
  ctx.io.stderr(
    `Shared between ${plural(list.length, 'device')}: ${list.map((d) => `${d.name}${d.thisDevice ? ' (this device)' : ''}, ${plural(d.changes, 'change')} here`).join('; ')}.\n`,
  );
  for (const d of list) {
    if (d.behind) {
      ctx.io.stderr(
        `Warning: the files of ${d.name} in the shared folder look older than what this device has already seen (the sync tool may have put an older copy back, or not finished). Nothing seen here is lost; it comes back when ${d.name} opens the vault.\n`,
      );
    }
  }
  if (conflicts.length === 0) ctx.io.stderr('Nothing was changed on two devices at once.\n');
  else {
    ctx.io.stderr(`${plural(conflicts.length, 'change')} made on two devices at once (the newer one is shown, the other kept):\n`);
    for (const c of conflicts) ctx.io.stderr(`  ${describe(c, names)}\n`);
  }
}
