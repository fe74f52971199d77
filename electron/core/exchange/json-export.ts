import { redactDocument } from '../../../shared/confidential';
import { COLLECTION_NAMES, SCHEMA_VERSION, type VaultDocument } from '../../../shared/schema/document';

/**
 * Compeer's JSON export, version 1: one object; `format` and `version` name it; `me` and
 * `settings` are objects; every collection (peers, ties, interactions, notes, journal,
 * groups, goals, opportunities) is an array of records with an `id`. Confidential text is
 * replaced by REDACTED unless asked for.
 */
export const EXPORT_FORMAT = 'compeer-export';
export const EXPORT_VERSION = 1;

export interface ExportOptions {
  includeConfidential: boolean;
  now: Date;
}

export function exportDocument(doc: VaultDocument, opts: ExportOptions): Record<string, unknown> {
  const source = opts.includeConfidential ? doc : redactDocument(doc);
  const out: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: opts.now.toISOString(),
    includesConfidential: opts.includeConfidential,
    me: source.me,
    settings: source.settings,
  };
  for (const c of COLLECTION_NAMES) out[c] = source[c];
  return out;
}
