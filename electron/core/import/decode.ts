/** How a contacts file's bytes became text, named for the preview. */
export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252' | 'UTF-8, some lines Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** when a UTF-8 file has lines that are not UTF-8: those lines (1-based), read as Windows-1252 */
  windows1252Lines?: number[];
}

/**
 * Text from a file's bytes, as exporters write them: a byte-order mark decides UTF-16 LE
 * (Outlook, Excel's "Unicode text") or BE; otherwise strict UTF-8 (after a UTF-8 mark, if
 * any). Bytes that are not UTF-8 are Windows-1252 (Excel's "CSV" on Western Windows), which
 * gives every byte a character, so "é" is never turned into "\uFFFD". A file put together
 * from both (a UTF-8 export with rows pasted in from Excel) is read line by line: a line
 * that is valid UTF-8 stays UTF-8, the others are Windows-1252, and those lines are named.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  // TextDecoder drops the matching byte-order mark itself
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 LE' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 BE' };
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return decodeByLine(body);
  }
}

const ASCII = 1;
const UTF8 = 2;
const NOT_UTF8 = 0;

/** Whether bytes[from, to) are ASCII, other valid UTF-8 (as TextDecoder's fatal mode has it: no overlongs, surrogates or code points past U+10FFFF), or not UTF-8. */
function utf8Kind(bytes: Uint8Array, from: number, to: number): number {
  let kind = ASCII;
  let i = from;
  while (i < to) {
    const x = bytes[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    kind = UTF8;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      else if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      else if (x === 0xf4) hi = 0x8f;
    } else return NOT_UTF8;
    // a sequence cut short by the end of the line
    if (i + need >= to) return NOT_UTF8;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return NOT_UTF8;
    for (let k = 2; k <= need; k++) {
      const cont = bytes[i + k]!;
      if (cont < 0x80 || cont > 0xbf) return NOT_UTF8;
    }
    i += need + 1;
  }
  return kind;
}

/** Each line (up to and with its LF) as UTF-8 when it is UTF-8, else as Windows-1252; runs of one kind decoded at once. */
function decodeByLine(bytes: Uint8Array): DecodedText {
  const other: number[] = [];
  let sawUtf8 = false;
  const kinds: { from: number; to: number; utf8: boolean }[] = [];
  for (let from = 0, line = 1; from < bytes.length; line++) {
    const lf = bytes.indexOf(0x0a, from);
    const to = lf < 0 ? bytes.length : lf + 1;
    const kind = utf8Kind(bytes, from, to);
    if (kind === UTF8) sawUtf8 = true;
    if (kind === NOT_UTF8) other.push(line);
    const utf8 = kind !== NOT_UTF8;
    const last = kinds.at(-1);
    if (last && last.utf8 === utf8) last.to = to;
    else kinds.push({ from, to, utf8 });
    from = to;
  }
  // no line needs UTF-8: the file is Windows-1252 throughout (ASCII reads the same either way)
  if (!sawUtf8) return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const text = kinds
    .map((k) => (k.utf8 ? utf8.decode(bytes.subarray(k.from, k.to)) : decodeWindows1252(bytes.subarray(k.from, k.to))))
    .join('');
  return { text, encoding: 'UTF-8, some lines Windows-1252', windows1252Lines: other };
}

// WHATWG index-windows-1252 for 0x80-0x9F (the rest is Latin-1). Node's own TextDecoder maps
// these bytes as Latin-1 since 20.18.3 / 22.13 (nodejs/node#56542), so "€" and curly quotes
// from Excel would become control characters.
const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - start] = byte >= 0x80 && byte < 0xa0 ? C1[byte - 0x80]! : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** A decoder for a vCard CHARSET label: Windows-1252 and its Latin-1 aliases by the table above. */
export function decoderFor(label: string): (bytes: Uint8Array) => string {
  const l = label.trim().toLowerCase();
  if (/^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii)$/.test(l)) return decodeWindows1252;
  try {
    const d = new TextDecoder(l === '' ? 'utf-8' : l);
    return (bytes) => d.decode(bytes);
  } catch {
    const d = new TextDecoder('utf-8');
    return (bytes) => d.decode(bytes);
  }
}
