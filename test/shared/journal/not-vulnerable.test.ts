import { describe, expect, test } from 'vitest';
import { notBeingVulnerable } from '../../../shared/domain/journal/not-vulnerable';

describe('not being vulnerable', () => {
  test('says nothing to a journal younger than the window', () => {
    expect(notBeingVulnerable([{ kind: 'reflection', date: '2025-02-01' }], '2025-03-01')).toBeNull();
    expect(notBeingVulnerable([], '2025-03-01')).toBeNull();
  });

  test('speaks after 60 days without a vulnerability or prep entry, with action step 5', () => {
    // first entry 2025-01-01, last prep 2025-01-10: 2025-03-11 is 60 days after it
    const entries = [
      { kind: 'reflection' as const, date: '2025-01-01' },
      { kind: 'dialogue-prep' as const, date: '2025-01-10' },
      { kind: 'gratitude' as const, date: '2025-03-01' },
    ];
    expect(notBeingVulnerable(entries, '2025-03-10')).toBeNull();
    const f = notBeingVulnerable(entries, '2025-03-11');
    expect(f).toMatchObject({ pattern: 'not-being-vulnerable', lastOpen: '2025-01-10', days: 60 });
    expect(f!.step).toMatch(/^Be Vulnerable: share a current challenge with a trusted peer/);
    expect(f!.message).toContain('60 days');
  });

  test('never one: counted from the first entry', () => {
    const f = notBeingVulnerable([{ kind: 'free', date: '2025-01-01' }], '2025-04-01');
    expect(f).toMatchObject({ lastOpen: null, days: 90 });
    expect(f!.message).toContain('no conversation prep or vulnerability practice yet');
  });
});
