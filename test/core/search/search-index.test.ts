import { describe, expect, test } from 'vitest';
import { SearchIndex } from '../../../electron/core/search/search-index';
import { snippetAround } from '../../../shared/text-fold';
import {
  emptyDocument,
  interactionSchema,
  journalEntrySchema,
  noteSchema,
  peerSchema,
  type VaultDocument,
} from '../../../shared/schema/document';

function doc(): VaultDocument {
  const d = emptyDocument();
  d.peers = [
    peerSchema.parse({
      id: 'p1',
      name: 'Jérôme Dupont',
      role: 'Designer',
      company: 'Atelier',
      skills: ['typography'],
      notes: 'thinking about quitting',
      notesConfidential: true,
    }),
    peerSchema.parse({ id: 'p2', name: 'Ana Silva', company: 'Acme', tags: ['mentor'] }),
  ];
  d.journal = [
    journalEntrySchema.parse({
      id: 'j1',
      date: '2025-03-01',
      kind: 'reflection',
      title: 'Negotiation lessons',
      body: 'I learned to ask for more during the negotiation.',
      confidential: false,
    }),
    journalEntrySchema.parse({
      id: 'j2',
      date: '2025-03-02',
      kind: 'dialogue-prep',
      title: 'Secret plan',
      body: 'My salary negotiation with Ana',
      peerIds: ['p2'],
    }),
  ];
  d.notes = [noteSchema.parse({ id: 'n1', peerId: 'p2', topic: 'compensation-benchmarks', text: 'Ana earns 150k at Acme' })];
  d.interactions = [
    interactionSchema.parse({ id: 'i1', date: '2025-03-03', peerIds: ['p2'], channel: 'coffee', summary: 'Talked about résumé reviews' }),
  ];
  return d;
}

const built = () => {
  const ix = new SearchIndex();
  ix.buildNow(doc());
  return ix;
};

describe('search index', () => {
  test('accents and case ignored both ways; prefixes match; one typo is forgiven', () => {
    const ix = built();
    expect(ix.search('jerome')[0]).toMatchObject({ kind: 'peer', id: 'p1', title: 'Jérôme Dupont' });
    expect(ix.search('RESUME')[0]).toMatchObject({ kind: 'interaction', id: 'i1' });
    expect(ix.search('typo')[0]).toMatchObject({ id: 'p1' });
    expect(ix.search('negotation').map((r) => r.id)).toContain('j1');
  });

  test('ranking: a title match first, then the body', () => {
    const ix = built();
    const r = ix.search('negotiation');
    expect(r.map((x) => x.id).slice(0, 2)).toEqual(['j1', 'j2']);
  });

  test('confidential matches are found but never previewed: title by kind and day, snippet null', () => {
    const ix = built();
    const r = ix.search('salary');
    // the compensation note is found by its topic ("salary"), the entry by its text
    expect(r.map((x) => x.id).sort()).toEqual(['j2', 'n1']);
    expect(r.find((x) => x.id === 'j2')).toEqual({
      kind: 'journal',
      id: 'j2',
      title: 'Conversation prep, 2025-03-02',
      date: '2025-03-02',
      snippet: null,
      confidential: true,
      terms: ['salary'],
      peerId: 'p2',
    });
    const note = ix.search('150k')[0]!;
    expect(note).toMatchObject({
      kind: 'note',
      title: 'Note about Ana Silva (compensation benchmarks)',
      snippet: null,
      confidential: true,
    });
    const peer = ix.search('quitting')[0]!;
    expect(peer).toMatchObject({ kind: 'peer', id: 'p1', snippet: null, confidential: true });
    // a peer found by its name is not a confidential match
    expect(ix.search('dupont')[0]).toMatchObject({ confidential: false, snippet: 'Designer at Atelier · typography' });
    expect(JSON.stringify(ix.search('ana'))).not.toMatch(/150k|salary|Secret plan/);
    // on request
    expect(ix.search('salary', { includeConfidential: true }).find((x) => x.id === 'j2')).toMatchObject({
      title: 'Secret plan',
      snippet: 'My salary negotiation with Ana',
    });
    expect(ix.reveal('150k', 'note', 'n1')).toMatchObject({ snippet: 'Ana earns 150k at Acme' });
  });

  test('a confidential interaction is a confidential document: its follow-ups and exchange notes are matched, never previewed, whatever matched', () => {
    const d = doc();
    d.interactions.push(
      interactionSchema.parse({
        id: 'i2',
        date: '2025-03-04',
        peerIds: ['p1'],
        channel: 'video',
        summary: 'the reorganisation',
        confidential: true,
        exchanges: [{ direction: 'received', kind: 'feedback', note: 'frank words on my pitch deck' }],
        followUps: [{ id: 'f1', text: 'send the headcount plan' }],
      }),
    );
    const ix = new SearchIndex();
    ix.buildNow(d);
    for (const q of ['headcount', 'pitch deck', 'reorganisation', 'video']) {
      expect(ix.search(q)).toEqual([
        expect.objectContaining({ kind: 'interaction', id: 'i2', title: 'Video with Jérôme Dupont', snippet: null, confidential: true }),
      ]);
    }
    expect(JSON.stringify(ix.search('headcount'))).not.toMatch(/plan|pitch|reorganisation/);
    expect(ix.search('headcount', { includeConfidential: true })[0]!.snippet).toContain('send the headcount plan');
    expect(ix.reveal('pitch', 'interaction', 'i2')!.snippet).toContain('frank words on my pitch deck');
  });

  test('kept in step with changes: put, replace, delete', () => {
    const ix = built();
    ix.apply([{ op: 'put', collection: 'notes', record: noteSchema.parse({ id: 'n2', text: 'kayaking trip', confidential: false }) }]);
    expect(ix.search('kayak')[0]).toMatchObject({ id: 'n2', snippet: 'kayaking trip' });
    ix.apply([{ op: 'put', collection: 'notes', record: noteSchema.parse({ id: 'n2', text: 'sailing trip', confidential: false }) }]);
    expect(ix.search('kayak')).toEqual([]);
    ix.apply([{ op: 'delete', collection: 'notes', id: 'n2' }]);
    expect(ix.search('sailing')).toEqual([]);
  });

  test('built in slices: changes during the build are applied after it; a stop drops everything', async () => {
    const ix = new SearchIndex();
    const d = doc();
    let yields = 0;
    const building = ix.build(d, {
      sliceMs: 0,
      yieldFn: async () => {
        yields++;
        await Promise.resolve();
      },
    });
    expect(ix.ready).toBe(false);
    ix.apply([{ op: 'delete', collection: 'peers', id: 'p2' }]);
    await building;
    expect(ix.ready).toBe(true);
    expect(yields).toBeGreaterThan(4);
    expect(ix.search('ana').some((r) => r.kind === 'peer')).toBe(false);
    ix.stop();
    expect(ix.search('negotiation')).toEqual([]);
    expect(ix.size).toBe(0);
  });

  test('a transposed typo counts as one edit: "laurnet" finds Laurent', () => {
    const d = doc();
    d.peers.push(peerSchema.parse({ id: 'p3', name: 'Laurent Moreau', company: 'Globex' }));
    const ix = new SearchIndex();
    ix.buildNow(d);
    expect(ix.search('laurnet')[0]).toMatchObject({ kind: 'peer', id: 'p3', title: 'Laurent Moreau', terms: ['laurent'] });
    expect(ix.search('laurnet moreau')[0]).toMatchObject({ id: 'p3' });
    // a swap in the word typed so far: still its start
    expect(ix.search('laruen')[0]).toMatchObject({ id: 'p3' });
  });

  test('a short word is matched as typed, not one letter off: "café" finds the café, not "case"', () => {
    const d = doc();
    d.journal.push(
      ...['case', 'case', 'cases', 'cave'].map((w, i) =>
        journalEntrySchema.parse({
          id: `c${i}`,
          date: '2025-03-05',
          kind: 'reflection',
          title: `A ${w}`,
          body: `the ${w} study`,
          confidential: false,
        }),
      ),
      journalEntrySchema.parse({
        id: 'cafe',
        date: '2025-03-06',
        kind: 'reflection',
        title: 'Coffee',
        body: 'Met Ana at the Café Lumen',
        confidential: false,
      }),
    );
    const ix = new SearchIndex();
    ix.buildNow(d);
    const r = ix.search('café');
    expect(r.map((h) => h.id)).toEqual(['cafe']);
    // only what matched is marked
    expect(r[0]!.terms).toEqual(['cafe']);
    expect(ix.search('cafe').map((h) => h.id)).toEqual(['cafe']);
  });

  test('the words as typed, whole or as a start, rank before a typo', () => {
    const d = doc();
    d.peers.push(peerSchema.parse({ id: 'carl', name: 'Carl Berg' }), peerSchema.parse({ id: 'caroline', name: 'Caroline Novak' }));
    const ix = new SearchIndex();
    ix.buildNow(d);
    expect(ix.search('carol').map((h) => h.id)).toEqual(['caroline', 'carl']);
  });

  test('the best few, in order: a limit keeps the head of the ranking; typos are not looked for when the words as typed find enough', () => {
    const d = doc();
    for (let i = 0; i < 60; i++) {
      d.notes.push(
        noteSchema.parse({
          id: `n-${i}`,
          text: `${'met Laurent again '.repeat(1 + (i % 4))}${'and more '.repeat(i % 7)}`,
          confidential: false,
        }),
      );
    }
    d.notes.push(noteSchema.parse({ id: 'n-typo', text: 'Laurens said hello', confidential: false }));
    d.journal.push(
      journalEntrySchema.parse({
        id: 'j-title',
        date: '2025-03-07',
        kind: 'reflection',
        title: 'Lunch with Laurent',
        body: 'pasta',
        confidential: false,
      }),
    );
    const ix = new SearchIndex();
    ix.buildNow(d);
    const all = ix.search('laurent', { limit: 100 });
    expect(all).toHaveLength(61);
    expect(all.map((h) => h.id)).not.toContain('n-typo');
    expect(all[0]!.id).toBe('j-title');
    for (const k of [1, 5, 20]) expect(ix.search('laurent', { limit: k }).map((h) => h.id)).toEqual(all.slice(0, k).map((h) => h.id));
    // few found as typed: then the typo is found too, after them
    expect(ix.search('laurens').map((h) => h.id)[0]).toBe('n-typo');
  });

  test('a snippet is cut around the first matched word, at word boundaries', () => {
    const long = `${'lorem ipsum '.repeat(20)}the Négociation went well ${'dolor sit '.repeat(20)}`;
    const s = snippetAround(long, ['negociation'], 60);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('Négociation went well');
    expect(s.length).toBeLessThanOrEqual(62);
  });
});
