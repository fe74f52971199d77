import { CompeerError } from '../../../shared/errors';
import { emptyContact, parseBirthday, splitName, type ImportedContact } from './contact';
import { isBlankRow, type CsvRow } from './csv';

const norm = (h: string) => h.trim().toLowerCase();

/** Outlook's "Comma Separated Values" export (desktop and Outlook.com; Google's "Outlook CSV" too). */
export function isOutlookHeader(cells: readonly string[]): boolean {
  const h = cells.map(norm);
  return h.includes('first name') && h.includes('last name') && h.includes('e-mail address');
}

// values Outlook writes into every row when a field is empty
const EMPTY = /^(0\/0\/00|unspecified|normal|false)$/i;
// per-address columns; the street parts are kept together as one address line
const PLACES = ['business', 'home', 'other'];
const SKIP = /^(e-mail( \d)? (type|display name)|initials|priority|private|sensitivity|gender)$/;

/** Outlook CSV: fixed English column names, "E-mail N Address", phones by kind, ";" between categories. */
export function* outlookContacts(records: Iterable<CsvRow>): Generator<ImportedContact> {
  const iterator = records[Symbol.iterator]();
  const header = (iterator.next().value as CsvRow | undefined)?.cells ?? [];
  if (!isOutlookHeader(header))
    throw new CompeerError('UNSUPPORTED_FILE', 'The first row is not an Outlook contacts header. Nothing was imported.');
  const h = header.map(norm);
  const position = new Map<string, number>();
  h.forEach((name, i) => {
    if (!position.has(name)) position.set(name, i);
  });
  const used = new Uint8Array(h.length);
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const r = next.value;
    if (isBlankRow(r)) continue;
    used.fill(0);
    const get = (name: string) => {
      const i = position.get(name);
      if (i === undefined) return '';
      used[i] = 1;
      const v = (r.cells[i] ?? '').trim();
      return EMPTY.test(v) ? '' : v;
    };
    const c = emptyContact('Outlook CSV', r.line);
    c.name = splitName([get('title'), get('first name'), get('middle name'), get('last name'), get('suffix')].filter(Boolean).join(' '));
    const nick = get('nickname');
    if (!c.name) c.name = nick;
    else if (nick) c.extra.push(['Nickname', nick]);
    c.company = get('company');
    c.role = get('job title');
    const dept = get('department');
    if (dept) c.extra.push(['Department', dept]);
    for (const name of ['e-mail address', 'e-mail 2 address', 'e-mail 3 address']) {
      const v = get(name);
      if (v) c.emails.push(v);
    }
    for (const place of PLACES) {
      const city = get(`${place} city`);
      const country = get(`${place} country/region`) || get(`${place} country`);
      c.city ||= city;
      c.country ||= country;
      const parts = [
        get(`${place} street`),
        get(`${place} street 2`),
        get(`${place} street 3`),
        city,
        get(`${place} state`),
        get(`${place} postal code`),
        country,
      ].filter(Boolean);
      if (parts.length) c.extra.push([`Address (${place})`, parts.join(', ')]);
    }
    for (const name of ['web page', 'personal web page']) {
      const url = get(name);
      if (!url) continue;
      if (/linkedin\.com\//i.test(url) && !c.linkedin) c.linkedin = url;
      else if (!c.website) c.website = url;
      else c.extra.push(['Website', url]);
    }
    c.notes = get('notes');
    c.tags = get('categories')
      .split(/[;,]/)
      .map((t) => t.trim())
      .filter(Boolean);
    const bday = get('birthday');
    if (bday) {
      c.birthday = parseBirthday(bday);
      if (!c.birthday) c.extra.push(['Birthday', bday]);
    }
    h.forEach((name, i) => {
      const v = (r.cells[i] ?? '').trim();
      if (used[i] || !v || EMPTY.test(v) || SKIP.test(name)) return;
      if (/phone|fax|pager|isdn|telex|callback/.test(name) && !/assistant/.test(name)) c.phones.push(v);
      else c.extra.push([header[i]!.trim(), v]);
    });
    if (!c.name) c.name = c.emails[0] ?? c.company;
    yield c;
  }
}
