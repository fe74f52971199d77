import { describe, expect, test } from 'vitest';
import { decodeBytes, decodeWindows1252, decoderFor } from '../../../electron/core/import/decode';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('the text of a file, from its bytes', () => {
  test.each([
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9), 'hé', 'UTF-8'],
    ['UTF-16 LE with a byte-order mark', bytes(0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00, 0x2c, 0x4e), 'hé丬', 'UTF-16 LE'],
    ['UTF-16 BE with a byte-order mark', bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9, 0x4e, 0x2c), 'hé丬', 'UTF-16 BE'],
    ['UTF-8 without a mark', bytes(0x68, 0xc3, 0xa9), 'hé', 'UTF-8'],
    // 0xE9 alone is not UTF-8: the bytes are Windows-1252
    ['Windows-1252', bytes(0x68, 0xe9), 'hé', 'Windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeBytes(input)).toEqual({ text, encoding });
  });

  test('Windows-1252 maps 0x80-0x9F as Excel writes them, not as Latin-1 control characters', () => {
    // worked from the WHATWG index: 80 €, 85 …, 8A Š, 91 ‘, 92 ’, 93 “, 94 ”, 96 –, 97 —, 99 ™, 9F Ÿ; 81 stays U+0081
    expect(decodeWindows1252(bytes(0x80, 0x85, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0x81))).toBe('€…Š‘’“”–—™Ÿ\u0081');
    expect(decodeWindows1252(bytes(0x41, 0xa0, 0xe9, 0xff))).toBe('A\u00a0éÿ');
  });

  test('a file of more than one chunk decodes whole', () => {
    const big = new Uint8Array(20_000).fill(0x80);
    expect(decodeWindows1252(big)).toBe('€'.repeat(20_000));
  });

  test('a vCard CHARSET label picks its decoder; an unknown one falls back to UTF-8', () => {
    expect(decoderFor('ISO-8859-1')(bytes(0x93, 0xe9))).toBe('“é');
    expect(decoderFor('UTF-8')(bytes(0xc3, 0xa9))).toBe('é');
    expect(decoderFor('no-such-charset')(bytes(0xc3, 0xa9))).toBe('é');
  });

  test('a file mixing UTF-8 and Windows-1252 lines is read line by line: each line as what it is, the 1252 lines named', () => {
    const enc = new TextEncoder();
    const zoe = enc.encode('Zoë,Müller\n');
    const jose = bytes(0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x0a); // "José,Núñez\n" in 1252
    const plain = enc.encode('Ann,Lee\n');
    const input = Uint8Array.from([...enc.encode('First,Last\n'), ...zoe, ...jose, ...plain, ...jose]);
    expect(decodeBytes(input)).toEqual({
      text: 'First,Last\nZoë,Müller\nJosé,Núñez\nAnn,Lee\nJosé,Núñez\n',
      encoding: 'UTF-8, some lines Windows-1252',
      windows1252Lines: [3, 5],
    });
    // with a byte-order mark too: never a silent "\uFFFD"
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...zoe, ...jose]))).toEqual({
      text: 'Zoë,Müller\nJosé,Núñez\n',
      encoding: 'UTF-8, some lines Windows-1252',
      windows1252Lines: [2],
    });
  });

  test('a file whose only non-ASCII lines are Windows-1252 is Windows-1252, as before', () => {
    expect(decodeBytes(Uint8Array.from([0x61, 0x0a, 0x68, 0xe9, 0x0a, 0x62]))).toEqual({ text: 'a\nhé\nb', encoding: 'Windows-1252' });
  });

  test.each([
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short', [0xe2, 0x82]],
  ])('a line with %s is not UTF-8', (_name, bad) => {
    const input = Uint8Array.from([...new TextEncoder().encode('é\n'), ...bad]);
    const r = decodeBytes(input);
    expect(r.windows1252Lines).toEqual([2]);
    expect(r.text.startsWith('é\n')).toBe(true);
  });
});
