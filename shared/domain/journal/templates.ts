import type { JournalKind } from '../../schema/vocabulary';

/**
 * The journal's built-in templates, one per kind, from the guide's "Honest Dialogue", "Not
 * Being Vulnerable", "Maintain Confidentiality", "Peer Learning Opportunities" and action
 * step 5, "Be Vulnerable". The user may replace any of them in Settings (settings.journalTemplates).
 *
 * A template may hold placeholders, filled when an entry is made from it:
 *   {{date}}  the entry's day        {{peer}}   the peers it is about (or "my peer")
 *             (weekly review: the Monday of the week it covers, see reviewedWeek)
 *   {{week}}  the week's facts from the interaction log (weekly review)
 *   {{goals}} my open goals and their progress (goal review)
 */

export const JOURNAL_KIND_LABEL: Record<JournalKind, string> = {
  reflection: 'Reflection',
  'dialogue-prep': 'Conversation prep',
  debrief: 'Debrief',
  vulnerability: 'Vulnerability practice',
  'weekly-review': 'Weekly review',
  'goal-review': 'Goal review',
  gratitude: 'Gratitude',
  free: 'Free writing',
};

/** One line under each kind, where the user chooses what to write. */
export const JOURNAL_KIND_HINT: Record<JournalKind, string> = {
  reflection: 'What happened, what it meant, what you will do next',
  'dialogue-prep': 'Before a conversation: what to share, ask for, offer, and keep to yourself',
  debrief: 'After a conversation: what you learned and promised, and how honest it was',
  vulnerability: 'Practise sharing a real struggle, not only your successes',
  'weekly-review': 'Whom you helped, who helped you, whom you let slip',
  'goal-review': 'Where your goals stand and who keeps you accountable',
  gratitude: 'Who made a difference, and whether they know it',
  free: 'A blank page',
};

export const PLACEHOLDERS = ['date', 'peer', 'week', 'goals'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const BUILT_IN_TEMPLATES: Record<JournalKind, string> = {
  reflection: `## What happened

## What it meant to me

## What I will do differently
`,
  'dialogue-prep': `# Conversation with {{peer}}

> Honest dialogue: be open about challenges and failures, not just successes. It makes room for real support and learning.

## The challenge I want to share

## A failure or struggle I can be open about

## What I want to ask for

## What I can offer

## The feedback I want

## What I will not discuss
- 

## Told to me in confidence: I must not repeat
- 
`,
  debrief: `# After talking with {{peer}}

## What I learned

## What I committed to
- [ ] 

## Did I share honestly?
Did I talk about a real challenge, or only about what is going well?

## How balanced did the exchange feel?
What did I give? What did I receive? (Be patient: reciprocity evens out over time.)

## To keep in confidence
`,
  vulnerability: `## A challenge I am carrying right now

## Why I have not shared it yet

## A trusted peer I could share it with

## What I would ask them for (advice, support, or just to listen)

## One small step this week
- [ ] Share this challenge with a trusted peer and ask for their advice or support
`,
  'weekly-review': `# Week of {{date}}

{{week}}

## Whom I helped

## Who helped me (have I thanked them?)

## Whom I neglected, and one small way to reconnect

## What I learned from a peer this week

## Next week
- [ ] 
`,
  'goal-review': `# Goal review, {{date}}

{{goals}}

## Progress since the last review

## What is in my way

## Who keeps me accountable, and when we next talk

## The next step
- [ ] 
`,
  gratitude: `## Someone who made a difference lately

## What they did, and what it meant

## How I will let them know
- [ ] 
`,
  free: '',
};

/** The text an entry of `kind` starts from: the user's own template, else the built-in one. */
export function templateText(kind: JournalKind, custom: Partial<Record<JournalKind, string>>): string {
  return custom[kind] ?? BUILT_IN_TEMPLATES[kind];
}

/**
 * Fill a template's placeholders. A placeholder with no value is removed, with the blank
 * line it leaves (so a weekly review without facts reads cleanly); unknown ones stay as typed.
 */
export function fillTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text
    .replace(/^[ \t]*\{\{(\w+)\}\}[ \t]*\n(\n)?/gm, (whole, name: string, blank: string | undefined) => {
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) return whole;
      const v = values[name as Placeholder];
      return v ? `${v.trimEnd()}\n${blank ?? ''}` : '';
    })
    .replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) return whole;
      return values[name as Placeholder] ?? (name === 'peer' ? 'my peer' : '');
    });
}

/** The entry's title from its text: the first heading or line, without Markdown marks. */
export function titleFrom(body: string): string {
  for (const line of body.split('\n')) {
    const t = line
      .replace(/^\s{0,3}(#{1,6}\s+|>\s*|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)/, '')
      .replace(/[*_`~]/g, '')
      .trim();
    if (t) return t.slice(0, 120);
  }
  return '';
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Words in a Markdown text (marks and link targets are not words). A scan of character
 * codes rather than a Unicode regex over the whole text: the journal list counts thousands.
 */
export function wordCount(text: string): number {
  const plain = text.includes('](') ? text.replace(/\]\([^)]*\)/g, ']') : text;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    const letter =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0x2019 && LETTER.test(plain[i]!));
    // an apostrophe inside a word ("today's") keeps it one word
    const w: boolean = letter || (inWord && (c === 39 || c === 0x2019) && i + 1 < plain.length && LETTER.test(plain[i + 1]!));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
