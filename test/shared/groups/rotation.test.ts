import { describe, expect, test } from 'vitest';
import {
  afterMeeting,
  comingAbsences,
  generateRotation,
  moveInRotation,
  reconcileRotation,
  recordInRotation,
  rotationSchedule,
} from '../../../shared/domain/groups/rotation';

const leaders = (slots: { facilitatorId: string | null }[]) => slots.map((s) => s.facilitatorId);

describe('leadership rotation', () => {
  test('the line goes round: first leads, then goes to the back', () => {
    expect(leaders(rotationSchedule(['ana', 'ben', 'me'], [], 1, 5))).toEqual(['ana', 'ben', 'me', 'ana', 'ben']);
    expect(afterMeeting(['ana', 'ben', 'me'], 'ana')).toEqual(['ben', 'me', 'ana']);
    // someone not in the line (a guest facilitator) changes nothing
    expect(afterMeeting(['ana', 'ben'], 'zoe')).toEqual(['ana', 'ben']);
  });

  test('someone away is skipped and leads the next meeting instead', () => {
    // line A B C D; meetings 1 and 2 are recorded; A will miss meeting 3.
    // #3: A away, B leads (line A C D B); #4: A (C D B A); #5: C; #6: D; #7: B.
    const slots = rotationSchedule(['a', 'b', 'c', 'd'], [{ meetingNumber: 3, personId: 'a' }], 3, 5, ['2025-07-01', '2025-08-01']);
    expect(leaders(slots)).toEqual(['b', 'a', 'c', 'd', 'b']);
    expect(slots[0]).toEqual({ meetingNumber: 3, date: '2025-07-01', facilitatorId: 'b', skipped: ['a'], absent: ['a'] });
    expect(slots[2]).toMatchObject({ meetingNumber: 5, date: null, skipped: [], absent: [] });
  });

  test('someone away but not at the front is not skipped; two away at the front both come next', () => {
    const slots = rotationSchedule(
      ['a', 'b', 'c', 'd'],
      [
        { meetingNumber: 1, personId: 'a' },
        { meetingNumber: 1, personId: 'b' },
        { meetingNumber: 1, personId: 'd' },
      ],
      1,
      4,
    );
    // #1: c (a, b skipped; d away too but behind); line a b d c; #2 a; #3 b; #4 d
    expect(leaders(slots)).toEqual(['c', 'a', 'b', 'd']);
    expect(slots[0]).toMatchObject({ skipped: ['a', 'b'], absent: ['a', 'b', 'd'] });
  });

  test('when everyone is away nobody leads and the line waits', () => {
    const slots = rotationSchedule(
      ['a', 'b'],
      [
        { meetingNumber: 1, personId: 'a' },
        { meetingNumber: 1, personId: 'b' },
      ],
      1,
      2,
    );
    expect(leaders(slots)).toEqual([null, 'a']);
  });

  test('fair over many meetings: everyone leads as often as anyone, with absences', () => {
    const people = ['me', 'p1', 'p2', 'p3', 'p4', 'p5'];
    /** leads per person after 240 meetings, and the widest gap between two people seen on the way */
    const run = (absent: (meeting: number, person: number) => boolean) => {
      let line = [...people];
      const led = new Map(people.map((p) => [p, 0]));
      let widest = 0;
      for (let n = 1; n <= 240; n++) {
        const absences = people.flatMap((p, i) => (absent(n, i) ? [{ meetingNumber: n, personId: p }] : []));
        const [slot] = rotationSchedule(line, absences, n, 1);
        if (slot!.facilitatorId) led.set(slot!.facilitatorId, led.get(slot!.facilitatorId)! + 1);
        line = afterMeeting(line, slot!.facilitatorId);
        widest = Math.max(widest, Math.max(...led.values()) - Math.min(...led.values()));
      }
      return { counts: [...led.values()], widest };
    };
    // no absences: 240 meetings, 6 people, 40 each, never more than one apart
    expect(run(() => false)).toEqual({ counts: [40, 40, 40, 40, 40, 40], widest: 1 });
    // each person misses one meeting in eleven, at different times: the gap never grows
    // past 2 (one for a round under way, one for a turn put off by an absence)
    const away = run((n, i) => (n * 7 + i * 3) % 11 === 0);
    expect(away.counts.reduce((a, b) => a + b, 0)).toBe(240);
    expect(away.widest).toBeLessThanOrEqual(2);
    // and everyone is within one meeting of the fair share, 240 / 6 = 40
    for (const c of away.counts) expect(Math.abs(c - 40)).toBeLessThanOrEqual(1);
  });

  test('a fair line to start from: never led first, then whoever led longest ago', () => {
    const meetings = [
      { date: '2025-01-10', facilitatorId: 'ben' },
      { date: '2025-02-10', facilitatorId: 'ana' },
      { date: '2025-03-10', facilitatorId: 'ben' },
      { date: '2025-04-10', facilitatorId: null },
    ];
    // ana last led 02-10, ben 03-10; chen and me never
    expect(generateRotation(['ana', 'ben', 'chen', 'me'], meetings)).toEqual(['chen', 'me', 'ana', 'ben']);
  });

  test('reordered by hand, kept in step with the members', () => {
    expect(moveInRotation(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveInRotation(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInRotation(['a', 'b', 'c'], 'a', 5)).toEqual(['b', 'c', 'a']);
    expect(reconcileRotation(['b', 'me', 'x', 'a'], ['a', 'b', 'c'])).toEqual(['b', 'me', 'a', 'c']);
    expect(reconcileRotation([], ['a'])).toEqual([]);
    expect(
      comingAbsences(
        [
          { meetingNumber: 2, personId: 'a' },
          { meetingNumber: 3, personId: 'b' },
        ],
        2,
      ),
    ).toEqual([{ meetingNumber: 3, personId: 'b' }]);
  });

  test('recording a meeting: its leader goes to the back; a meeting filled in afterwards leaves the line alone', () => {
    const others = [{ date: '2025-05-01' }, { date: '2025-06-01' }];
    const absences = [
      { meetingNumber: 3, personId: 'a' },
      { meetingNumber: 4, personId: 'b' },
    ];
    // meeting 3 is recorded, led by b (a was away): a stays at the front; the absence for 3 is history
    expect(recordInRotation(['a', 'b', 'c'], absences, others, { date: '2025-07-01', facilitatorId: 'b' })).toEqual({
      facilitatorOrder: ['a', 'c', 'b'],
      absences: [{ meetingNumber: 4, personId: 'b' }],
    });
    // a meeting from March filled in now: the line stays, and the coming meetings become 4 and 5
    expect(recordInRotation(['a', 'b', 'c'], absences, others, { date: '2025-03-01', facilitatorId: 'c' })).toEqual({
      facilitatorOrder: ['a', 'b', 'c'],
      absences: [
        { meetingNumber: 4, personId: 'a' },
        { meetingNumber: 5, personId: 'b' },
      ],
    });
    expect(recordInRotation(['a'], undefined, [], { date: '2025-01-01', facilitatorId: 'a' })).toEqual({
      facilitatorOrder: ['a'],
      absences: undefined,
    });
  });
});
