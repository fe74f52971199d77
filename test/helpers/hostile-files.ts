/**
 * Contacts files built to break an importer, written out in full by the tests that use
 * them (and by the benchmark, which prints how long each takes).
 */

export const GOOGLE_HEADER = ['First Name', 'Last Name', 'Organization Name', 'Notes', 'Labels'];

/** A Google CSV of one contact with `n` filled "E-mail N - Value" columns (3.4 MB at 100,000). */
export function wideGoogleCsv(n: number): string {
  const head = [...GOOGLE_HEADER];
  const row = ['Wide', 'Person', 'Umbrella', '', '* myContacts'];
  for (let i = 1; i <= n; i++) {
    head.push(`E-mail ${i} - Value`);
    row.push(`w${i}@x.io`);
  }
  return `${head.join(',')}\r\n${row.join(',')}\r\n`;
}

/** A vCard 2.1 card whose quoted-printable note is `n` soft line breaks long. */
export function softBreakCard(n: number): string {
  return `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Soft Breaks\r\nNOTE;ENCODING=QUOTED-PRINTABLE:${'ab=\r\n'.repeat(n)}end\r\nEND:VCARD\r\n`;
}

const MB = 1024 * 1024;

/**
 * A Google CSV where each of four contacts has one field no peer can hold, between two
 * good ones: a 1 MB note (line 3), a 1 MB e-mail (line 4), 201 e-mails (line 5) and no name
 * at all (line 6, only a phone number).
 */
export function oversizeFieldsCsv(): string {
  const emailCols = Array.from({ length: 201 }, (_, i) => `E-mail ${i + 1} - Value`);
  const head = [...GOOGLE_HEADER, 'Phone 1 - Value', ...emailCols];
  const row = (first: string, last: string, notes: string, phone: string, emails: string[]) =>
    [first, last, first ? 'Umbrella' : '', notes, '* myContacts', phone, ...emails, ...Array<string>(201 - emails.length).fill('')].join(
      ',',
    );
  return (
    [
      head.join(','),
      row('Good', 'Before', 'fine', '', ['good.before@x.io']),
      row('Long', 'Note', 'n'.repeat(MB), '', ['long.note@x.io']),
      row('Long', 'Email', '', '', [`${'e'.repeat(MB)}@x.io`, 'long.email@x.io']),
      row(
        'Many',
        'Emails',
        '',
        '',
        Array.from({ length: 201 }, (_, i) => `many${i}@x.io`),
      ),
      row('', '', '', '+1 555 0100', []),
      row('Good', 'After', '', '', ['good.after@x.io']),
    ].join('\r\n') + '\r\n'
  );
}

/** `n` bytes that look like a compressed or image file (a fixed pseudo-random sequence, NULs and all). */
export function binaryBytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A vCard whose card holds `n` bytes of binary data between its properties (a photo pasted in raw). */
export function binaryCard(n: number): Uint8Array {
  const enc = new TextEncoder();
  return Uint8Array.from([
    ...enc.encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Real Person\r\n'),
    ...binaryBytes(n),
    ...enc.encode('\r\nEND:VCARD\r\n'),
  ]);
}

/** A LinkedIn Connections.csv of `rows` connections (134 bytes a row: 100,000 rows are 13 MB). */
export function linkedInCsv(rows: number): string {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `Name${i},Surname${i},https://www.linkedin.com/in/person-${i},p${i}@example.org,"Company ${i % 3000}, Inc.",Senior Engineer ${i % 7},0${1 + (i % 9)} Feb 20${10 + (i % 15)}`,
    );
  return `${lines.join('\r\n')}\r\n`;
}

const note = (i: number) =>
  `Met at conference ${i % 97}; interested in platform engineering, developer experience and mentoring. Follow up about the talk on observability. ${'x'.repeat(150 + (i % 50))}`;

/** A Google Contacts CSV of `rows` contacts with a note each (470 bytes a row: 100,000 rows are 47 MB). */
export function googleCsvWithNotes(rows: number): string {
  const lines = [
    'Name Prefix,First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Notes,Labels',
  ];
  for (let i = 0; i < rows; i++)
    lines.push(
      `,Name${i},,Surname${i},"Company ${i % 3000}, Inc.",Engineer ${i % 7},* Work,p${i}@example.org,Mobile,+1 555 ${String(i).padStart(7, '0')},"${note(i)}",* myContacts ::: Friends`,
    );
  return `${lines.join('\r\n')}\r\n`;
}

/** A vCard 3.0 file of `n` cards with a note each (about 480 bytes a card: 100,000 cards are 46 MB). */
export function vcardsWithNotes(n: number): string {
  const cards: string[] = [];
  for (let i = 0; i < n; i++) {
    cards.push(
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Name${i} Surname${i}\r\nN:Surname${i};Name${i};;;\r\nORG:Company ${i % 3000}\r\nTITLE:Engineer ${i % 7}\r\nEMAIL;TYPE=INTERNET:p${i}@example.org\r\nTEL;TYPE=CELL:+1 555 ${String(i).padStart(7, '0')}\r\nNOTE:${note(i).slice(0, 260)}\r\nEND:VCARD\r\n`,
    );
  }
  return cards.join('');
}

/** A Compeer JSON export of `n` peers; `notes` gives each a note (225 bytes a record: 200,000 are 45 MB), else 34 bytes a record. */
export function peersExport(n: number, notes: boolean): string {
  const parts = ['{"format":"compeer-export","version":1,"schemaVersion":3,"peers":['];
  for (let i = 0; i < n; i++)
    parts.push(
      `${i ? ',' : ''}{"id":"p${i}","name":"N${i}"${notes ? `,"company":"Company ${i % 3000}","role":"Engineer ${i % 7}","notes":"${note(i).slice(0, 120)}"` : ''}}`,
    );
  parts.push(']}');
  return parts.join('');
}

/** Markdown whose front matter has `keys` keys of `width` characters each, and a short body. */
export function frontMatterFile(keys: number, width = 12): string {
  const lines = Array.from({ length: keys }, (_, i) => `k${i}: ${'v'.repeat(Math.max(1, width - String(i).length - 3))}`);
  return `---\ntitle: Many keys\n${lines.join('\n')}\n---\nThe body.\n`;
}

const ICS_HEAD = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n';
const ICS_PEER = 'ORGANIZER:mailto:me@home.io\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@work.io\r\n';

/** A calendar with one event repeating at `freq` from 1 January 2026 without end, and one single event. */
export function endlessCalendar(freq: 'DAILY' | 'SECONDLY'): string {
  return (
    ICS_HEAD +
    `BEGIN:VEVENT\r\nUID:endless@x\r\nDTSTART:20260101T090000Z\r\nDTEND:20260101T093000Z\r\nRRULE:FREQ=${freq}\r\nSUMMARY:Endless\r\n${ICS_PEER}END:VEVENT\r\n` +
    `BEGIN:VEVENT\r\nUID:single@x\r\nDTSTART:20260301T090000Z\r\nDTEND:20260301T093000Z\r\nSUMMARY:Single\r\n${ICS_PEER}END:VEVENT\r\n` +
    'END:VCALENDAR\r\n'
  );
}

/** A calendar of `n` one-off events with a peer, one a day at most (the same UIDs on each call). */
export function manyEventsCalendar(n: number): string {
  const parts = [ICS_HEAD];
  const base = Date.UTC(2020, 0, 1, 9);
  for (let i = 0; i < n; i++) {
    const t = new Date(base + i * 3_600_000).toISOString().replace(/[-:]/g, '').replace('.000', '');
    parts.push(`BEGIN:VEVENT\r\nUID:many-${i}@x\r\nDTSTART:${t}\r\nDURATION:PT30M\r\nSUMMARY:Meeting ${i}\r\n${ICS_PEER}END:VEVENT\r\n`);
  }
  parts.push('END:VCALENDAR\r\n');
  return parts.join('');
}

/** A calendar whose first event holds `depth` events, each inside the one before. */
export function deepCalendar(depth: number): string {
  return ICS_HEAD + 'BEGIN:VEVENT\r\nUID:deep@x\r\n'.repeat(depth) + 'END:VEVENT\r\n'.repeat(depth) + 'END:VCALENDAR\r\n';
}
