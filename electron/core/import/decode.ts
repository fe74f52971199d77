/** How a contacts file's bytes became text, named for the preview. */
export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

/**
 * Text from a file's bytes, as exporters write them: a byte-order mark decides (UTF-8,
 * UTF-16 LE from Outlook and Excel's "Unicode text", UTF-16 BE); without one, strict UTF-8;
 * bytes that are not UTF-8 are Windows-1252 (Excel's "CSV" on Western Windows), which
 * gives every byte a character, so "é" is never turned into "\uFFFD".
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const [a, b, c] = bytes;
  // TextDecoder drops the matching byte-order mark itself
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 LE' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

// WHATWG index-windows-1252 for 0x80-0x9F (the rest is Latin-1). Node's own TextDecoder maps
// these bytes as Latin-1 since 20.18.3 / 22.13 (nodejs/node#56542), so "€" and curly quotes
// from Excel would become control characters.
const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
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
