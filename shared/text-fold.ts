/** Text folding: the one home for comparing text, in main and in the window. */
/**
 * The one folding of text for comparison: search, the peer list's filter, identity keys
 * ("same name at the same company"), skill matching, file names. Accents and case ignored,
 * letters and digits of every script kept ("Jérôme" -> "jerome", "Иван" -> "иван").
 *
 * - Compatibility forms become what they stand for (NFKD): "ﬁ" -> "fi", "Ａ" -> "a",
 *   half-width "ｶ" -> "カ".
 * - Marks are dropped where they are accents or optional pointing: after a Latin, Greek,
 *   Cyrillic, Arabic or Hebrew letter. Elsewhere a mark is part of the spelling (the voicing
 *   of "ガ" against "カ", the vowel signs of "सुनील" against "सोनल") and stays, so two names
 *   stay two.
 * - Case folded beyond lower case: "ß" -> "ss", a final "ς" -> "σ"; and the Latin letters
 *   whose accent is drawn into them, which no normalisation takes apart, as their plain
 *   letters: "ł" -> "l", "ø" -> "o", "đ" -> "d", "æ" -> "ae" ("Søren" is found as "soren").
 * - The result is composed again (NFC), so Hangul stays syllables.
 */
const ACCENTED = /([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Arabic}\p{sc=Hebrew}])\p{M}+/gu;
const LETTER_FOLD: Readonly<Record<string, string>> = { ß: 'ss', ς: 'σ', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ı: 'i', æ: 'ae', œ: 'oe' };
const LETTERS = new RegExp(`[${Object.keys(LETTER_FOLD).join('')}]`, 'g');
const letterFold = (c: string) => LETTER_FOLD[c] ?? c;

export function fold(text: string): string {
  // printable ASCII (most text) needs no Unicode normalisation
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(ACCENTED, '$1').toLowerCase().replace(LETTERS, letterFold).normalize('NFC');
}

const separators = new Map<string, RegExp>();
/** `keep` as a character class body: each character literal. */
const separatorFor = (keep: string): RegExp => {
  let re = separators.get(keep);
  if (!re) {
    re = new RegExp(`[^\\p{L}\\p{M}\\p{N}${keep.replace(/[\\\]^-]/g, '\\$&')}]+`, 'gu');
    separators.set(keep, re);
  }
  return re;
};

/**
 * Folded words with one space between them: every run of anything but letters, digits
 * (and marks that stayed) becomes one space ("  Иван Smith-Jones! " -> "иван smith jones").
 * The form keys and file names are made of. `keep` names symbols that belong to words
 * ("+#" keeps "c++" and "c#").
 */
export function foldKey(text: string, keep = ''): string {
  return fold(text).replace(separatorFor(keep), ' ').trim();
}

/** Whether `text` contains `query`, accents and case ignored (an empty query is in everything). */
export function foldedIncludes(text: string, query: string): boolean {
  const q = fold(query.trim());
  return !q || fold(text).includes(q);
}

// a character with what extends it (combining marks, a half-width voicing mark, a Hangul
// syllable's vowel and final jamo): folded together, as in the whole text
const CLUSTER = /[\s\S][\p{M}\p{Grapheme_Extend}\u1160-\u11ff\ud7b0-\ud7ff]*/gu;

/**
 * `fold(text)` with, for each folded character, where it came from in `text`, so a snippet
 * can be cut from the original.
 */
export function foldWithMap(text: string): { folded: string; at: number[] } {
  if (!/[^ -~]/.test(text)) return { folded: text.toLowerCase(), at: Array.from({ length: text.length + 1 }, (_, k) => k) };
  let folded = '';
  const at: number[] = [];
  // a long text repeats few characters: each folded once
  const seen = new Map<string, string>();
  for (const m of text.matchAll(CLUSTER)) {
    const c = m[0];
    let f = c.length === 1 && c < '\x80' ? c.toLowerCase() : seen.get(c);
    if (f === undefined) {
      f = fold(c);
      seen.set(c, f);
    }
    for (let k = 0; k < f.length; k++) at.push(m.index);
    folded += f;
  }
  at.push(text.length);
  return { folded, at };
}

// a mark that stayed after folding (an Indic vowel sign) is inside a word
const WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * A window of `text` around the first word that starts with one of `terms` (already
 * folded), cut at word boundaries, with "…" where it was cut. The start of the text when
 * no term is found.
 */
export function snippetAround(text: string, terms: readonly string[], width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const { folded, at } = foldWithMap(flat);
  let best = -1;
  for (const t of terms) {
    if (!t) continue;
    for (let from = 0; ;) {
      const k = folded.indexOf(t, from);
      if (k < 0) break;
      if (k === 0 || !WORD.test(folded[k - 1]!)) {
        if (best < 0 || k < best) best = k;
        break;
      }
      from = k + 1;
    }
  }
  const hit = best < 0 ? 0 : at[best]!;
  let start = Math.max(0, hit - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) {
    const sp = flat.indexOf(' ', start);
    if (sp >= 0 && sp < hit) start = sp + 1;
  }
  if (end < flat.length) {
    const sp = flat.lastIndexOf(' ', end);
    if (sp > hit) end = sp;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/**
 * `text` cut into pieces, marking each word that starts with one of `terms` (folded), for
 * highlighting matched words whatever their case or accents.
 */
export function markTerms(text: string, terms: readonly string[]): { text: string; hit: boolean }[] {
  const wanted = terms.filter(Boolean);
  if (wanted.length === 0 || !text) return [{ text, hit: false }];
  const { folded, at } = foldWithMap(text);
  const out: { text: string; hit: boolean }[] = [];
  let last = 0;
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const word = m[0];
    const term = wanted.find((t) => word.startsWith(t));
    if (!term) continue;
    const from = at[m.index]!;
    const to = at[m.index + Math.min(word.length, Math.max(term.length, 1))] ?? text.length;
    if (from > last) out.push({ text: text.slice(last, from), hit: false });
    out.push({ text: text.slice(from, to), hit: true });
    last = to;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}
