import { describe, expect, test } from 'vitest';
import { PREP_FOR_DEBRIEF_DAYS, prepForDebrief } from '../../../shared/domain/journal/debrief-prep';

const e = (id: string, kind: string, date: string, peerIds: string[], createdAt = `${date}T09:00:00.000Z`) => ({
  id,
  kind: kind as 'dialogue-prep' | 'debrief' | 'reflection',
  date,
  peerIds,
  createdAt,
});

describe('the prep a debrief follows', () => {
  test('the latest conversation prep about the peer, written minutes before', () => {
    const entries = [
      e('old', 'dialogue-prep', '2025-03-01', ['ana']),
      e('ben', 'dialogue-prep', '2025-03-10', ['ben']),
      e('refl', 'reflection', '2025-03-10', ['ana']),
      e('new', 'dialogue-prep', '2025-03-10', ['ana', 'ben'], '2025-03-10T08:55:00.000Z'),
    ];
    expect(prepForDebrief(entries, 'ana', '2025-03-10')?.id).toBe('new');
  });

  test('none once a debrief about the peer followed it, none too old, none for another peer', () => {
    const prep = e('p', 'dialogue-prep', '2025-03-10', ['ana'], '2025-03-10T08:00:00.000Z');
    expect(prepForDebrief([prep, e('d', 'debrief', '2025-03-10', ['ana'], '2025-03-10T10:00:00.000Z')], 'ana', '2025-03-10')).toBeNull();
    // a debrief about someone else does not use it up
    expect(prepForDebrief([prep, e('d', 'debrief', '2025-03-10', ['ben'], '2025-03-10T10:00:00.000Z')], 'ana', '2025-03-10')?.id).toBe('p');
    expect(prepForDebrief([prep], 'ben', '2025-03-10')).toBeNull();
    expect(prepForDebrief([prep], 'ana', '2025-03-24')?.id).toBe('p');
    expect(PREP_FOR_DEBRIEF_DAYS).toBe(14);
    expect(prepForDebrief([prep], 'ana', '2025-03-25')).toBeNull();
    // written for a day after today (planned ahead): still the one
    expect(prepForDebrief([e('f', 'dialogue-prep', '2025-03-12', ['ana'])], 'ana', '2025-03-10')?.id).toBe('f');
  });
});
