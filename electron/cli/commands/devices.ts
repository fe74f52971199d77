import { hostname } from 'node:os';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
import { conflictCopiesOf, mergeCopyFile } from '../../core/sync/file-copies';
import { choicesOf, isConfidentialValue, recordLabel, type ConflictChoice } from '../../core/sync/choices';
import { bothTexts } from '../../core/sync/merge';
import { Vault, type VaultOp } from '../../core/vault';
import { momentWords } from '../../../shared/date-words';
import { SINGLETON_NAMES, type CollectionName, type SingletonName } from '../../../shared/schema/document';
import { EXIT, UsageError, plural, type Command, type CommandContext } from '../context';

export const devices: Command = {
  name: 'devices',
  help:
    '  devices <vault> [--share] [--json] [--reveal]\n' +
    '                                            the devices that write this vault, and what was changed\n' +
    '                                            on two of them, numbered, with every version (a\n' +
    '                                            confidential or long text only with --reveal); --share\n' +
    '                                            makes the vault one several devices use through a synced\n' +
    '                                            folder (COMPEER_DEVICE_NAME names this device; the\n' +
    "                                            computer's name otherwise)\n" +
    '  devices <vault> --resolve N --keep V      settle change N with version V (its number, or its\n' +
    "                                            device's name or id; a text: --keep both keeps every\n" +
    '                                            version in one text, the newest first)\n' +
    "  devices <vault> --merge <copy>            merge a sync tool's conflict copy of a vault file into\n" +
    '                                            it, loss-free (COMPEER_COPY_PASSPHRASE: its own\n' +
    '                                            passphrase, if it differs); the copy is kept as\n' +
    '                                            <copy>.merged\n',
  run: async (ctx) => {
    const [path] = ctx.paths(1, '<vault>');
    // a shared vault needs this device's data folder; merging a copy into a vault file does not
    const home = ctx.options.merge === undefined ? homeOf(ctx) : '';
    const deviceName = deviceNameOf(ctx);
    const folder = await findShared(path!);
    const passphrase = await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: ');
    if (ctx.options.force) throw new UsageError('devices takes no --force.');
    if (!folder) {
      if (ctx.options.resolve !== undefined || ctx.options.keep !== undefined) {
        return usage(
          ctx,
          `${path} is used by one device: nothing in it was changed on two devices at once, so there is nothing to resolve.`,
        );
      }
      if (ctx.options.merge !== undefined) return mergeOne(ctx, path!, ctx.resolvePath(ctx.options.merge), passphrase);
      if (!ctx.options.share) {
        const single = await devicesOfFile(path!);
        if (ctx.options.json) await ctx.out(`${JSON.stringify(devicesJson(single), null, 2)}\n`);
        const tool = single.syncTool;
        ctx.io.stderr(
          `${path} is used by one device.${tool ? ` It is in a folder ${tool} syncs.` : ''} To use it from several devices through a synced folder, run: compeer devices ${path} --share\n`,
        );
        copiesWords(ctx, path!, await conflictCopiesOf(path!));
        return EXIT.ok;
      }
      return share(ctx, path!, passphrase, home, deviceName);
    }
    if (ctx.options.share) {
      ctx.io.stderr(`${path} is already shared between devices; nothing was changed.\n`);
    }
    if (ctx.options.merge !== undefined) {
      return usage(
        ctx,
        `${path} is shared between devices: the sync tool's copies of its files are merged each time it is opened; --merge is for a vault file one device writes.`,
      );
    }
    const v = await SharedVault.open(folder, passphrase, { home, deviceName, lock: true });
    try {
      if (ctx.options.resolve !== undefined || ctx.options.keep !== undefined) return await resolveOne(ctx, v, path!);
      await report(ctx, v, path!);
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

/** The conflict copies beside a single-device vault, in words (verify and devices say it; stderr). */
export function copiesWords(ctx: CommandContext, path: string, copies: readonly string[]): void {
  if (copies.length === 0) return;
  ctx.io.stderr(
    `Note: beside ${path} ${copies.length === 1 ? 'is a copy' : `are ${copies.length} copies`} a sync tool made when two computers wrote it: ${copies.map((c) => `"${c}"`).join(', ')}. Changes saved in ${copies.length === 1 ? 'it' : 'them'} may be missing from the vault; merge ${copies.length === 1 ? 'it' : 'each'} in, loss-free, with: compeer devices ${path} --merge "${join(dirname(path), copies[0]!)}"\n`,
  );
}

/** `--merge COPY`: a sync tool's conflict copy of a single-device vault merged into it, then renamed `<copy>.merged`. */
async function mergeOne(ctx: CommandContext, path: string, copy: string, passphrase: string): Promise<number> {
  if (ctx.options.share || ctx.options.resolve !== undefined || ctx.options.keep !== undefined)
    return usage(ctx, '--merge goes alone: merge the copy first, then share the vault or settle its changes.');
  const r = await mergeCopyFile(path, copy, passphrase, {
    copyPassphrase: ctx.io.env.COMPEER_COPY_PASSPHRASE || undefined,
    dataDir: ctx.dataDir,
    takeOverLock: ctx.options['take-over-lock'],
    now: ctx.io.now,
  });
  for (const a of r.added) await ctx.out(`added\t${a.collection}\t${a.id}\n`);
  for (const c of r.changed) await ctx.out(`changed\t${c.collection}\t${c.id}\t${c.fields.join(',')}\n`);
  const what =
    r.added.length + r.changed.length === 0
      ? 'it held nothing the vault lacks'
      : `${plural(r.added.length, 'record')} added, ${plural(r.changed.length, 'record')} changed${r.bothKept.length > 0 ? ` (${plural(r.bothKept.length, 'text')} written differently in each kept in full, one after the other)` : ''}`;
  ctx.io.stderr(
    `Merged "${basename(copy)}" into ${path}: ${what}. The copy is kept as "${basename(r.keptAs)}"; delete it once you no longer need it.\n`,
  );
  return EXIT.ok;
}

const describe = (c: Conflict, names: Map<string, string>, label: string | null = null): string => {
  const who = c.devices.map((d) => names.get(d) ?? d).join(' and ');
  const record = `${c.collection} ${c.id}${label ? ` (${label})` : ''}`;
  const what = c.field ? `${record}, ${c.field}` : record;
  if (c.kind === 'deleted') return `${what}: deleted on one device and changed on another (${who}); it is kept until you choose.`;
  if (c.kind === 'text') return `${what}: written on two devices (${who}); both versions are kept, the newer one is shown.`;
  return `${what}: changed on two devices (${who}); the newer change is kept, the other can be chosen instead.`;
};

export async function report(ctx: CommandContext, v: SharedVault, path: string): Promise<void> {
  const answer = devicesOfShared(v);
  const { devices: list, conflicts } = answer;
  if (ctx.options.json) {
    await ctx.out(`${JSON.stringify(devicesJson(answer), null, 2)}\n`);
    deviceWords(ctx, list, conflicts);
    return;
  }
  for (const d of list) {
    const last = d.lastChange ? `, the last ${momentWords(d.lastChange)}` : '';
    await ctx.out(`${d.name}${d.thisDevice ? ' (this device)' : ''} [${d.id}]: ${plural(d.changes, 'change')}${last}\n`);
  }
  if (conflicts.length > 0) {
    await ctx.out(`\n${plural(conflicts.length, 'change')} made on two devices at once:\n`);
    const names = new Map(list.map((d) => [d.id, d.name]));
    for (const [i, c] of conflicts.entries()) {
      await ctx.out(`${i + 1}. ${describe(c, names, recordLabel(v.data, c))}\n`);
      for (const [j, ch] of choicesOf(v.syncState, c).entries()) await ctx.out(`   ${j + 1}) ${choiceWords(ctx, v, c, ch, names)}\n`);
    }
    await ctx.out(
      `To keep one version: compeer devices ${path} --resolve N --keep V (V: the version's number, or its device's name or id${conflicts.some((c) => c.kind === 'text') ? '; a text written on two devices: --keep both keeps every version in one text' : ''}).\n`,
    );
  }
  deviceWords(ctx, list, conflicts, false);
}

/** One version in words: whose, when, and its value (a confidential or long text only with --reveal). */
function choiceWords(ctx: CommandContext, v: SharedVault, c: Conflict, ch: ConflictChoice, names: Map<string, string>): string {
  const who = `${ch.devices.map((d) => names.get(d) ?? d).join(' and ')}, ${momentWords(ch.at)}`;
  const now = ch.current ? ' (shown now)' : '';
  if (ch.kind === 'deleted') return `${who}: deleted${now}`;
  if (ch.kind === 'kept') return `${who}: kept or changed${now}`;
  if (ch.kind === 'removed') return `${who}: emptied${now}`;
  const value = ch.value;
  if (!ctx.options.reveal) {
    if (isConfidentialValue(v.data, c, value)) return `${who}: [confidential: --reveal shows it]${now}`;
    if (typeof value === 'string' && (c.kind === 'text' || value.length > 200)) {
      return `${who}: [a text of ${plural(value.length, 'character')}: --reveal shows it]${now}`;
    }
  }
  const shown = JSON.stringify(value) ?? 'null';
  // a list or object that long (a group's meetings) would bury the list: asked for, like a long text
  if (!ctx.options.reveal && shown.length > 200)
    return `${who}: [a value of ${plural(shown.length, 'character')}: --reveal shows it]${now}`;
  return `${who}: ${shown}${now}`;
}

const usage = (ctx: CommandContext, message: string): number => {
  ctx.io.stderr(`${message} Nothing was changed.\n`);
  return EXIT.usage;
};

/**
 * `--resolve N --keep V`: the change numbered N (as `devices` lists it) settled with version V
 * (its number, or its device's name or id); `--keep both` for a text written on two devices
 * keeps every version in one text (the newest first: the rule of merge.ts, bothTexts).
 */
async function resolveOne(ctx: CommandContext, v: SharedVault, path: string): Promise<number> {
  const { resolve: n, keep } = ctx.options;
  if (n === undefined || keep === undefined || keep.trim() === '')
    return usage(ctx, '--resolve N needs --keep V (and --keep needs --resolve N): the change and the version to keep.');
  const conflicts = v.conflicts();
  const list = `compeer devices ${path} lists them`;
  if (conflicts.length === 0) return usage(ctx, `Nothing was changed on two devices at once: there is nothing to resolve (${list}).`);
  const index = /^\d+$/.test(n.trim()) ? Number(n.trim()) : NaN;
  const c = conflicts[index - 1];
  if (!c)
    return usage(ctx, `There is no change numbered "${n}" made on two devices: the numbers go from 1 to ${conflicts.length} (${list}).`);
  const choices = choicesOf(v.syncState, c);
  const devices = v.devices();
  const names = new Map(devices.map((d) => [d.id, d.name]));
  const wanted = keep.trim();
  const where = `${c.collection} ${c.id}${c.field ? `, ${c.field}` : ''}`;
  if (wanted.toLowerCase() === 'both') {
    const texts = choices.filter((x) => x.kind === 'value' && typeof x.value === 'string');
    if (c.kind !== 'text' || texts.length !== choices.length)
      return usage(ctx, `--keep both is only for a text written on two devices; change ${index} (${where}) is not one: keep one version.`);
    const combined = bothTexts(
      texts[0]!.value as string,
      texts.slice(1).map((x) => ({
        text: x.value as string,
        label: `the version written on ${x.devices.map((d) => names.get(d) ?? d).join(' and ')}, ${momentWords(x.at)}`,
      })),
    );
    await v.apply([keepOp(v, c, combined)]);
    ctx.io.stderr(`Kept every version of ${where} in one text, the newest first. ${spread}\n`);
    return EXIT.ok;
  }
  let picked: ConflictChoice[];
  if (/^\d+$/.test(wanted)) picked = Number(wanted) >= 1 ? choices.slice(Number(wanted) - 1, Number(wanted)) : [];
  else {
    const ids = devices
      .filter((d) => d.id.toLowerCase() === wanted.toLowerCase() || d.name.toLowerCase() === wanted.toLowerCase())
      .map((d) => d.id);
    picked = choices.filter((x) => x.devices.some((d) => ids.includes(d)));
  }
  const offered = choices.map((x, i) => `${i + 1} (${x.devices.map((d) => names.get(d) ?? d).join(' and ')})`).join(', ');
  if (picked.length === 0) return usage(ctx, `Change ${index} (${where}) has no version "${keep}": its versions are ${offered}.`);
  if (picked.length > 1)
    return usage(ctx, `"${keep}" names more than one version of change ${index} (${where}): give its number, ${offered}.`);
  const ch = picked[0]!;
  await v.resolve(c, ch.choice);
  const whose = ch.devices.map((d) => names.get(d) ?? d).join(' and ');
  ctx.io.stderr(
    `${ch.kind === 'deleted' ? `Deleted ${where}, as on ${whose}.` : ch.kind === 'kept' ? `Kept ${where}, as on ${whose}.` : `Kept the version of ${where} from ${whose}.`} ${spread}\n`,
  );
  return EXIT.ok;
}

const spread = 'Every device gets the choice once the sync tool has copied this folder.';

/** The record (or single object) with one field replaced: a change after every version, so it settles them. */
function keepOp(v: SharedVault, c: Conflict, value: string): VaultOp {
  const field = c.field!;
  if ((SINGLETON_NAMES as string[]).includes(c.collection)) {
    const key = c.collection as SingletonName;
    return { op: 'set', key, value: { ...(v.data[key] as Record<string, unknown>), [field]: value } };
  }
  const coll = c.collection as CollectionName;
  const rec = (v.data[coll] as { id: string }[]).find((x) => x.id === c.id);
  return { op: 'put', collection: coll, record: { ...rec, id: c.id, [field]: value } };
}

/** What `devices` and `verify` say in words (stderr); `each`: every conflict in a sentence (devices lists them numbered on stdout instead). */
export function deviceWords(ctx: CommandContext, list: readonly DeviceReport[], conflicts: readonly Conflict[], each = true): void {
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
  else if (!each)
    ctx.io.stderr(`${plural(conflicts.length, 'change')} made on two devices at once: listed above, numbered, with every version.\n`);
  else {
    ctx.io.stderr(`${plural(conflicts.length, 'change')} made on two devices at once (the newer one is shown, the other kept):\n`);
    for (const c of conflicts) ctx.io.stderr(`  ${describe(c, names)}\n`);
  }
}
