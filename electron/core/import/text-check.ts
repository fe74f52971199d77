/**
 * What text never holds, for every import (contacts, Markdown, Compeer JSON): the C0 control
 * characters but tab, line feed and carriage return; DEL; and the C1 controls. A file full of
 * them is binary (a photo, an archive) and is refused whole, at once; a field with one is
 * refused by its line, so nothing unreadable (or able to drive a terminal) is saved or printed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what these are for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** "U+0007" */
export const codeOf = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The words for one found: "a control character (U+0007) that text never holds". */
export const controlWords = (code: string): string => `a control character (${code}) that text never holds`;

/** The first control character of a text, or null. */
export function firstControl(s: string): { index: number; code: string } | null {
  const m = CONTROL.exec(s);
  return m ? { index: m.index, code: codeOf(m[0]) } : null;
}

/** The 1-based line of a position in a text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Whether a text is binary data rather than text: it has a NUL, or control characters make up
 * more than one character in 200 (real text has next to none; random bytes about one in
 * seven). Gives the first control character and its line, or null for text.
 */
export function binaryIn(text: string): { line: number; code: string } | null {
  const first = firstControl(text);
  if (!first) return null;
  const limit = Math.max(8, text.length / 200);
  let n = 0;
  let binary = text.includes('\0');
  CONTROLS.lastIndex = first.index;
  while (!binary && CONTROLS.exec(text)) binary = ++n > limit;
  CONTROLS.lastIndex = 0;
  return binary ? { line: lineAt(text, first.index), code: first.code } : null;
}

/** Where in a parsed JSON value (a record) the first string with a control character is: "tags.1", or "" for the value itself. */
export function controlPath(value: unknown, path = ''): { path: string; code: string } | null {
  if (typeof value === 'string') {
    const hit = firstControl(value);
    return hit ? { path, code: hit.code } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [k, v] of Object.entries(value)) {
    const hit = controlPath(v, path ? `${path}.${k}` : k);
    if (hit) return hit;
  }
  return null;
}

/** A text safe to quote in a message: its control characters shown as "\uFFFD". */
export const printable = (s: string): string => s.replace(CONTROLS, '\uFFFD');
