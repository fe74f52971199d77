import { describe, expect, test } from 'vitest';
import { jsonArrayItems } from '../../../electron/core/vault/body-codec';

const items = (text: string) =>
  [...jsonArrayItems(Buffer.from(text))].map(([s, e]) => JSON.parse(Buffer.from(text).toString('utf8', s, e)) as unknown);

describe('a long list read item by item', () => {
  test('each item whole, whatever its strings hold: brackets, commas, quotes, escapes, other scripts', () => {
    const list = [
      { id: 'a', body: 'a [list], {braces} and "quotes" \\ back\\slash', tags: ['x', 'y'] },
      { id: 'b', nested: [[1, 2], { deep: [{}] }], body: 'Jérôme, 日本語, emoji 🎉' },
      'plain',
      42,
      null,
      [],
    ];
    expect(items(JSON.stringify(list))).toEqual(list);
    expect(items(JSON.stringify(list, null, 2))).toEqual(list);
    expect(items('[]')).toEqual([]);
    expect(items(' [ ] ')).toEqual([]);
  });

  test('not a list, or a list cut short, is refused', () => {
    expect(() => items('{"a":1}')).toThrow('damaged');
    expect(() => items('[{"a":1},{"b":')).toThrow('damaged');
    expect(() => items('[{"a":"1]')).toThrow('damaged');
  });
});
