import { REDACTED, mergeKeepingConfidential } from '../../../shared/confidential';
import { CompeerError, newerCompeer, schemaProblem } from '../../../shared/errors';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  SCHEMA_VERSION,
  meSchema,
  settingsSchema,
  type CollectionName,
  type VaultDocument,
} from '../../../shared/schema/document';
import { migrate } from '../../../shared/schema/migrations';
import type { VaultOp } from '../vault';
import { controlPath, controlWords } from '../import/text-check';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json-export';

export interface ImportSummary {
  added: Record<CollectionName, number>;
  updated: Record<CollectionName, number>;
  unchanged: number;
  ops: VaultOp[];
}

const zeroCounts = () => Object.fromEntries(COLLECTION_NAMES.map((c) => [c, 0])) as Record<CollectionName, number>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields in the export that stand for left-out confidential text keep what the vault has. */
const withoutRedacted = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== REDACTED));

export function parseExportText(text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      `The file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}). Nothing was imported.`,
    );
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      'The file is JSON but not a Compeer export (its "format" is not "compeer-export"). Nothing was imported.',
    );
  }
  if (typeof data.version !== 'number')
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      'This Compeer export has no "version", so Compeer cannot tell how to read it. Nothing was imported.',
    );
  if (data.version > EXPORT_VERSION) throw newerCompeer('export', `export version ${data.version}`, EXPORT_VERSION);
  // records of a newer schema than this app's would be read by rules that do not know them
  const schema = data.schemaVersion;
  if (typeof schema === 'number' && schema > SCHEMA_VERSION) throw newerCompeer('export', `data version ${schema}`, SCHEMA_VERSION);
  return data;
}

/**
 * Plan the import of a Compeer export: merge by id (fields the file gives replace the
 * vault's; fields it leaves out keep the vault's value, or the default for a new record).
 * Every record is checked first; if any is invalid, all problems are reported with their
 * position and nothing is planned.
 */
export function planJsonImport(doc: Readonly<VaultDocument>, file: Record<string, unknown>): ImportSummary {
  // an export made by an earlier schema version: its records go through the same steps as a vault's
  const version = file.schemaVersion;
  const data = typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < SCHEMA_VERSION ? migrate(file) : file;
  const added = zeroCounts();
  const updated = zeroCounts();
  let unchanged = 0;
  const ops: VaultOp[] = [];
  const problems: string[] = [];

  for (const c of COLLECTION_NAMES) {
    const list = data[c];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`"${c}" is not a list`);
      continue;
    }
    const existing = new Map((doc[c] as { id: string }[]).map((r) => [r.id, r]));
    const seen = new Set<string>();
    list.forEach((raw, i) => {
      const where = `${c}[${i}]`;
      if (!isObject(raw)) return void problems.push(`${where}: not an object`);
      const id = typeof raw.id === 'string' ? raw.id : null;
      if (id && seen.has(id)) return void problems.push(`${where}: id "${id}" appears twice`);
      if (id) seen.add(id);
      const control = controlPath(raw);
      if (control)
        return void problems.push(`${where}${id ? ` (id "${id}")` : ''}: ${control.path || 'record'}: has ${controlWords(control.code)}`);
      const before = id ? existing.get(id) : undefined;
      // merged by id; text that stands for left-out confidential text keeps the vault's (a
      // meeting's notes by the meeting's id) and never becomes that marker in a new record
      const merged = mergeKeepingConfidential(c, before ?? {}, raw);
      const parsed = COLLECTIONS[c].safeParse(merged);
      if (!parsed.success) {
        return void problems.push(`${where}${id ? ` (id "${id}")` : ''}: ${schemaProblem(parsed.error, { whole: 'record' })}`);
      }
      if (!before) added[c] += 1;
      else if (JSON.stringify(parsed.data) !== JSON.stringify(before)) updated[c] += 1;
      else return void (unchanged += 1);
      ops.push({ op: 'put', collection: c, record: parsed.data });
    });
  }
  for (const key of ['me', 'settings'] as const) {
    const raw = data[key];
    if (raw === undefined) continue;
    if (!isObject(raw)) {
      problems.push(`"${key}" is not an object`);
      continue;
    }
    const control = controlPath(raw);
    if (control) {
      problems.push(`${key}: ${control.path}: has ${controlWords(control.code)}`);
      continue;
    }
    const parsed = (key === 'me' ? meSchema : settingsSchema).safeParse({ ...doc[key], ...withoutRedacted(raw) });
    if (!parsed.success) problems.push(schemaProblem(parsed.error, { within: key }));
    else if (JSON.stringify(parsed.data) !== JSON.stringify(doc[key])) ops.push({ op: 'set', key, value: parsed.data });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    const more = problems.length > 20 ? `\n  …and ${problems.length - 20} more` : '';
    throw new CompeerError(
      'INVALID_INPUT',
      `The file has ${problems.length} invalid record${problems.length === 1 ? '' : 's'}; nothing was imported:\n  ${shown}${more}`,
    );
  }
  return { added, updated, unchanged, ops };
}
