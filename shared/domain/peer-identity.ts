/**
 * How Compeer decides two records are the same person: the same LinkedIn profile, an email
 * in common, or the same name at the same company (both normalised).
 */

import { foldKey } from '../text-fold';

export function normalizeLinkedIn(url: string): string {
  const m = /linkedin\.com\/(in|pub)\/([^/?#\s]+)/i.exec(url.replace(/\\:/g, ':'));
  if (!m) return '';
  let slug = m[2]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // keep as is
  }
  return `linkedin.com/in/${slug.toLowerCase()}`;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** A name as its folded words (accents, case and punctuation ignored; letters of every script kept). */
export const normalizeName = (name: string): string => foldKey(name);

const COMPANY_SUFFIX = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'gmbh',
  'ag',
  'sa',
  'bv',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
]);
/** A company as its folded words without legal suffixes ("Acme, Inc." is "acme"). */
export const normalizeCompany = (company: string): string =>
  normalizeName(company)
    .split(' ')
    .filter((w) => !COMPANY_SUFFIX.has(w))
    .join(' ');

export interface IdentityFields {
  name: string;
  company: string;
  emails: readonly string[];
  linkedin: string;
}

/** The keys a record can be matched by. */
export function identityKeys(p: IdentityFields): string[] {
  const keys: string[] = [];
  const li = normalizeLinkedIn(p.linkedin);
  if (li) keys.push(`li:${li}`);
  for (const e of p.emails) if (e.includes('@')) keys.push(`em:${normalizeEmail(e)}`);
  const n = normalizeName(p.name);
  const c = normalizeCompany(p.company);
  if (n && c) keys.push(`nc:${n}|${c}`);
  return keys;
}
