/**
 * Matching what one person offers against what another needs (skills, needs, interests,
 * tags, an opportunity's skills): by normalised words, so "Public Speaking" meets "public
 * speaking", "mentors" meets "mentoring", "k8s" meets "kubernetes". One home for the prep
 * sheet, "Who would this help?" and the advisor; every match says why it matched.
 */

import { foldKey } from '../text-fold';

/** Words too common to carry meaning in a skill or a need. */
const STOP = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'at',
  'by',
  'my',
  'our',
  'new',
  'first',
  'about',
  'from',
  'into',
  'how',
]);

/**
 * Words that say nothing about what a person knows or needs when they stand alone: a shared
 * "role", "staff", "open" or "senior" is no reason to match two people. They still count
 * inside a whole phrase ("staff promotion" meets "staff promotion"), never as the one word
 * two phrases share. Career stages are judged apart, as a bonus (groups/opportunities.ts).
 */
export const WEAK_WORDS: ReadonlySet<string> = new Set([
  'role',
  'open',
  'staff',
  'senior',
  'junior',
  'principal',
  'lead',
  'head',
  'slot',
  'job',
  'position',
  'opportunity',
  'team',
  'work',
  'help',
  'tip',
  'case',
  'good',
  'great',
  'people',
  'person',
  'thing',
  'level',
  'year',
  'end',
  'next',
  'step',
  'company',
  'review',
  'intro',
  'introduction',
  'reference',
  'general',
  'other',
  'more',
  'some',
  'best',
  'practice',
  'engineer',
  'engineering',
]);

/**
 * A small synonym table: each line's words stand for its first word. Kept short and
 * explainable; a match through it says so.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['kubernetes', 'k8s'],
  ['javascript', 'js'],
  ['typescript', 'ts'],
  ['machine learning', 'ml'],
  ['artificial intelligence', 'ai'],
  ['user experience', 'ux'],
  ['user interface', 'ui'],
  ['product management', 'product manager', 'pm'],
  ['public speaking', 'speaking', 'talk', 'talks', 'conference talk', 'speaking slot'],
  ['mentoring', 'mentor', 'mentorship', 'coaching', 'coach'],
  ['hiring', 'recruiting', 'recruitment', 'interviewing'],
  ['fundraising', 'raising money', 'investors'],
  ['negotiation', 'negotiating', 'salary negotiation'],
  ['management', 'managing', 'manager', 'people management', 'leadership'],
  ['writing', 'technical writing', 'docs', 'documentation'],
  ['data science', 'data scientist', 'analytics'],
  ['design', 'designer', 'product design'],
  ['career strategy', 'career', 'career move', 'career moves'],
  ['promotion', 'promotion case', 'promoted'],
];

/**
 * Skill families: different things of one kind. Two terms of one family are related, not the
 * same ("Terraform" and "Kubernetes" are both cloud infrastructure); a match through a family
 * says which one. Each line's first entry names the family.
 */
export const FAMILIES: readonly (readonly string[])[] = [
  ['cloud infrastructure', 'kubernetes', 'terraform', 'docker', 'aws', 'gcp', 'azure', 'cloud'],
  ['fundraising', 'seed round', 'series a', 'venture capital', 'angel investors', 'pitch deck'],
  ['grants', 'grant writing', 'grant application', 'grant applications', 'funding applications'],
  ['public speaking', 'conference talk', 'keynote', 'meetup talk', 'panel'],
  ['people management', 'new manager', 'first time manager', 'one on ones', 'performance reviews', 'team building'],
  ['data', 'data science', 'analytics', 'sql', 'data engineering', 'dashboards'],
  ['frontend', 'react', 'css', 'javascript', 'typescript', 'web performance'],
];

/** Lower case, no accents, no punctuation, single spaces ("+" and "#" kept: "C++", "C#"). */
export const normalise = (text: string): string => foldKey(text, '+#');

/** Words that end in "s" without being plurals. */
const NOT_PLURAL = new Set([
  'kubernetes',
  'sales',
  'news',
  'series',
  'species',
  'devops',
  'finops',
  'mlops',
  'aws',
  'macos',
  'ios',
  'css',
  'nodejs',
  'wellness',
  'business',
]);

/** A word's simple singular ("skills" -> "skill", "boundaries" -> "boundary"), leaving short words alone. */
export function singular(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word) || /(ss|us|is|ics)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A phrase as its meaningful, singular words. */
export function keywords(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    .map(singular);
}

const key = (text: string): string => keywords(text).join(' ');
const canonical = new Map<string, string>();
for (const line of SYNONYMS) for (const w of line) canonical.set(key(w), key(line[0]!));

/** The phrase as the synonym table's main word for it, if it has one. */
export function canonicalOf(text: string): string {
  const k = key(text);
  return canonical.get(k) ?? k;
}

const family = new Map<string, string>();
for (const line of FAMILIES) for (const w of line) if (!family.has(canonicalOf(w))) family.set(canonicalOf(w), line[0]!);

/** The skill family a phrase belongs to, or '' when it has none. */
export function familyOf(text: string): string {
  return family.get(canonicalOf(text)) ?? '';
}

/** A word that can be the one two phrases share: four letters or more, and not a weak word. */
const meaningful = (w: string): boolean => w.length >= 4 && !WEAK_WORDS.has(w);

export interface TermMatch {
  /** the term from the first list, as written */
  a: string;
  /** the term from the second list, as written */
  b: string;
  /** how they met: the same phrase, the synonym table, a shared word, or one skill family */
  via: 'same' | 'word' | 'synonym' | 'family';
  /** the word or phrase they share (normalised) */
  on: string;
}

/**
 * Which terms of `a` meet which terms of `b`: the same phrase once normalised ("Public
 * speaking" / "public speaking"), the same phrase through the synonym table ("k8s" /
 * "Kubernetes"), or, for longer phrases, a shared meaningful word of four letters or more
 * ("distributed systems" / "systems thinking" share "system"). Deterministic: in the order
 * of `a`, then `b`.
 */
export function matchTerms(a: readonly string[], b: readonly string[]): TermMatch[] {
  return termMatcher(a)(b);
}

/**
 * matchTerms with the first list prepared once: for matching one list (an opportunity's
 * terms) against many (every peer's needs, skills and interests) without normalising it again.
 */
export function termMatcher(a: readonly string[], families = true): (b: readonly string[]) => TermMatch[] {
  const pa = prepareTerms(a);
  return (b) => (b.length === 0 ? [] : matchPrepared(pa, preparedOnce(b), families));
}

/**
 * A list's prepared terms, kept for as long as the list itself lives: matching one peer's
 * skills against hundreds of opportunities normalises them once. Records are replaced, not
 * changed in place, so a list object always holds the same terms.
 */
const prepared = new WeakMap<readonly string[], { text: string; terms: PreparedTerm[] }>();
function preparedOnce(terms: readonly string[]): PreparedTerm[] {
  // the joined text guards against a list changed in place since (then it is prepared afresh)
  const text = terms.join('\u0001');
  const was = prepared.get(terms);
  if (was && was.text === text) return was.terms;
  const p = prepareTerms(terms);
  prepared.set(terms, { text, terms: p });
  return p;
}

/** A list of terms normalised once, for matching it against many others (the advisor's pairs). */
export interface PreparedTerm {
  t: string;
  k: string;
  c: string;
  words: string[];
  /** its skill family, '' for none */
  f: string;
}

export function prepareTerms(terms: readonly string[]): PreparedTerm[] {
  return terms
    .map((t) => ({ t, k: key(t), c: canonicalOf(t), words: keywords(t).filter(meaningful), f: familyOf(t) }))
    .filter((x) => x.k !== '');
}

/**
 * matchTerms over two prepared lists: the same rules, in the order of `a`, then `b`. Without
 * `families`, related skills do not meet (an opportunity asks for what it names).
 */
export function matchPrepared(a: readonly PreparedTerm[], b: readonly PreparedTerm[], families = true): TermMatch[] {
  const out: TermMatch[] = [];
  for (const ta of a) {
    for (const tb of b) {
      if (ta.k === tb.k) out.push({ a: ta.t, b: tb.t, via: 'same', on: ta.k });
      else if (ta.c === tb.c) out.push({ a: ta.t, b: tb.t, via: 'synonym', on: ta.c });
      else {
        const shared = ta.words.find((w) => tb.words.includes(w));
        if (shared) out.push({ a: ta.t, b: tb.t, via: 'word', on: shared });
        else if (families && ta.f !== '' && ta.f === tb.f) out.push({ a: ta.t, b: tb.t, via: 'family', on: ta.f });
      }
    }
  }
  return out;
}

/** The words and phrases a prepared term can meet another on (an index key per way of meeting). */
export function matchKeys(t: PreparedTerm, families = true): string[] {
  return [`k:${t.k}`, `c:${t.c}`, ...t.words.map((w) => `w:${w}`), ...(families && t.f ? [`f:${t.f}`] : [])];
}

/** A match in words, for a reason shown to the user. */
export function explainMatch(m: TermMatch): string {
  if (m.via === 'same') return `"${m.a}" meets "${m.b}"`;
  if (m.via === 'synonym') return `"${m.a}" meets "${m.b}" (the same thing: ${m.on})`;
  if (m.via === 'family') return `"${m.a}" and "${m.b}" are related (both ${m.on})`;
  return `"${m.a}" and "${m.b}" share "${m.on}"`;
}

/**
 * One need met by one skill, as a person would say it: "You need "Kubernetes"; Bo has "k8s",
 * the same thing." `needer` and `haver` are first names or "you"; `m.a` is the need, `m.b` the skill.
 */
export function meetsText(needer: string, haver: string, m: TermMatch): string {
  const needs = needer === 'you' ? `You need "${m.a}"` : `${needer} needs "${m.a}"`;
  const has = haver === 'you' ? 'you have' : `${haver} has`;
  if (m.via === 'same') return `${needs}; ${has} it.`;
  if (m.via === 'synonym') return `${needs}; ${has} "${m.b}", the same thing.`;
  if (m.via === 'family') return `${needs}; ${has} "${m.b}" (both ${m.on}).`;
  return `${needs}; ${has} "${m.b}" (both about ${m.on}).`;
}
