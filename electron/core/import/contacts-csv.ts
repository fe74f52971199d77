import { CompeerError } from '../../../shared/errors';
import { emptyContact, parseBirthday, parseLooseDate, splitName, type ImportedContact } from './contact';
import { isBlankRow, type CsvRow } from './csv';

const norm = (h: string) => h.trim().toLowerCase();

export function isLinkedInHeader(cells: readonly string[]): boolean {
  const h = cells.map(norm);
  return (
    h.includes('first name') && h.includes('last name') && (h.includes('connected on') || h.includes('url') || h.includes('profile url'))
  );
}

/**
 * LinkedIn's Connections.csv, one contact per record as the records come (a large file is
 * read a slice at a time); the header is found by its columns, after any preamble.
 */
export function* linkedInContacts(records: Iterable<CsvRow>): Generator<ImportedContact> {
  let headerCells: string[] | null = null;
  let header: string[] = [];
  let idx = { first: -1, last: -1, url: -1, email: -1, company: -1, position: -1, connected: -1 };
  let mapped = new Set<number>();
  for (const r of records) {
    if (!headerCells) {
      if (!isLinkedInHeader(r.cells)) continue;
      headerCells = r.cells;
      header = r.cells.map(norm);
      const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
      idx = {
        first: col('first name'),
        last: col('last name'),
        url: col('url', 'profile url'),
        email: col('email address', 'email'),
        company: col('company'),
        position: col('position'),
        connected: col('connected on'),
      };
      mapped = new Set(Object.values(idx));
      continue;
    }
    if (isBlankRow(r)) continue;
    const get = (i: number) => (i >= 0 ? (r.cells[i] ?? '').trim() : '');
    const c = emptyContact('LinkedIn', r.line);
    c.name = splitName(`${get(idx.first)} ${get(idx.last)}`);
    c.linkedin = get(idx.url);
    if (get(idx.email)) c.emails.push(get(idx.email));
    c.company = get(idx.company);
    c.role = get(idx.position);
    const connected = get(idx.connected);
    c.metDate = parseLooseDate(connected);
    if (connected && !c.metDate) c.extra.push(['Connected on', connected]);
    for (let i = 0; i < header.length; i++) {
      if (!mapped.has(i) && get(i)) c.extra.push([headerCells[i]!.trim(), get(i)]);
    }
    if (!c.name) c.name = c.linkedin;
    yield c;
  }
  if (!headerCells)
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      'No LinkedIn header row (First Name, Last Name, URL, Connected On) was found. Nothing was imported.',
    );
}

export function isGoogleHeader(cells: readonly string[]): boolean {
  const h = cells.map(norm);
  return (
    h.includes('first name') &&
    h.includes('last name') &&
    h.some((x) => /^e-mail \d+ - value$/.test(x) || x === 'organization name' || x === 'labels')
  );
}

const multi = (v: string) =>
  v
    .split(' ::: ')
    .map((x) => x.trim())
    .filter(Boolean);

/** Google's numbered columns: "E-mail 2 - Value", "Phone 1 - Label", "Address 1 - City". */
const NUMBERED = /^(e-mail|phone|website|address) (\d+) - (value|formatted|label|city|country)$/;

/**
 * Google Contacts CSV: any number of "E-mail N", "Phone N", "Website N" columns; " ::: " joins
 * values. What each column means is worked out once from the header, so a row costs one pass
 * over its cells however many columns there are.
 */
export function* googleContacts(records: Iterable<CsvRow>): Generator<ImportedContact> {
  const iterator = records[Symbol.iterator]();
  const header = (iterator.next().value as CsvRow | undefined)?.cells ?? [];
  if (!isGoogleHeader(header))
    throw new CompeerError('UNSUPPORTED_FILE', 'The first row is not a Google Contacts header. Nothing was imported.');
  const h = header.map(norm);
  const position = new Map<string, number>();
  h.forEach((name, i) => {
    if (!position.has(name)) position.set(name, i);
  });
  const col = (name: string) => position.get(name) ?? -1;
  const numbered = h.map((name) => {
    const m = NUMBERED.exec(name);
    return m ? { kind: m[1]!, part: m[3]!, label: col(`${m[1]} ${m[2]} - label`) } : null;
  });
  const used = new Uint8Array(h.length);
  const take = (i: number, r: CsvRow) => {
    if (i < 0) return '';
    used[i] = 1;
    return (r.cells[i] ?? '').trim();
  };
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const r = next.value;
    if (isBlankRow(r)) continue;
    used.fill(0);
    const c = emptyContact('Google CSV', r.line);
    const first = take(col('first name'), r);
    const middle = take(col('middle name'), r);
    const last = take(col('last name'), r);
    const prefix = take(col('name prefix'), r);
    const suffix = take(col('name suffix'), r);
    c.name = splitName([prefix, first, middle, last, suffix].filter(Boolean).join(' '));
    const nick = take(col('nickname'), r);
    if (!c.name) c.name = nick || take(col('file as'), r);
    else if (nick) c.extra.push(['Nickname', nick]);
    c.company = take(col('organization name'), r) || take(col('organization 1 - name'), r);
    c.role = take(col('organization title'), r) || take(col('organization 1 - title'), r);
    const dept = take(col('organization department'), r) || take(col('organization 1 - department'), r);
    if (dept) c.extra.push(['Department', dept]);
    c.notes = take(col('notes'), r);
    const bday = take(col('birthday'), r);
    if (bday) {
      c.birthday = parseBirthday(bday);
      if (!c.birthday) c.extra.push(['Birthday', bday]);
    }
    c.tags = multi(take(col('labels'), r) || take(col('group membership'), r))
      .map((t) => t.replace(/^\*\s*/, ''))
      .filter((t) => t && !/^(mycontacts|starred)$/i.test(t));
    numbered.forEach((m, i) => {
      if (!m) return;
      const value = take(i, r);
      if (!value || m.part === 'label') return;
      const label = m.label >= 0 ? (r.cells[m.label] ?? '').replace(/^\*\s*/, '').trim() : '';
      if (m.kind === 'e-mail') c.emails.push(...multi(value));
      else if (m.kind === 'phone') c.phones.push(...multi(value));
      else if (m.kind === 'website') {
        for (const url of multi(value)) {
          if (/linkedin\.com\//i.test(url) && !c.linkedin) c.linkedin = url;
          else if (!c.website) c.website = url;
          else c.extra.push([label || 'Website', url]);
        }
      } else if (m.part === 'city') c.city ||= value;
      else if (m.part === 'country') c.country ||= value;
      else c.extra.push([`Address${label ? ` (${label})` : ''}`, value]);
    });
    header.forEach((name, i) => {
      if (!used[i] && (r.cells[i] ?? '').trim() && !/ - label$/i.test(name) && !/^photo$/i.test(name.trim()))
        c.extra.push([name.trim(), (r.cells[i] ?? '').trim()]);
    });
    // a row with nothing to call the contact by still goes on: the plan reports it by its line
    if (!c.name) c.name = c.emails[0] ?? c.company;
    yield c;
  }
}

export const parseGoogleCsv = (rows: Iterable<CsvRow>): ImportedContact[] => [...googleContacts(rows)];
