import { redactRecord } from '../../../shared/confidential';
import type { Peer } from '../../../shared/schema/document';
import { csvRow } from '../import/csv';

const COLUMNS = [
  'Name',
  'Company',
  'Role',
  'Industry',
  'Function',
  'City',
  'Country',
  'Career stage',
  'Peer types',
  'Status',
  'Tags',
  'Skills',
  'Needs',
  'Emails',
  'Phones',
  'LinkedIn',
  'Website',
  'Met on',
  'Notes',
] as const;

/** What a contacts file carries: confidential text (the declaration's) left out as an empty cell unless asked. */
const shown = (peers: readonly Peer[], includeConfidential: boolean): readonly Peer[] =>
  includeConfidential ? peers : peers.map((p) => redactRecord('peers', p, ''));

/** Peers as CSV (one row each; lists joined with "; "). Confidential notes only if asked. */
export function peersToCsv(peers: readonly Peer[], includeConfidential: boolean): string {
  const lines = [csvRow([...COLUMNS])];
  for (const p of shown(peers, includeConfidential)) {
    lines.push(
      csvRow([
        p.name,
        p.company,
        p.role,
        p.industry,
        p.function,
        p.city,
        p.country,
        p.careerStage ?? '',
        p.peerTypes.join('; '),
        p.status,
        p.tags.join('; '),
        p.skills.join('; '),
        p.needs.join('; '),
        p.contacts.emails.join('; '),
        p.contacts.phones.join('; '),
        p.contacts.linkedin,
        p.contacts.website,
        p.met.date ?? '',
        p.notes,
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const esc = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/[,;]/g, (c) => `\\${c}`);

/** Fold a content line at 75 octets (RFC 6350 3.2), never splitting a UTF-8 sequence. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += b;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** Peers as vCard 3.0, readable by Apple, Google and Outlook contacts (and Compeer's import). */
export function peersToVcard(peers: readonly Peer[], includeConfidential: boolean): string {
  const cards = shown(peers, includeConfidential).map((p) => {
    const parts = p.name.split(' ');
    const family = parts.length > 1 ? parts.at(-1)! : '';
    const given = parts.length > 1 ? parts.slice(0, -1).join(' ') : p.name;
    const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${esc(p.name)}`, `N:${esc(family)};${esc(given)};;;`];
    if (p.company) lines.push(`ORG:${esc(p.company)}`);
    if (p.role) lines.push(`TITLE:${esc(p.role)}`);
    for (const e of p.contacts.emails) lines.push(`EMAIL;TYPE=INTERNET:${esc(e)}`);
    for (const t of p.contacts.phones) lines.push(`TEL:${esc(t)}`);
    if (p.contacts.linkedin) lines.push(`URL:${esc(p.contacts.linkedin)}`);
    if (p.contacts.website) lines.push(`URL:${esc(p.contacts.website)}`);
    if (p.city || p.country) lines.push(`ADR:;;;${esc(p.city)};;;${esc(p.country)}`);
    if (p.tags.length) lines.push(`CATEGORIES:${p.tags.map(esc).join(',')}`);
    if (p.notes) lines.push(`NOTE:${esc(p.notes)}`);
    lines.push('END:VCARD');
    return lines.map(fold).join('\r\n');
  });
  return cards.length ? `${cards.join('\r\n')}\r\n` : '';
}
