import { describe, expect, test } from 'vitest';
import { BUILT_IN_TEMPLATES, fillTemplate, templateText, titleFrom, wordCount } from '../../../shared/domain/journal/templates';
import { JOURNAL_KINDS } from '../../../shared/schema/vocabulary';

describe('journal templates', () => {
  test("every kind has a template; the dialogue prep holds the guide's questions", () => {
    for (const k of JOURNAL_KINDS) expect(typeof BUILT_IN_TEMPLATES[k]).toBe('string');
    const prep = BUILT_IN_TEMPLATES['dialogue-prep'];
    for (const q of [
      'The challenge I want to share',
      'A failure or struggle I can be open about',
      'What I want to ask for',
      'What I can offer',
      'The feedback I want',
      'What I will not discuss',
      'Told to me in confidence: I must not repeat',
    ])
      expect(prep).toContain(q);
    for (const q of ['What I learned', 'What I committed to', 'Did I share honestly?', 'How balanced did the exchange feel?'])
      expect(BUILT_IN_TEMPLATES.debrief).toContain(q);
    // the follow-ups are the logged conversation's own (dated, on Today), not a second checklist in the text
    expect(BUILT_IN_TEMPLATES.debrief).not.toContain('## Follow-ups');
    expect(BUILT_IN_TEMPLATES.vulnerability).toContain('Share this challenge with a trusted peer and ask for their advice or support');
    for (const q of ['Whom I helped', 'Who helped me', 'Whom I neglected']) expect(BUILT_IN_TEMPLATES['weekly-review']).toContain(q);
  });

  test("the user's own template wins; absent, the built-in one", () => {
    expect(templateText('gratitude', { gratitude: 'Thanks to…' })).toBe('Thanks to…');
    expect(templateText('gratitude', { reflection: 'x' })).toBe(BUILT_IN_TEMPLATES.gratitude);
  });

  test('placeholders are filled; an empty block placeholder leaves no blank line; unknown ones stay', () => {
    const t = '# Week of {{date}}\n\n{{week}}\n\n## Next\nwith {{peer}} {{mood}}\n';
    expect(fillTemplate(t, { date: '2025-03-10', week: '> 3 interactions', peer: 'Ana' })).toBe(
      '# Week of 2025-03-10\n\n> 3 interactions\n\n## Next\nwith Ana {{mood}}\n',
    );
    expect(fillTemplate(t, { date: '2025-03-10' })).toBe('# Week of 2025-03-10\n\n## Next\nwith my peer {{mood}}\n');
  });

  test('title from the first heading or line; words without Markdown marks', () => {
    expect(titleFrom('\n# Conversation with **Ana**\n\ntext')).toBe('Conversation with Ana');
    expect(titleFrom('- [ ] call Ben')).toBe('call Ben');
    expect(titleFrom('')).toBe('');
    expect(wordCount('## What I learned\n- [ ] ask [Ana](https://x.y/z) about it — today’s plan')).toBe(9);
    expect(wordCount('')).toBe(0);
  });
});
