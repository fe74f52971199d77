/** Text folding for search: shared by the index in main and the highlighting in the window. */
/**
 * Case and accents folded away ("Jérôme" -> "jerome"), one folded character per original
 * one where possible, with a map back to the original text so a snippet can be cut from it.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function foldWithMap(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) at.push(i);
    folded += f;
    i += ch.length;
  }
  at.push(text.length);
  return { folded, at };
}

const WORD = /[\p{L}\p{N}]/u;

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
    for (let from = 0; ; ) {
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
  const re = /[\p{L}\p{N}]+/gu;
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
