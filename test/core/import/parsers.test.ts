import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLooseDate } from '../../../electron/core/import/contact';
import { parseCsv } from '../../../electron/core/import/csv';
import { detectFormat, readContacts, sniffFormat } from '../../../electron/core/import/detect';
import { parseVcards } from '../../../electron/core/import/vcard';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');

describe('CSV', () => {
  test('quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    const rows = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\nlast,,\n');
    expect(rows.map((r) => r.cells)).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\r\nlines'], [''], ['last', '', '']]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  test('a quote never closed names the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toThrow(/Line 3: a quoted value is never closed/);
  });
});

describe('dates in exports', () => {
  test.each([
    ['02 Feb 2024', '2024-02-02'],
    ['5-Jun-21', '2021-06-05'],
    ['19 Sep 2022', '2022-09-19'],
    ['2023-11-30', '2023-11-30'],
    ['Feb 2, 2024', '2024-02-02'],
    ['31 Feb 2024', null],
    ['yesterday', null],
    ['', null],
  ])('%s -> %s', (raw, iso) => expect(parseLooseDate(raw)).toBe(iso));
});

describe('LinkedIn Connections.csv', () => {
  test('skips the preamble by finding the header, reads quoted commas and both date styles', () => {
    const text = fixture('linkedin-Connections.csv');
    expect(detectFormat(text)).toBe('linkedin');
    const c = readContacts('linkedin', text).contacts;
    expect(c.map((x) => x.name)).toEqual(['Ana Silva', 'Lars Nilsson', 'Chen Wei']);
    expect(c[0]).toMatchObject({
      company: 'Acme, Ltd.',
      role: 'Senior Engineer',
      linkedin: 'https://www.linkedin.com/in/ana-silva-77',
      emails: [],
      metDate: '2024-02-02',
    });
    expect(c[1]).toMatchObject({ role: 'Lead, Developer Experience', emails: ['lars@example.se'], metDate: '2022-09-19' });
    expect(c[2]!.metDate).toBe('2021-06-05');
    expect(c[0]!.line).toBe(5);
  });

  test('a quoted "Notes:" preamble and extra columns are handled; extra columns are kept', () => {
    const text =
      '"Notes:"\n"Some text, quoted"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On,Skills\nMia,Berg,https://www.linkedin.com/in/mia,,Hooli,CTO,01 Jan 2020,Go\n';
    expect(detectFormat(text)).toBe('linkedin');
    const [mia] = readContacts('linkedin', text).contacts;
    expect(mia).toMatchObject({ name: 'Mia Berg', extra: [['Skills', 'Go']] });
  });
});

describe('Google Contacts CSV', () => {
  test('variable E-mail/Phone/Website columns, " ::: " values, multi-line notes, labels as tags', () => {
    const text = fixture('google-contacts.csv');
    expect(detectFormat(text)).toBe('google-csv');
    const [dana, ravi] = readContacts('google-csv', text).contacts;
    expect(dana).toMatchObject({
      name: 'Dana Kowalski',
      company: 'Umbrella',
      role: 'Data Scientist',
      emails: ['dana@umbrella.example', 'dana.k@example.org'],
      phones: ['+48 600 000 000'],
      notes: 'Met at the local ML meetup.\nLikes long walks.',
      tags: ['Meetup'],
    });
    expect(ravi).toMatchObject({
      name: 'Ravi Patel',
      emails: ['ravi@stark.example', 'ravi@example.in'],
      linkedin: 'https://www.linkedin.com/in/ravipatel',
    });
    expect(ravi!.extra).toContainEqual(['Department', 'Platform']);
  });
});

describe('vCard', () => {
  test('Apple 3.0: grouped properties, escapes, folded lines, lowercase types', () => {
    const [ana] = parseVcards(fixture('apple.vcf')).contacts;
    expect(ana).toMatchObject({
      name: 'Ana Silva',
      company: 'Acme, Ltd.',
      role: 'Senior Engineer',
      emails: ['ana@acme.example'],
      linkedin: 'https://www.linkedin.com/in/ana-silva-77',
      notes: 'Cohort peer from the 2018 graduate program, now in platform work. Long note folded at 75 octets.',
    });
    expect(ana!.extra).toContainEqual(['Department', 'Platform']);
  });

  test('Google 3.0: TYPE= parameters and categories as tags', () => {
    const [dana] = parseVcards(fixture('google.vcf')).contacts;
    expect(dana).toMatchObject({ name: 'Dana Kowalski', emails: ['dana@umbrella.example'], phones: ['+48 600 000 000'], tags: ['Meetup'] });
  });

  test('Outlook 2.1: quoted-printable UTF-8 with soft line breaks and bare types', () => {
    const [a] = parseVcards(fixture('outlook-2.1.vcf')).contacts;
    expect(a).toMatchObject({
      name: 'Antonín Dvořák',
      company: 'Hooli',
      emails: ['antonin@hooli.example'],
      notes: 'Functional peer, platform engineering.\r\nPrefers email.',
    });
  });

  test('vCard 4.0 with URIs and structured names only', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:4.0\r\nN:Okafor;Ben;;Dr.;\r\nEMAIL;TYPE=work:ben@example.org\r\nTEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-0100\r\nURL:https://ben.example\r\nADR;TYPE=work:;;1 Main St;Lagos;;;Nigeria\r\nEND:VCARD\r\n';
    const [ben] = parseVcards(text).contacts;
    expect(ben).toMatchObject({
      name: 'Dr. Ben Okafor',
      phones: ['+1-555-0100'],
      website: 'https://ben.example',
      city: 'Lagos',
      country: 'Nigeria',
    });
  });

  test.each([
    ['BEGIN:VCARD\nFN:A\n', [], [/line 1 never ends/]],
    [
      'BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n',
      ['B'],
      [/Line 1: the card that begins here has no END:VCARD before the next card on line 3/],
    ],
    ['BEGIN:VCARD\nFN:A\nthis is not a property\nEND:VCARD\n', ['A'], [/Line 3: "this is not a property" is not a vCard property/]],
    ['BEGIN:VCARD\nFN:A\nEND:VCARD\ngarbage\nmore garbage\n', ['A'], [/Line 4: text outside a card \("garbage"\) was ignored/]],
  ])('a malformed card or line is a warning naming its line; the other cards are read: %#', (text, names, messages) => {
    const { contacts, warnings } = parseVcards(text);
    expect(contacts.map((c) => c.name)).toEqual(names);
    expect(warnings.map((w) => w.message)).toEqual(messages.map((m) => expect.stringMatching(m) as unknown));
  });
});

describe('what real files do that the fixtures do not show', () => {
  test('Excel\'s "Unicode text" is tab-delimited: the tab is found from the header', () => {
    const text =
      'First Name\tLast Name\tURL\tEmail Address\tCompany\tPosition\tConnected On\r\nMia\tBerg\thttps://www.linkedin.com/in/mia\t\tHooli, Inc.\tCTO\t01 Jan 2020\r\n';
    expect(sniffFormat(text)).toEqual({ format: 'linkedin', delimiter: '\t' });
    expect(readContacts('linkedin', text).contacts[0]).toMatchObject({ name: 'Mia Berg', company: 'Hooli, Inc.' });
  });

  test('a quoted note longer than twelve lines in the first contact does not hide the header', () => {
    const note = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const text = `First Name,Last Name,Notes,E-mail 1 - Value\nAna,Silva,"${note}",ana@x.io\n`;
    expect(detectFormat(text)).toBe('google-csv');
    expect(readContacts('google-csv', text).contacts[0]!.notes.split('\n')).toHaveLength(30);
  });

  test('an AGENT card on the same line (AGENT:BEGIN:VCARD) is left out to its END', () => {
    const text = 'BEGIN:VCARD\nVERSION:2.1\nFN:Ana Silva\nAGENT:BEGIN:VCARD\nFN:Pat Assistant\nEND:VCARD\nTITLE:Engineer\nEND:VCARD\n';
    const { contacts, warnings } = parseVcards(text);
    expect(contacts).toMatchObject([{ name: 'Ana Silva', role: 'Engineer' }]);
    expect(warnings.map((w) => w.line)).toEqual([4]);
  });

  test('a bare QUOTED-PRINTABLE parameter (vCard 2.1) joins soft breaks and decodes with its charset', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Gr=FC=DFe =\r\naus K=F6ln\r\nEND:VCARD\r\n';
    expect(parseVcards(text).contacts[0]!.notes).toBe('Grüße aus Köln');
  });

  test('quoted parameter values keep ";" ":" and "," inside them; a quoted TYPE list is still a list', () => {
    const text =
      'BEGIN:VCARD\nVERSION:4.0\nFN:A\nADR;LABEL="Hooli; Bldg 4: Floor 2, East";TYPE="work,pref":;;1 Main St;Oslo;;;Norway\nEND:VCARD\n';
    expect(parseVcards(text).contacts[0]!.extra).toEqual([['Address (work, pref)', '1 Main St, Oslo, Norway']]);
  });
});

describe('format detection by content', () => {
  test.each([
    ['{"format":"compeer-export"}', 'compeer-json'],
    ['\uFEFFBEGIN:VCARD\r\nEND:VCARD', 'vcard'],
  ])('%s', (text, format) => expect(detectFormat(text)).toBe(format));

  test.each([
    ['', /empty/],
    ['name;email\nA;a@b', /cannot tell what this file is/],
    ['PK\u0003\u0004\0\0binary', /binary/],
  ])('refuses what it cannot read: %#', (text, message) => expect(() => detectFormat(text)).toThrow(message));
});
