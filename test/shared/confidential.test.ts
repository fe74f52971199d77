import { describe, expect, test } from 'vitest';
import {
  REDACTED,
  alwaysOpen,
  confidentialTexts,
  isConfidentialRecord,
  maskRecord,
  mergeKeepingConfidential,
  redactDocument,
  redactRecord,
} from '../../shared/confidential';
import { emptyDocument, goalSchema, groupSchema, interactionSchema, lifeEventSchema, peerSchema } from '../../shared/schema/document';

const secretCall = interactionSchema.parse({
  id: 'i1',
  date: '2025-05-01',
  peerIds: ['ana'],
  summary: 'Ana is leaving',
  confidential: true,
  exchanges: [{ direction: 'given', kind: 'feedback', note: 'on her resignation letter' }],
  followUps: [{ id: 'f1', text: 'ask how the exit talk went' }],
});
const openCall = { ...secretCall, id: 'i2', confidential: false };
const circle = groupSchema.parse({
  id: 'g1',
  name: 'Circle',
  purpose: 'Support each other',
  meetings: [
    { id: 'm1', date: '2025-05-02', agenda: 'Hot seat: Bo', notes: 'Bo may sue', actionItems: [{ id: 'a1', text: 'Bo: call a lawyer' }] },
    {
      id: 'm2',
      date: '2025-05-09',
      agenda: 'Round of wins',
      notes: 'All well',
      notesConfidential: false,
      actionItems: [{ id: 'a2', text: 'Me: book the room' }],
    },
  ],
});
const goal = goalSchema.parse({
  id: 'o1',
  title: 'Run a team',
  why: 'to prove my father wrong',
  milestones: [{ id: 'ms', text: 'Lead a project' }],
  checkIns: [{ id: 'c1', date: '2025-05-03', progress: 20, note: 'felt like a fraud' }],
});

describe('derived from the one declaration', () => {
  test('redaction: a confidential record loses every governed text, in its parts too; open text and open records stay', () => {
    expect(redactRecord('interactions', secretCall)).toMatchObject({
      summary: REDACTED,
      exchanges: [{ note: REDACTED }],
      followUps: [{ text: REDACTED, id: 'f1' }],
    });
    expect(redactRecord('interactions', openCall)).toBe(openCall);
    const g = redactRecord('groups', circle);
    expect(g.purpose).toBe('Support each other');
    expect(g.meetings[0]).toMatchObject({ agenda: REDACTED, notes: REDACTED, actionItems: [{ text: REDACTED }] });
    expect(g.meetings[1]).toBe(circle.meetings[1]);
    expect(redactRecord('goals', goal)).toMatchObject({
      title: 'Run a team',
      why: REDACTED,
      milestones: [{ text: 'Lead a project' }],
      checkIns: [{ note: REDACTED, progress: 20 }],
    });
    // '' stays '' (nothing was left out)
    expect(
      redactRecord('lifeEvents', lifeEventSchema.parse({ id: 'e', peerId: 'ana', kind: 'move', date: '2025-01-01', confidential: true }))
        .note,
    ).toBe('');
  });

  test('the document: every collection goes through it, and the singletons', () => {
    const d = { ...emptyDocument(), interactions: [secretCall], goals: [goal] };
    const r = redactDocument(d);
    expect(JSON.stringify(r)).not.toMatch(/leaving|resignation|exit talk|father|fraud/);
    expect(r.me).toBe(d.me);
  });

  test('masking for the screen: text emptied, hidden marked on the record and on each part that lost text; masking twice changes nothing', () => {
    const m = maskRecord('interactions', secretCall);
    expect(m).toMatchObject({
      hidden: true,
      summary: '',
      exchanges: [{ note: '', hidden: true }],
      followUps: [{ id: 'f1', text: '', hidden: true }],
    });
    expect(maskRecord('interactions', m)).toEqual(m);
    expect(maskRecord('interactions', openCall)).toEqual({ ...openCall, hidden: false });
    const p = peerSchema.parse({ id: 'p', name: 'Ana', notes: 'private', notesConfidential: true });
    expect(maskRecord('peers', p)).toMatchObject({ name: 'Ana', notes: '', hidden: true });
    const g = maskRecord('groups', circle);
    expect(g.hidden).toBe(true);
    expect(g.meetings[0]).toMatchObject({ agenda: '', notes: '', hidden: true, actionItems: [{ text: '', hidden: true }] });
    expect(g.meetings[1]).not.toHaveProperty('hidden');
  });

  test('fields that can never hold confidential text: open text, or not text at all', () => {
    expect(alwaysOpen('peers', ['id', 'name', 'tags', 'skills', 'status', 'closeness', 'updatedAt'])).toBe(true);
    // a flagged text, and a part (its own texts have rules of their own)
    expect(alwaysOpen('peers', ['name', 'notes'])).toBe(false);
    expect(alwaysOpen('peers', ['contacts'])).toBe(false);
    expect(alwaysOpen('interactions', ['date', 'summary'])).toBe(false);
    expect(alwaysOpen('goals', ['why'])).toBe(false);
    expect(alwaysOpen('goals', ['title'])).toBe(true);
  });

  test('confidential texts (what search keeps apart) and whole confidential records', () => {
    expect(confidentialTexts('interactions', secretCall).sort()).toEqual([
      'Ana is leaving',
      'ask how the exit talk went',
      'on her resignation letter',
    ]);
    expect(confidentialTexts('interactions', openCall)).toEqual([]);
    expect(confidentialTexts('goals', goal).sort()).toEqual(['felt like a fraud', 'to prove my father wrong']);
    expect(isConfidentialRecord('interactions', secretCall)).toBe(true);
    expect(isConfidentialRecord('interactions', openCall)).toBe(false);
  });

  test('an import keeps the vault text behind each marker, in parts by id; a new record gets the empty value, or the marker where text is required', () => {
    const out = redactRecord('interactions', secretCall);
    const merged = mergeKeepingConfidential('interactions', secretCall, { ...out, date: '2025-05-02' });
    expect(interactionSchema.parse(merged)).toEqual({ ...secretCall, date: '2025-05-02' });
    // a follow-up added in the file stays; the redacted one keeps its text
    const added = mergeKeepingConfidential('interactions', secretCall, {
      ...out,
      followUps: [...out.followUps, { id: 'f2', text: 'new one' }],
    });
    expect((added.followUps as { text: string }[]).map((f) => f.text)).toEqual(['ask how the exit talk went', 'new one']);
    // into a vault that has never seen it
    const fresh = interactionSchema.parse(mergeKeepingConfidential('interactions', {}, out));
    expect(fresh.summary).toBe('');
    expect(fresh.exchanges[0]!.note).toBe('');
    expect(fresh.followUps[0]!.text).toBe(REDACTED);
    const g = groupSchema.parse(mergeKeepingConfidential('groups', circle, redactRecord('groups', circle)));
    expect(g).toEqual(circle);
    const o = goalSchema.parse(mergeKeepingConfidential('goals', goal, redactRecord('goals', goal)));
    expect(o).toEqual(goal);
  });
});
