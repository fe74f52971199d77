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
    [first, last, first ? 'Umbrella' : '', notes, '* myContacts', phone, ...emails, ...Array<string>(201 - emails.length).fill('')].join(',');
  return (
    [
      head.join(','),
      row('Good', 'Before', 'fine', '', ['good.before@x.io']),
      row('Long', 'Note', 'n'.repeat(MB), '', ['long.note@x.io']),
      row('Long', 'Email', '', '', [`${'e'.repeat(MB)}@x.io`, 'long.email@x.io']),
      row('Many', 'Emails', '', '', Array.from({ length: 201 }, (_, i) => `many${i}@x.io`)),
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
  return Uint8Array.from([...enc.encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Real Person\r\n'), ...binaryBytes(n), ...enc.encode('\r\nEND:VCARD\r\n')]);
}
