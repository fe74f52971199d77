import { readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CompeerError, isCompeerError } from '../../../shared/errors';
import { COLLECTION_NAMES, SINGLETON_NAMES, type VaultDocument } from '../../../shared/schema/document';
import { Vault } from '../vault';
import type { VaultOp } from '../vault/ops';
import { copiesOf } from './folder';
import { bothTexts, canonical, isLongText } from './merge';

/**
 * A vault file that only one device writes, kept in a folder a sync tool syncs: when two
 * computers wrote it, the tool leaves its conflict copies beside it ("v (conflicted copy).compeer",
 * "v.sync-conflict-….compeer", "v (1).compeer": the names of folder.ts, one rule for both kinds
 * of vault). Each copy holds changes the vault may lack; they are merged in, loss-free.
 */

/** The conflict copies of `base` among `names` (a folder's listing), in a fixed order. */
export const conflictCopyNames = (names: readonly string[], base: string): string[] => copiesOf(names, base).filter((n) => n !== base);

/** The conflict copies beside a vault file (their names; files only). */
export async function conflictCopiesOf(vaultPath: string): Promise<string[]> {
  const dir = dirname(vaultPath);
  const names = conflictCopyNames(await readdir(dir).catch(() => [] as string[]), basename(vaultPath));
  const out: string[] = [];
  for (const n of names) {
    if (
      await stat(join(dir, n)).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      out.push(n);
  }
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIdList = (v: unknown): v is Obj[] => Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string');

export interface RecordRef {
  collection: string;
  id: string;
}

export interface CopyMerge {
  /** the changes that bring the copy's contents into the vault (none: it holds nothing the vault lacks) */
  ops: VaultOp[];
  /** records only the copy had */
  added: RecordRef[];
  /** records both had, changed in the vault: which of their fields */
  changed: (RecordRef & { fields: string[] })[];
  /** long texts that differed: both versions kept in one text */
  bothKept: (RecordRef & { field: string })[];
}

interface Labels {
  /** says where a version of a text comes from, in the line before it */
  vault: string;
  copy: string;
}

/**
 * One value from two versions of it, `a` the newer: equal, it is kept; two long texts both kept
 * in one text (merge.ts's rule: bothTexts); lists of parts with ids (meetings, follow-ups,
 * check-ins) joined by id, so a part added on either side stays; objects joined key by key; any
 * other value is the newer one.
 */
function mergeValue(key: string, a: unknown, b: unknown, older: string, both: () => void, fillEmpty = false): unknown {
  if (canonical(a) === canonical(b)) return a;
  // no time of change to go by: a value only the older side has set is not lost
  if (fillEmpty && isEmpty(a)) return b;
  if (typeof a === 'string' && typeof b === 'string' && isLongText(key, [a, b])) {
    const out = bothTexts(a, [{ text: b, label: older }]);
    if (out !== a) both();
    return out;
  }
  if (isIdList(a) && isIdList(b)) {
    const theirs = new Map(b.map((x) => [x.id as string, x]));
    const mine = new Set(a.map((x) => x.id as string));
    return [
      ...a.map((x) => {
        const y = theirs.get(x.id as string);
        return y ? mergeObject(x, y, older, both) : x;
      }),
      ...b.filter((y) => !mine.has(y.id as string)),
    ];
  }
  if (isObj(a) && isObj(b)) return mergeObject(a, b, older, both, fillEmpty);
  return a;
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);

function mergeObject(a: Obj, b: Obj, older: string, both: () => void, fillEmpty = false): Obj {
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Object.hasOwn(a, k) ? mergeValue(k, a[k], v, older, both, fillEmpty) : v;
  return out;
}

const timeOf = (r: Obj) => {
  const t = typeof r.updatedAt === 'string' ? Date.parse(r.updatedAt) : NaN;
  return Number.isNaN(t) ? 0 : t;
};

/**
 * What a conflict copy adds to the vault. Records only in the copy are added; a record in both
 * and different takes, field by field, the version with the later `updatedAt` (the vault's on a
 * tie), keeps both versions of a long text that differs, and keeps a part (a meeting, a
 * follow-up) either side added. Deletions are not inferred: a record missing on one side is
 * kept. The single objects (me, settings, map, advisor) have no time of change: the vault's
 * values stay, and what only the copy has set (a key, or a value the vault has empty) is added. Pure.
 */
export function mergeCopy(vault: Readonly<VaultDocument>, copy: Readonly<VaultDocument>, labels: Labels): CopyMerge {
  const out: CopyMerge = { ops: [], added: [], changed: [], bothKept: [] };
  for (const c of COLLECTION_NAMES) {
    const mine = new Map((vault[c] as Obj[]).map((r) => [r.id as string, r]));
    for (const r of copy[c] as Obj[]) {
      const id = r.id as string;
      const m = mine.get(id);
      if (!m) {
        out.ops.push({ op: 'put', collection: c, record: r });
        out.added.push({ collection: c, id });
        continue;
      }
      if (canonical(m) === canonical(r)) continue;
      const copyNewer = timeOf(r) > timeOf(m);
      const [newer, older, label] = copyNewer ? [r, m, labels.vault] : [m, r, labels.copy];
      const texts: string[] = [];
      const merged: Obj = { ...older, ...newer };
      for (const k of Object.keys(merged)) {
        if (Object.hasOwn(newer, k) && Object.hasOwn(older, k)) merged[k] = mergeValue(k, newer[k], older[k], label, () => texts.push(k));
      }
      const fields = Object.keys(merged).filter((k) => canonical(merged[k]) !== canonical(m[k]));
      if (fields.length === 0) continue;
      out.ops.push({ op: 'put', collection: c, record: merged });
      out.changed.push({ collection: c, id, fields });
      for (const f of new Set(texts)) out.bothKept.push({ collection: c, id, field: f });
    }
  }
  for (const k of SINGLETON_NAMES) {
    const texts: string[] = [];
    const merged = mergeObject(vault[k], copy[k], labels.copy, () => texts.push(k), true);
    const fields = Object.keys(merged).filter((f) => canonical(merged[f]) !== canonical((vault[k] as Obj)[f]));
    if (fields.length === 0) continue;
    out.ops.push({ op: 'set', key: k, value: merged });
    out.changed.push({ collection: k, id: k, fields });
    if (texts.length > 0) out.bothKept.push({ collection: k, id: k, field: fields.join(',') });
  }
  return out;
}

export interface CopyMergeOptions {
  /** the copy's own passphrase, when it does not open with the vault's (saved before a passphrase change) */
  copyPassphrase?: string;
  dataDir?: string | null;
  takeOverLock?: boolean;
  now?: () => Date;
}

export interface CopyMergeResult extends Omit<CopyMerge, 'ops'> {
  /** where the copy is now: renamed `<copy>.merged`, kept */
  keptAs: string;
}

/** A free name for the merged copy: `<copy>.merged`, or `<copy>.merged-2` and on when that is taken. */
async function mergedName(copyPath: string): Promise<string> {
  for (let n = 1; ; n++) {
    const p = n === 1 ? `${copyPath}.merged` : `${copyPath}.merged-${n}`;
    if (
      !(await stat(p).then(
        () => true,
        () => false,
      ))
    )
      return p;
  }
}

/**
 * Merge a conflict copy into its vault file (mergeCopy), then rename the copy `<copy>.merged`
 * (kept, never deleted). The vault is written before the copy is renamed: stopped in between,
 * a second merge of the same copy finds nothing more to add.
 */
export async function mergeCopyFile(
  vaultPath: string,
  copyPath: string,
  passphrase: string,
  opts: CopyMergeOptions = {},
): Promise<CopyMergeResult> {
  if (copyPath === vaultPath) throw new CompeerError('INVALID_INPUT', 'That is the vault itself, not a copy of it. Nothing was changed.');
  return mergeCopyInto(
    async (merge) => {
      const vault = await Vault.open(vaultPath, passphrase, { dataDir: opts.dataDir, takeOverLock: opts.takeOverLock, now: opts.now });
      try {
        return await merge(vault);
      } finally {
        await vault.close();
      }
    },
    vaultPath,
    copyPath,
    passphrase,
    opts.copyPassphrase,
    'set COMPEER_COPY_PASSPHRASE to its passphrase',
  );
}

/**
 * The one way a copy is merged, for the command line (which opens the vault for it) and the app
 * (whose vault is open): `withVault` lends the vault to `merge`. `askFor` says how the person
 * gives the copy's own passphrase when the vault's does not open it.
 */
export async function mergeCopyInto(
  withVault: (merge: (vault: Vault) => Promise<CopyMerge>) => Promise<CopyMerge>,
  vaultPath: string,
  copyPath: string,
  passphrase: string,
  copyPassphrase: string | undefined,
  askFor: string,
): Promise<CopyMergeResult> {
  const copyName = basename(copyPath);
  let copy: Vault;
  try {
    copy = await Vault.open(copyPath, passphrase, { readOnly: true, marks: false });
  } catch (e) {
    if (!isCompeerError(e) || e.code !== 'WRONG_PASSPHRASE') throw e;
    if (copyPassphrase === undefined)
      throw new CompeerError(
        'WRONG_PASSPHRASE',
        `${copyName} does not open with the vault's passphrase (it may have been saved before a passphrase change): ${askFor}. Nothing was changed.`,
      );
    copy = await Vault.open(copyPath, copyPassphrase, { readOnly: true, marks: false });
  }
  let result: CopyMerge;
  try {
    await copy.validate();
    result = await withVault(async (vault) => {
      if (vault.status().loss) {
        throw new CompeerError(
          'CHANGES_MISSING',
          `Refused: saved changes are missing from ${basename(vaultPath)}. Restore a backup that has them (or go on without them) first, then merge the copy. Nothing was changed.`,
        );
      }
      await vault.validate();
      const merged = mergeCopy(vault.data, copy.data, {
        vault: `the version in ${basename(vaultPath)}`,
        copy: `the version in ${copyName}`,
      });
      if (merged.ops.length > 0) await vault.apply(merged.ops);
      return merged;
    });
  } finally {
    await copy.close();
  }
  const keptAs = await mergedName(copyPath);
  await rename(copyPath, keptAs);
  return { added: result.added, changed: result.changed, bothKept: result.bothKept, keptAs };
}
