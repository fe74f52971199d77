import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLooseDate } from '../../../electron/core/import/contact';
import { parseCsv } from '../../../electron/core/import/csv';
import { detectFormat, readContacts } from '../../../electron/core/import/detect';
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
    const c = readContacts('linkedin', text);
    expect(c.map((x) => x.name)).toEqual(['Ana Silva', 'Lars Nilsson', 'Chen Wei']);
    expect(c[0]).toMatchObject({ company: 'Acme, Ltd.', role: 'Senior Engineer', linkedin: 'https://www.linkedin.com/in/ana-silva-77', emails: [], metDate: '2024-02-02' });
    expect(c[1]).toMatchObject({ role: 'Lead, Developer Experience', emails: ['lars@example.se'], metDate: '2022-09-19' });
    expect(c[2]!.metDate).toBe('2021-06-05');
    expect(c[0]!.line).toBe(5);
  });

  test('a quoted "Notes:" preamble and extra columns are handled; extra columns are kept', () => {
    const text = '"Notes:"\n"Some text, quoted"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On,Skills\nMia,Berg,https://www.linkedin.com/in/mia,,Hooli,CTO,01 Jan 2020,Go\n';
    expect(detectFormat(text)).toBe('linkedin');
    const [mia] = readContacts('linkedin', text);
    expect(mia).toMatchObject({ name: 'Mia Berg', extra: [['Skills', 'Go']] });
  });
});

describe('Google Contacts CSV', () => {
  test('variable E-mail/Phone/Website columns, " ::: " values, multi-line notes, labels as tags', () => {
    const text = fixture('google-contacts.csv');
    expect(detectFormat(text)).toBe('google-csv');
    const [dana, ravi] = readContacts('google-csv', text);
    expect(dana).toMatchObject({
      name: 'Dana Kowalski',
      company: 'Umbrella',
      role: 'Data Scientist',
      emails: ['dana@umbrella.example', 'dana.k@example.org'],
      phones: ['+48 600 000 000'],
      notes: 'Met at the local ML meetup.\nLikes long walks.',
      tags: ['Meetup'],
    });
    expect(ravi).toMatchObject({ name: 'Ravi Patel', emails: ['ravi@stark.example', 'ravi@example.in'], linkedin: 'https://www.linkedin.com/in/ravipatel' });
    expect(ravi!.extra).toContainEqual(['Department', 'Platform']);
  });
});

describe('vCard', () => {
  test('Apple 3.0: grouped properties, escapes, folded lines, lowercase types', () => {
    const [ana] = parseVcards(fixture('apple.vcf'));
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
    const [dana] = parseVcards(fixture('google.vcf'));
    expect(dana).toMatchObject({ name: 'Dana Kowalski', emails: ['dana@umbrella.example'], phones: ['+48 600 000 000'], tags: ['Meetup'] });
  });

  test('Outlook 2.1: quoted-printable UTF-8 with soft line breaks and bare types', () => {
    const [a] = parseVcards(fixture('outlook-2.1.vcf'));
    expect(a).toMatchObject({ name: 'Antonín Dvořák', company: 'Hooli', emails: ['antonin@hooli.example'], notes: 'Functional peer, platform engineering.\r\nPrefers email.' });
  });

  test('vCard 4.0 with URIs and structured names only', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:4.0\r\nN:Okafor;Ben;;Dr.;\r\nEMAIL;TYPE=work:ben@example.org\r\nTEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-0100\r\nURL:https://ben.example\r\nADR;TYPE=work:;;1 Main St;Lagos;;;Nigeria\r\nEND:VCARD\r\n';
    const [ben] = parseVcards(text);
    expect(ben).toMatchObject({ name: 'Dr. Ben Okafor', phones: ['+1-555-0100'], website: 'https://ben.example', city: 'Lagos', country: 'Nigeria' });
  });

  test.each([
    ['BEGIN:VCARD\nFN:A\n', /line 1 never ends/],
    ['BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD\n', /Line 3: a new card begins/],
    ['BEGIN:VCARD\nthis is not a property\nEND:VCARD\n', /Line 2: .* is not a vCard property/],
    ['BEGIN:VCARD\nFN:A\nEND:VCARD\ngarbage\n', /Line 4: text outside a card/],
  ])('malformed input names the line: %#', (text, message) => {
    expect(() => parseVcards(text)).toThrow(message);
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
