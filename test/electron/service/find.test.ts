import { describe, expect, test } from 'vitest';
import { checkAllIn, findOr, gone } from '../../../electron/service/find';

describe('find, or say it is gone', () => {
  const peers = [{ id: 'ana', name: 'Ana' }];

  test('the record asked for, or NOT_FOUND in the one wording', () => {
    expect(findOr(peers, 'ana', 'peer')).toBe(peers[0]);
    expect(() => findOr(peers, 'zed', 'peer')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'That peer is no longer in your vault.' }),
    );
    expect(gone('life event').message).toBe('That life event is no longer in your vault.');
  });

  test('links to records that are gone: a plain INVALID_INPUT naming what they were', () => {
    expect(() => checkAllIn(peers, ['ana'], 'peers of this entry')).not.toThrow();
    expect(() => checkAllIn(peers, [], 'peers of this entry')).not.toThrow();
    expect(() => checkAllIn(peers, ['ana', 'zed'], 'peers of this entry')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: 'One of the peers of this entry is no longer in your vault.' }),
    );
  });
});
