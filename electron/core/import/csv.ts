import { CompeerError } from '../../../shared/errors';

export interface CsvRow {
  cells: string[];
  /** 1-based line where the row starts, for messages */
  line: number;
}

/** Delimiters a contacts CSV comes with: "," (most), ";" (Excel in many European locales), tab (Excel's "Unicode text"). */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** More columns than any contacts export writes; a wider row is refused with a message, not read. */
export const MAX_CSV_COLUMNS = 5_000;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 CSV, one record at a time: quoted fields with "" escapes, delimiters and line
 * breaks inside quotes, CRLF or LF, a leading byte-order mark. Linear in the text: quoted
 * runs are found with indexOf and cells are slices, never built a character at a time.
 * A quote left open is an error naming the line it opened on.
 */
export function* csvRecords(text: string, delimiter: CsvDelimiter = ',', maxColumns = MAX_CSV_COLUMNS): Generator<CsvRow> {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = s.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  // the end of an unquoted run: the next delimiter or line break
  const runEnd = (from: number) => {
    let j = from;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === d || c === LF || c === CR) break;
      j++;
    }
    return j;
  };
  while (i < n) {
    const rowLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (s.charCodeAt(i) === QUOTE) {
        const openedOn = line;
        const parts: string[] = [];
        let j = i + 1;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q < 0)
            throw new CompeerError(
              'UNSUPPORTED_FILE',
              `Line ${openedOn}: a quoted value is never closed, so the file cannot be read as CSV. Nothing was imported.`,
            );
          for (let k = j; k < q; k++) if (s.charCodeAt(k) === LF) line++;
          if (s.charCodeAt(q + 1) === QUOTE) {
            parts.push(s.slice(j, q + 1));
            j = q + 2;
            continue;
          }
          parts.push(s.slice(j, q));
          i = q + 1;
          break;
        }
        // text after the closing quote, up to the delimiter, is kept as exporters meant it
        const end = runEnd(i);
        if (end > i) parts.push(s.slice(i, end));
        cell = parts.join('');
        i = end;
      } else {
        const end = runEnd(i);
        cell = s.slice(i, end);
        i = end;
      }
      cells.push(cell);
      if (cells.length > maxColumns) {
        throw new CompeerError(
          'UNSUPPORTED_FILE',
          `Line ${rowLine} has more than ${maxColumns.toLocaleString('en')} columns; no contacts export is that wide, so Compeer does not read it. Nothing was imported.`,
        );
      }
      if (i >= n) break;
      const c = s.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    yield { cells, line: rowLine };
  }
}

/** Every record of a CSV text. */
export function parseCsv(text: string, delimiter: CsvDelimiter = ',', maxColumns = MAX_CSV_COLUMNS): CsvRow[] {
  return [...csvRecords(text, delimiter, maxColumns)];
}

export const isBlankRow = (r: CsvRow): boolean => r.cells.every((c) => c.trim() === '');

/** Write one CSV row, quoting where needed (and neutralising spreadsheet formulas). */
export function csvRow(values: readonly string[]): string {
  return values
    .map((v) => {
      const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',');
}
