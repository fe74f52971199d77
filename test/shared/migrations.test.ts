import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, emptyDocument } from '../../shared/schema/document';
import { MIGRATIONS, migrate, migrateOpFrom, toDocument } from '../../shared/schema/migrations';

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
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.map).toEqual({ positions: {} });
    expect(doc.peers[0]!.name).toBe('Ana');
    expect(doc.settings.autoLockMinutes).toBe(5);
  });
});

describe('step 2 -> 3: the interaction log, life events, journal kinds, groups, goals, opportunities', () => {
  const v2 = {
    schemaVersion: 2,
    peers: [
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'Ben' },
    ],
    interactions: [
      {
        id: 'i1',
        peerId: 'ana',
        date: '2025-03-01',
        direction: 'given',
        kinds: ['introduction', 'feedback'],
        summary: 'Coffee',
        confidential: true,
      },
      { id: 'i2', peerId: 'ben', date: '2025-03-02', direction: 'both', kinds: ['expertise'] },
      { id: 'i3', peerId: 'ana', date: '2025-03-03', direction: 'received', kinds: [], summary: 'She called' },
      { id: 'i4', peerId: 'ben', date: '2025-03-04' },
    ],
    journal: [{ id: 'j1', date: '2025-03-05', title: 'T', body: 'B', peerIds: ['ana'] }],
    groups: [{ id: 'g1', name: 'Circle', memberIds: ['ana', 'ben'], notes: 'We meet monthly' }],
    goals: [{ id: 'o1', title: 'Ship it', detail: 'Because', partnerIds: ['ben'] }],
    opportunities: [{ id: 'op1', title: 'Role', sharedWith: ['ana'], status: 'closed', updatedAt: '2025-04-01T10:00:00.000Z' }],
    map: { positions: {} },
  };

  test('each version-2 interaction becomes one with peerIds and exchanges, losing nothing', () => {
    const doc = toDocument(v2);
    expect(doc.schemaVersion).toBe(3);
    const [i1, i2, i3, i4] = doc.interactions;
    expect(i1).toMatchObject({
      peerIds: ['ana'],
      summary: 'Coffee',
      confidential: true,
      channel: 'other',
      purpose: 'other',
      initiatedBy: 'me',
      exchanges: [
        { direction: 'given', kind: 'introduction', weight: 1, note: '' },
        { direction: 'given', kind: 'feedback', weight: 1, note: '' },
      ],
      followUps: [],
      durationMinutes: null,
    });
    // "both": one given and one received
    expect(i2!.exchanges.map((x) => [x.direction, x.kind])).toEqual([
      ['given', 'expertise'],
      ['received', 'expertise'],
    ]);
    // a direction with no kind cannot be an exchange: it is kept in words
    expect(i3!.exchanges).toEqual([]);
    expect(i3!.summary).toBe('She called\n\n(Logged as something I received.)');
    expect(i4).toMatchObject({ peerIds: ['ben'], exchanges: [], summary: '' });
    expect(doc.interactions[0]).not.toHaveProperty('peerId');
  });

  test('journal entries, groups, goals and opportunities take the new shape', () => {
    const doc = toDocument(v2);
    expect(doc.journal[0]).toMatchObject({
      kind: 'free',
      peerIds: ['ana'],
      groupIds: [],
      goalIds: [],
      tags: [],
      mood: null,
      confidential: true,
    });
    expect(doc.groups[0]).toMatchObject({ purpose: 'We meet monthly', meetings: [], facilitatorOrder: [] });
    expect(doc.groups[0]).not.toHaveProperty('notes');
    expect(doc.goals[0]).toMatchObject({ why: 'Because', owner: 'me', milestones: [], checkIns: [], status: 'open' });
    expect(doc.opportunities[0]).toMatchObject({
      status: 'taken',
      sharedWith: [{ peerId: 'ana', date: '2025-04-01' }],
      kind: 'other',
      deadline: null,
    });
    expect(doc.lifeEvents).toEqual([]);
    expect(doc.settings).toMatchObject({
      cadence: { byType: {}, byTag: {}, byGroup: {}, fallbackDays: null },
      notifications: { enabled: false, showNames: false },
    });
    expect(doc.advisor).toEqual({ dismissed: {}, snoozed: {} });
  });

  test('a change saved by version 2 after a version-2 whole save is migrated the same way', () => {
    const put = migrateOpFrom(2, {
      op: 'put',
      collection: 'interactions',
      record: { id: 'x', peerId: 'ana', date: '2025-01-01', direction: 'given', kinds: ['resource'] },
    });
    expect(put).toMatchObject({ record: { peerIds: ['ana'], exchanges: [{ direction: 'given', kind: 'resource' }] } });
    const same = { op: 'put', collection: 'interactions', record: { id: 'x', peerIds: ['ana'], date: '2025-01-01' } };
    expect(migrateOpFrom(SCHEMA_VERSION, same)).toBe(same);
  });
});

describe('ids', () => {
  test('names every JavaScript object has are refused as ids and keys', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(() => toDocument({ schemaVersion: SCHEMA_VERSION, peers: [{ id, name: 'X' }] }), id).toThrow(/reserved/);
    }
    expect(() => toDocument({ schemaVersion: SCHEMA_VERSION, peers: [{ id: 'me', name: 'X' }] })).toThrow(/stands for you/);
    // a "__proto__" key (from JSON, where it is an own key) never reaches the document
    const doc = toDocument(JSON.parse('{"schemaVersion":3,"settings":{"cadence":{"byTag":{"__proto__":30,"mentor":60}}}}'));
    expect(Object.keys(doc.settings.cadence.byTag)).toEqual(['mentor']);
    expect(Object.getPrototypeOf(doc.settings.cadence.byTag)).toBe(Object.prototype);
  });

  test('an exchange can only name a peer of its interaction', () => {
    expect(() =>
      toDocument({
        schemaVersion: SCHEMA_VERSION,
        interactions: [{ id: 'i', date: '2025-01-01', peerIds: ['a'], exchanges: [{ direction: 'given', kind: 'feedback', peerId: 'b' }] }],
      }),
    ).toThrow(/peer of the interaction/);
  });
});
