import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readImportFile, type ImportFile } from '../../../electron/core/import/read-file';

const bytesOf = (name: string) => readFileSync(join(__dirname, '../../fixtures', name));

function contactsOf(file: ImportFile) {
  if (file.format === 'compeer-json') throw new Error('not a contacts file');
  return file;
}

describe('contacts files as real exporters and spreadsheets write them', () => {
  test('a Google CSV whose first contact has a 14-line note is detected from its records, not its lines', () => {
    const file = contactsOf(readImportFile(bytesOf('google-long-note.csv'), 'contacts.csv'));
    expect(file.format).toBe('google-csv');
    const [maya, ravi] = file.contacts;
    expect(maya).toMatchObject({ name: 'Maya Okonkwo', emails: ['maya@northwind.example'], tags: ['KubeCon'], line: 2 });
    expect(maya!.notes.split('\n')).toHaveLength(14);
    expect(maya!.notes).toContain('her team\'s "golden paths"');
    expect(ravi).toMatchObject({ name: 'Ravi Patel', line: 16 });
  });

  test('LinkedIn Connections.csv saved by Excel in a German locale: ";" found from the header, dd.mm.yyyy dates', () => {
    const file = contactsOf(readImportFile(bytesOf('linkedin-excel-semicolon.csv'), 'Connections.csv'));
    expect(file.format).toBe('linkedin');
    expect(file.contacts.map((c) => c.name)).toEqual(['Jürgen Weiß', 'Léa Dubois', 'Chen Wei']);
    expect(file.contacts[0]).toMatchObject({ company: 'Müller & Söhne GmbH', metDate: '2024-02-02', line: 5 });
    expect(file.contacts[1]).toMatchObject({
      company: 'Acme, Ltd.',
      role: 'Lead; Developer Experience',
      emails: ['lea@example.fr'],
      metDate: '2022-09-19',
    });
  });

  test('a Google CSV saved by Excel as Windows-1252 keeps é, ñ, ë, curly quotes, the dash and the euro sign', () => {
    const file = contactsOf(readImportFile(bytesOf('google-windows-1252.csv'), 'contacts.csv'));
    expect(file.encoding).toBe('Windows-1252');
    expect(file.contacts.map((c) => c.name)).toEqual(['José Núñez', 'Zoë Müller']);
    expect(file.contacts[0]).toMatchObject({ company: 'Café Olé S.L.', notes: '“Great at pricing” – owes me a coffee (3 €)' });
    expect(JSON.stringify(file.contacts)).not.toContain('\uFFFD');
  });

  test('an Outlook CSV in UTF-16 LE with a byte-order mark is read, not refused as binary', () => {
    const file = contactsOf(readImportFile(bytesOf('outlook-utf16le.csv'), 'outlook.csv'));
    expect(file).toMatchObject({ format: 'outlook-csv', encoding: 'UTF-16 LE', label: 'Outlook contacts (CSV)' });
    const [soren, fang] = file.contacts;
    expect(soren).toMatchObject({
      name: 'Søren Kierkegaard',
      company: 'Fabrikam A/S',
      role: 'Principal Scientist',
      emails: ['soren@fabrikam.example', 's.k@example.dk'],
      phones: ['+45 33 12 34 56', '+45 20 12 34 56'],
      linkedin: 'https://www.linkedin.com/in/soren-k',
      city: 'København',
      country: 'Denmark',
      tags: ['Mentors', 'Conference'],
      notes: 'Ran the “Reliability” track.\r\nAsked me to review his talk.',
    });
    // Outlook's fillers (0/0/00, Unspecified, Normal, False, SMTP, display names) are not carried into notes
    expect(soren!.extra).toEqual([
      ['Department', 'Research'],
      ['Address (business)', 'København, Denmark'],
    ]);
    expect(fang).toMatchObject({ name: 'Fang Wang', company: 'Contoso 中国', city: '上海', website: 'https://wangfang.example', line: 4 });
  });

  test('the same file in UTF-16 BE reads the same', () => {
    const le = bytesOf('outlook-utf16le.csv');
    const be = Buffer.from(le).swap16();
    const a = contactsOf(readImportFile(le, 'le.csv'));
    const b = contactsOf(readImportFile(be, 'be.csv'));
    expect(b.encoding).toBe('UTF-16 BE');
    expect(b.contacts).toEqual(a.contacts);
  });

  test('vCards from an old phone: a bad card is a warning and every other card is read', () => {
    const file = contactsOf(readImportFile(bytesOf('phone-2.1-hard-cards.vcf'), 'phone.vcf'));
    expect(file.contacts.map((c) => [c.name, c.line])).toEqual([
      ['Søren Kierkegaard', 1],
      ['Ben Okafor', 11],
      ['Ana Silva', 22],
      ['Lars Nilsson', 37],
    ]);
    const [soren, ben, ana, lars] = file.contacts;
    // literal é, ü inside a quoted-printable value are kept, =E2=80=94 is the em dash, soft breaks joined
    expect(soren!.notes).toBe('Café meeting — München, 2023.\r\nWants an intro to the Zürich team.');
    // the base64 PHOTO's lines are not indented; the e-mail after it still belongs to Ben
    expect(ben).toMatchObject({ emails: ['ben@example.ng'], phones: ['+234 800 000 0000'] });
    // the AGENT card (her assistant) is left out; Ana's title after it is hers
    expect(ana).toMatchObject({ role: 'Senior Engineer', phones: [], emails: ['ana@acme.example'] });
    // LABEL="Globex; Building 4: Floor 2" is one parameter, not a type
    expect(lars!.extra).toEqual([['Address (work)', 'Kungsgatan 1, Stockholm, 111 43, Sweden']]);
    expect(file.warnings).toEqual([
      {
        line: 29,
        skipped: false,
        message: 'Line 29: a card embedded in the card from line 22 (AGENT) was left out; the card itself was read.',
      },
      { line: 45, skipped: true, message: 'The card that begins on line 45 never ends (no END:VCARD), so it was left out.' },
    ]);
  });
});

test('a UTF-8 contacts file with many Windows-1252 lines names the first ten and counts the rest', () => {
  const lines = [
    'First Name,Last Name,E-mail 1 - Value',
    'Zoë,Müller,zoe@x.io',
    ...Array.from({ length: 12 }, (_, i) => `Jos\u00e9,N${i},j${i}@x.io`),
  ];
  const utf8 = (t: string) => [...Buffer.from(t, 'utf8')];
  // the 1252 lines carry é as the single byte 0xE9
  const file = contactsOf(
    readImportFile(
      Uint8Array.from([...utf8(`${lines[0]}\n${lines[1]}\n`), ...Buffer.from(`${lines.slice(2).join('\n')}\n`, 'latin1')]),
      'mixed.csv',
    ),
  );
  expect(file.encoding).toBe('UTF-8, some lines Windows-1252');
  expect(file.contacts.map((c) => c.name).slice(0, 2)).toEqual(['Zoë Müller', 'José N0']);
  expect(file.warnings).toEqual([
    {
      line: 3,
      skipped: false,
      message:
        'Lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 more are not UTF-8 like the rest of the file, so they were read as Windows-1252 (check the names on them).',
    },
  ]);
});
