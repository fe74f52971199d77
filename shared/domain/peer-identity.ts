/**
 * How Compeer decides two records are the same person: the same LinkedIn profile, an email
 * in common, or the same name at the same company (both normalised).
 */

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

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const COMPANY_SUFFIX = /\b(inc|incorporated|ltd|limited|llc|gmbh|ag|sa|bv|plc|corp|corporation|co|company)\b/g;
export const normalizeCompany = (company: string): string => normalizeName(company).replace(COMPANY_SUFFIX, '').replace(/\s+/g, ' ').trim();

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
