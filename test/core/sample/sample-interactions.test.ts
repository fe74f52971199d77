import { describe, expect, test } from 'vitest';
import { sampleOps } from '../../../electron/core/sample/sample-data';
import { parseOp } from '../../../electron/core/vault/ops';
import { plusDays } from '../../../shared/domain/days';
import { todayData } from '../../../shared/domain/today';
import { emptyDocument, type VaultDocument } from '../../../shared/schema/document';
import { JOURNAL_KINDS } from '../../../shared/schema/vocabulary';

function sampleDoc(today: string): VaultDocument {
  const doc = emptyDocument();
  for (const op of sampleOps(today).map(parseOp)) if (op.op === 'put') (doc[op.collection] as unknown[]).push(op.record);
  return doc;
}

describe('the sample vault', () => {
  // a Monday, a leap day, New Year's day and an ordinary Wednesday
  test.each(['2026-06-29', '2028-02-29', '2026-01-01', '2026-03-04'])(
    'on %s, Today has something in every list and every pattern the log can show',
    (today) => {
      const doc = sampleDoc(today);
      expect(doc.interactions.length).toBeGreaterThan(300);
      // a year up to today
      const dates = doc.interactions.map((i) => i.date).sort();
      expect(dates[0]! > plusDays(today, -366)).toBe(true);
      expect(dates.at(-1)).toBe(today);
      const d = todayData(doc, today);
      expect(d.due.length).toBeGreaterThan(0);
      expect(d.followUps.length).toBeGreaterThan(0);
      expect(d.lifeEvents.map((m) => m.suggestion)).toEqual(expect.arrayContaining(['celebrate', 'support']));
      expect(new Set(d.patterns.map((p) => p.kind))).toEqual(
        new Set(['only-when-in-need', 'immediate-reciprocity', 'one-sided', 'neglect']),
      );
      expect(d.thisWeek.interactions.length).toBeGreaterThan(0);
      expect(d.summary.word).toBe('balanced');
    },
  );

  test('the journal has entries of every kind, and there are notes, confidential and not', () => {
    const doc = sampleDoc('2026-06-29');
    expect(new Set(doc.journal.map((e) => e.kind))).toEqual(new Set(JOURNAL_KINDS));
    expect(doc.journal.every((e) => e.date <= '2026-06-29')).toBe(true);
    expect(new Set(doc.notes.map((n) => n.confidential))).toEqual(new Set([true, false]));
  });
});
