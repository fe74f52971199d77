import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectFormat, readContacts } from '../../../electron/core/import/detect';
import { planContactImport } from '../../../electron/core/import/plan';
import { applyOps } from '../../../electron/core/vault/ops';
import { emptyDocument, peerSchema, type Peer, type VaultDocument } from '../../../shared/schema/document';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');
const NOW = '2026-11-27T12:00:00.000Z';

function importInto(doc: VaultDocument, file: string, useIncoming: string[] = []) {
  const text = fixture(file);
  const format = detectFormat(text);
  if (format === 'compeer-json') throw new Error('not a contacts file');
  let n = doc.peers.length;
  const plan = planContactImport(doc.peers, readContacts(format, text).contacts, { now: NOW, newId: () => `n${++n}` });
  const ops = plan.ops(new Set(useIncoming));
  applyOps(doc, ops);
  return { plan, ops };
}

describe('importing contacts', () => {
  test('the same person from LinkedIn and Apple Contacts becomes one peer, with fields filled from both', () => {
    const doc = emptyDocument();
    importInto(doc, 'linkedin-Connections.csv');
    const { plan } = importInto(doc, 'apple.vcf');
    expect(doc.peers.filter((p) => p.name === 'Ana Silva')).toHaveLength(1);
    const ana = doc.peers.find((p) => p.name === 'Ana Silva')!;
    expect(ana.contacts.emails).toEqual(['ana@acme.example']);
    expect(ana.met.date).toBe('2024-02-02');
    expect(ana.notes).toContain('Cohort peer from the 2018 graduate program');
    expect(ana.notes).toContain('Department: Platform');
    expect(plan.rows[0]).toMatchObject({ action: 'merge', matchedBy: 'LinkedIn profile', matchedName: 'Ana Silva' });
  });

  test("each preview row carries LinkedIn's connection date, so the preview can filter by it; a file without one says null", () => {
    const { plan } = importInto(emptyDocument(), 'linkedin-Connections.csv');
    expect(plan.rows.map((r) => [r.name, r.connectedOn])).toEqual([
      ['Ana Silva', '2024-02-02'],
      ['Lars Nilsson', '2022-09-19'],
      ['Chen Wei', '2021-06-05'],
    ]);
    expect(importInto(emptyDocument(), 'apple.vcf').plan.rows.every((r) => r.connectedOn === null)).toBe(true);
  });

  test('Google CSV and Google vCard: matched by email', () => {
    const doc = emptyDocument();
    importInto(doc, 'google-contacts.csv');
    const { plan } = importInto(doc, 'google.vcf');
    expect(doc.peers.filter((p) => p.name === 'Dana Kowalski')).toHaveLength(1);
    expect(plan.rows[0]).toMatchObject({ matchedBy: 'email' });
  });

  test('importing the same file twice changes nothing', () => {
    const doc = emptyDocument();
    for (const f of ['linkedin-Connections.csv', 'google-contacts.csv', 'apple.vcf', 'google.vcf', 'outlook-2.1.vcf']) importInto(doc, f);
    const before = JSON.stringify(doc);
    for (const f of ['linkedin-Connections.csv', 'google-contacts.csv', 'apple.vcf', 'google.vcf', 'outlook-2.1.vcf']) {
      const { plan, ops } = importInto(doc, f);
      expect(ops, f).toEqual([]);
      expect(
        plan.rows.every((r) => r.action === 'skip'),
        f,
      ).toBe(true);
    }
    expect(JSON.stringify(doc)).toBe(before);
    expect(doc.peers.map((p) => p.name).sort()).toEqual([
      'Ana Silva',
      'Antonín Dvořák',
      'Chen Wei',
      'Dana Kowalski',
      'Lars Nilsson',
      'Ravi Patel',
    ]);
  });

  test('a conflict is shown and kept as it is unless the incoming value is chosen', () => {
    const doc = emptyDocument();
    const mine: Peer = peerSchema.parse({
      id: 'me1',
      name: 'Lars Nilsson',
      company: 'Globex',
      role: 'Principal Engineer',
      contacts: { emails: ['lars@example.se'] },
    });
    doc.peers.push(mine);
    const { plan } = importInto(doc, 'linkedin-Connections.csv');
    const lars = plan.rows.find((r) => r.name === 'Lars Nilsson')!;
    expect(lars.action).toBe('merge');
    expect(lars.conflicts).toEqual([
      {
        key: expect.stringMatching(/:role$/) as unknown,
        field: 'role',
        existing: 'Principal Engineer',
        incoming: 'Lead, Developer Experience',
      },
    ]);
    expect(doc.peers.find((p) => p.id === 'me1')!.role).toBe('Principal Engineer');
    // choosing the incoming value
    const doc2 = emptyDocument();
    doc2.peers.push(structuredClone(mine));
    importInto(doc2, 'linkedin-Connections.csv', [lars.conflicts[0]!.key]);
    expect(doc2.peers.find((p) => p.id === 'me1')!.role).toBe('Lead, Developer Experience');
  });

  test('matching by normalised name and company ignores accents, case and company suffixes', () => {
    const doc = emptyDocument();
    doc.peers.push(peerSchema.parse({ id: 'x', name: 'antonin dvorak', company: 'Hooli Inc.' }));
    const { plan } = importInto(doc, 'outlook-2.1.vcf');
    expect(plan.rows[0]).toMatchObject({ action: 'merge', matchedBy: 'name and company' });
    expect(doc.peers).toHaveLength(1);
  });

  test('the same person twice in one file is one peer', () => {
    const doc = emptyDocument();
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Silva,https://www.linkedin.com/in/ana-silva-77,,Acme,Eng,01 Jan 2020\nAna,Silva,https://linkedin.com/in/ANA-SILVA-77/,ana@acme.example,Acme,Eng,01 Jan 2020\n';
    const plan = planContactImport(doc.peers, readContacts('linkedin', text).contacts, { now: NOW, newId: () => 'a1' });
    applyOps(doc, plan.ops(new Set()));
    expect(doc.peers).toHaveLength(1);
    expect(doc.peers[0]!.contacts.emails).toEqual(['ana@acme.example']);
  });
});
