import { describe, expect, test } from 'vitest';
import { emptyContact, type ImportedContact } from '../../../electron/core/import/contact';
import { planContactImport } from '../../../electron/core/import/plan';
import { peerSchema, type Peer } from '../../../shared/schema/document';

const NOW = '2026-11-27T12:00:00.000Z';
const contact = (fields: Partial<ImportedContact>, line = 2): ImportedContact => ({ ...emptyContact('vCard', line), ...fields });
const plan = (existing: Peer[], contacts: ImportedContact[]) => {
  let n = 0;
  return planContactImport(existing, contacts, { now: NOW, newId: () => `n${++n}` });
};

describe('importing names written in any script', () => {
  test('"Анна Smith" at Acme Inc is not merged into "Иван Smith" at Acme: a new peer', () => {
    const ivan = peerSchema.parse({ id: 'ivan', name: 'Иван Smith', company: 'Acme' });
    const p = plan([ivan], [contact({ name: 'Анна Smith', company: 'Acme Inc' })]);
    expect(p.rows[0]).toMatchObject({ action: 'add', name: 'Анна Smith' });
    expect(p.peerIds[0]).not.toBe('ivan');
  });

  test('the same person by name and company is still merged, whatever the case, accents and suffix', () => {
    const ivan = peerSchema.parse({ id: 'ivan', name: 'Иван Smith', company: 'Acme' });
    const again = plan([ivan], [contact({ name: 'ИВАН SMITH', company: 'ACME, Inc.', role: 'CTO' })]);
    expect(again.rows[0]).toMatchObject({ action: 'merge', matchedBy: 'name and company', matchedName: 'Иван Smith' });
    expect(again.peerIds).toEqual(['ivan']);
    const wang = peerSchema.parse({ id: 'wang', name: '王伟', company: '华为' });
    expect(plan([wang], [contact({ name: '王伟', company: '华为', role: '工程师' })]).rows[0]).toMatchObject({
      action: 'merge',
      matchedBy: 'name and company',
    });
    expect(plan([wang], [contact({ name: '李伟', company: '华为' })]).rows[0]).toMatchObject({ action: 'add' });
  });

  test('two different values in another script are a conflict, not "the same"', () => {
    const ivan = peerSchema.parse({
      id: 'ivan',
      name: 'Иван Петров',
      company: 'Яндекс',
      role: 'Инженер',
      city: 'Москва',
      contacts: { emails: ['ivan@example.ru'] },
    });
    const p = plan(
      [ivan],
      [contact({ name: 'Иван Петров', company: 'Яндекс', role: 'Директор', city: 'Казань', emails: ['ivan@example.ru'] })],
    );
    expect(p.rows[0]).toMatchObject({ action: 'merge', matchedBy: 'email' });
    expect(p.rows[0]!.conflicts.map((c) => [c.field, c.existing, c.incoming])).toEqual([
      ['role', 'Инженер', 'Директор'],
      ['city', 'Москва', 'Казань'],
    ]);
  });
});
