import { describe, expect, test } from 'vitest';
import { emptyContact, type ImportedContact } from '../../../electron/core/import/contact';
import { importContactsInSteps, livePeers } from '../../../electron/core/import/plan';
import { Vault, type VaultOp } from '../../../electron/core/vault';
import { TEST_KDF } from '../../helpers/kdf';
import { useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();
const NOW = '2026-11-27T12:00:00.000Z';

const contact = (line: number, fields: Partial<ImportedContact>): ImportedContact => ({ ...emptyContact('LinkedIn', line), ...fields });

describe('an import saved in steps', () => {
  test('each step is one change; a contact merges into a peer an earlier step saved; a second run changes nothing', async () => {
    const { vault } = await Vault.create(`${await temp()}/v.compeer`, 'p a s s', { kdf: TEST_KDF });
    await vault.apply([{ op: 'put', collection: 'peers', record: { id: 'dana', name: 'Dana Kowalski', company: 'Umbrella' } }]);
    const contacts = [
      contact(2, { name: 'Ana Silva', linkedin: 'https://www.linkedin.com/in/ana', emails: ['ana@a.io'] }),
      contact(3, { name: 'Ben Okafor', emails: ['ben@b.io'] }),
      // step 2: Ana again (saved in step 1) with a second e-mail, and Dana from the vault with a phone
      contact(4, { name: 'Ana Silva', linkedin: 'https://www.linkedin.com/in/ana', emails: ['ana@work.io'] }),
      contact(5, { name: 'Dana Kowalski', company: 'Umbrella', phones: ['+1 555 0100'] }),
      contact(6, { name: 'Chen Wei', emails: ['chen@c.io'] }),
    ];
    const steps: VaultOp[][] = [];
    const save = (ops: VaultOp[]) => {
      steps.push(ops);
      return vault.apply(ops);
    };
    let ids = 0;
    const opts = { now: NOW, newId: () => `new${++ids}` };
    const done = await importContactsInSteps(
      livePeers(() => vault.data.peers),
      contacts,
      contacts.length,
      opts,
      save,
      2,
    );
    expect(steps.map((s) => s.map((o) => (o.op === 'put' ? o.record.name : '')))).toEqual([
      ['Ana Silva', 'Ben Okafor'],
      ['Ana Silva', 'Dana Kowalski'],
      ['Chen Wei'],
    ]);
    expect(done).toMatchObject({ added: 3, updated: 1, unchanged: 0, conflictCount: 0 });
    const byName = Object.fromEntries(vault.data.peers.map((p) => [p.name, p]));
    expect(vault.data.peers).toHaveLength(4);
    expect(byName['Ana Silva']!.contacts.emails).toEqual(['ana@a.io', 'ana@work.io']);
    expect(byName['Dana Kowalski']!.contacts.phones).toEqual(['+1 555 0100']);

    steps.length = 0;
    const again = await importContactsInSteps(
      livePeers(() => vault.data.peers),
      contacts,
      contacts.length,
      opts,
      save,
      2,
    );
    expect(steps).toEqual([]);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    await vault.close();
  });
});
