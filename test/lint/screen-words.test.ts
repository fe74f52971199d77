import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const RENDERER = join(ROOT, 'renderer/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const NOUNS = [
  'peers',
  'days',
  'entries',
  'interactions',
  'meetings',
  'members',
  'goals',
  'exchanges',
  'check-ins',
  'follow-ups',
  'weeks',
  'months',
  'ties',
  'contacts',
  'people',
  'groups',
  'opportunities',
];

/**
 * A number glued to a plural noun in a screen's text: `{n} days` in JSX or `${n} days` in a
 * template, which reads "1 days" when n is 1 (shared/plural.ts says it either way). A name in
 * capitals is a constant the text was written for; a label (`{KIND_LABEL[k]} peers`) is no number.
 */
export function gluedPlurals(code: string): string[] {
  // a noun followed by `=` is the next JSX prop (`nodes={visible} ties={edges}`)
  const re = new RegExp(`(?:\\$\\{|\\{)([^{}\\n]+)\\} (${NOUNS.join('|')})\\b(?![=-])`, 'g');
  return [...code.matchAll(re)]
    .filter((m) => !/^[A-Z][A-Z0-9_]*(\[|$)/.test(m[1]!.trim()))
    .filter((m) => {
      // the count's one case said apart on the same line: `n === 1 ? 'a meeting' : `${n} meetings``
      const line = code.slice(code.lastIndexOf('\n', m.index) + 1, m.index);
      return !line.includes(`${m[1]!.trim().replace(/\.toLocaleString\('en'\)$/, '')} === 1 ?`);
    })
    .map((m) => m[0]);
}

describe('the screens say a count with its noun the one way (plural)', () => {
  test('the finder sees a count glued to a plural, and passes a constant or a label', () => {
    expect(gluedPlurals('<Text>every {d.cadence?.days} days</Text>')).toEqual(['{d.cadence?.days} days']);
    expect(gluedPlurals('const s = `${shown.length} of ${entries.length} entries`;')).toEqual(['${entries.length} entries']);
    expect(gluedPlurals('`from ${CHARTS_FROM} interactions`; `${TYPE_LABEL[t]} peers`; {plural(n, "day")}')).toEqual([]);
    expect(gluedPlurals("<List nodes={visible} peers={peers} />; n === 1 ? 'a meeting' : `${n} meetings`")).toEqual([]);
  });

  test('no renderer file glues a number to a plural noun', () => {
    const found = sources(RENDERER).flatMap((f) => gluedPlurals(readFileSync(f, 'utf8')).map((g) => `${relative(ROOT, f)}: ${g}`));
    expect(found).toEqual([]);
  });
});

describe('one date field', () => {
  test('every date input in the app is the shared DateField (picker and the date in words)', () => {
    const raw = sources(RENDERER)
      .filter((f) => /type="date"|type=\{'date'\}|@mantine\/dates/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(raw).toEqual(['renderer/src/shell/DateField.tsx']);
  });
});
