import { describe, expect, test } from 'vitest';
import { decodeBody, isLazyPending, parseLazyInSlices } from '../../../electron/core/vault/body-codec';
import { jsonChunks } from '../../../electron/core/vault/whole-file';
import { emptyDocument, type VaultDocument } from '../../../shared/schema/document';

/** A document as a whole save writes it, decoded again: interactions, journal and notes left for their first read. */
async function decoded(entries: number): Promise<{ doc: VaultDocument; settled: string[] }> {
  const doc = emptyDocument();
  doc.journal = Array.from({ length: entries }, (_, i) => ({
    id: `j${i}`,
    date: '2025-03-01',
    kind: 'reflection',
    title: `Entry ${i}, "quoted", with a comma`,
    body: `line one\nline two ${'text '.repeat(40)}`,
    confidential: i % 2 === 0,
  })) as VaultDocument['journal'];
  doc.notes = [{ id: 'n1', title: 'A note', body: 'its body' }] as unknown as VaultDocument['notes'];
  const parts: Buffer[] = [];
  for await (const c of jsonChunks(doc)) parts.push(typeof c === 'string' ? Buffer.from(c) : c);
  const settled: string[] = [];
  return { doc: decodeBody(Buffer.concat(parts), (n) => settled.push(n)).doc, settled };
}

describe('the collections left for their first read are parsed in slices', () => {
  test('a long list takes many slices, each a turn of the loop, and ends as a plain read would', async () => {
    const { doc, settled } = await decoded(3000);
    const expected = JSON.parse(JSON.stringify((await decoded(3000)).doc.journal)) as unknown;
    expect(isLazyPending(doc, 'journal')).toBe(true);
    let clock = 0;
    let pauses = 0;
    // every look at the clock is 1 ms later: a budget of 2 ms gives a turn after every other batch
    await parseLazyInSlices(doc, () => Promise.resolve(void pauses++), { budgetMs: 2, now: () => clock++ });
    expect(pauses).toBeGreaterThan(5);
    expect(isLazyPending(doc, 'journal')).toBe(false);
    expect(isLazyPending(doc, 'notes')).toBe(false);
    expect(doc.journal).toEqual(expected);
    expect(settled).toEqual(expect.arrayContaining(['journal', 'notes', 'interactions']));
  });

  test('stops when asked, and leaves a list read whole meanwhile as it was read', async () => {
    const { doc } = await decoded(3000);
    let clock = 0;
    let stop = false;
    await parseLazyInSlices(
      doc,
      () => {
        stop = true;
        return Promise.resolve();
      },
      { budgetMs: 1, now: () => clock++, stopped: () => stop },
    );
    expect(isLazyPending(doc, 'journal')).toBe(true);
    const { doc: other } = await decoded(3000);
    let first = true;
    await parseLazyInSlices(
      other,
      () => {
        // a reader takes the whole list during the first pause
        if (first) void other.journal.length;
        first = false;
        return Promise.resolve();
      },
      { budgetMs: 1, now: () => clock++ },
    );
    expect(other.journal).toHaveLength(3000);
    expect(isLazyPending(other, 'notes')).toBe(false);
  });

  test('a whole save of a list not parsed yet writes its text as it came, without parsing it', async () => {
    const { doc } = await decoded(50);
    const parts: Buffer[] = [];
    for await (const c of jsonChunks(doc)) parts.push(typeof c === 'string' ? Buffer.from(c) : c);
    expect(isLazyPending(doc, 'journal')).toBe(true);
    const again = decodeBody(Buffer.concat(parts)).doc;
    expect(again.journal).toEqual(doc.journal);
  });
});
