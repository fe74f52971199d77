import { describe, expect, test } from 'vitest';
import { SIZE_REASON, sizeGuidance } from '../../../shared/domain/groups/size';

describe('group size guidance', () => {
  test('deep groups (formal advisory, mastermind) work best with 5 to 8 people, me included', () => {
    expect(sizeGuidance('formal-advisory', 3)).toMatchObject({ people: 4, fit: 'small' });
    expect(sizeGuidance('formal-advisory', 3).text).toBe(
      '4 people, you included: deep groups work best with 5 to 8. With fewer, one absence leaves too few perspectives to solve problems together; invite one more peer.',
    );
    expect(sizeGuidance('mastermind', 1).text).toMatch(/invite 3 more peers\.$/);
    expect(sizeGuidance('formal-advisory', 4)).toMatchObject({ people: 5, fit: 'right' });
    expect(sizeGuidance('mastermind', 7)).toMatchObject({ people: 8, fit: 'right' });
    expect(sizeGuidance('mastermind', 8)).toMatchObject({ people: 9, fit: 'large' });
    expect(sizeGuidance('mastermind', 8).text).toMatch(
      /^9 people, you included: deep groups work best with 5 to 8\. With more, not everyone gets time to speak/,
    );
    expect(sizeGuidance('mastermind', 8).reason).toBe(SIZE_REASON);
  });

  test('an informal network or a cohort can be any size', () => {
    expect(sizeGuidance('informal-network', 40)).toMatchObject({ people: 41, fit: 'broad' });
    expect(sizeGuidance('cohort', 2).fit).toBe('broad');
  });
});
