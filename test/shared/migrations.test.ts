import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, emptyDocument } from '../../shared/schema/document';
import { MIGRATIONS, migrate, toDocument } from '../../shared/schema/migrations';

describe('schema migrations', () => {
  test('there is one step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `step ${v} -> ${v + 1}`).toBeTypeOf('function');
  });

  test('the current version passes through unchanged and validates', () => {
    const doc = emptyDocument();
    expect(toDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  test('steps run in order, each from its own version, and the result carries the target version', () => {
    const seen: number[] = [];
    const steps = {
      1: (d: Record<string, unknown>) => (seen.push(d.schemaVersion as number), { ...d, people: d.contacts, contacts: undefined }),
      2: (d: Record<string, unknown>) => (seen.push(d.schemaVersion as number), { ...d, peers: d.people, people: undefined }),
    };
    const out = migrate({ schemaVersion: 1, contacts: [{ id: 'a' }] }, steps, 3);
    expect(seen).toEqual([1, 2]);
    expect(out).toMatchObject({ schemaVersion: 3, peers: [{ id: 'a' }] });
  });

  test('a document from a newer version is refused, not downgraded', () => {
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(/newer Compeer/);
  });

  test('a document without a valid version, or with invalid records, is refused', () => {
    expect(() => migrate({})).toThrow(/schema version/);
    expect(() => migrate([])).toThrow(/no document/);
    expect(() => toDocument({ schemaVersion: 1, peers: [{ id: 'x' }] })).toThrow(/peers\.0\.name/);
  });

  test('a missing step is an error, not a silent skip', () => {
    expect(() => migrate({ schemaVersion: 1 }, {}, 2)).toThrow(/No migration from data version 1/);
  });
});

describe('step 1 -> 2: the network map layout', () => {
  test('a version 1 document gains an empty saved layout and keeps everything else', () => {
    const v1 = { schemaVersion: 1, peers: [{ id: 'a', name: 'Ana' }], settings: { autoLockMinutes: 5, theme: 'dark' } };
    const doc = toDocument(v1);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.map).toEqual({ positions: {} });
    expect(doc.peers[0]!.name).toBe('Ana');
    expect(doc.settings.autoLockMinutes).toBe(5);
  });
});
