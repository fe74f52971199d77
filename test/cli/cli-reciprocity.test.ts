import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { dayRelative, dayWithWeekday, dayWithYear } from '../../shared/date-words';
import { Vault } from '../../electron/core/vault';
import { VALUE_KINDS } from '../../shared/schema/vocabulary';
import { useTempDirs } from '../helpers/temp-dir';
import { cliAt } from '../helpers/cli';
import { PASS, makeVault, peer } from '../helpers/vaults';

/** A date in words as a literal part of a pattern. */
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const temp = useTempDirs();

const cli = cliAt('2026-11-27T12:00:00Z');

const ix = (id: string, date: string, peerIds: string[], exchanges: Record<string, unknown>[]) => ({
  op: 'put' as const,
  collection: 'interactions' as const,
  record: { id, date, peerIds, exchanges },
});

/**
 * Ana (every 30 days) and Ben (every 14) met on 10 January and 5 March 2026; Chen (no
 * cadence) last on 1 June 2025; Dee (every 7 days) was added on 1 April 2026 and never seen.
 */
async function logVault() {
  const { path } = await makeVault(await temp());
  const v = await Vault.open(path, PASS);
  await v.apply([
    peer('p1', 'Ana Silva', { cadenceDays: 30, createdAt: '2025-01-01T09:00:00.000Z' }),
    peer('p2', 'Ben Okafor', { cadenceDays: 14, createdAt: '2025-01-01T09:00:00.000Z' }),
    peer('p3', 'Chen Wei', { createdAt: '2025-01-01T09:00:00.000Z' }),
    peer('p4', 'dee Park', { cadenceDays: 7, createdAt: '2026-04-01T09:00:00.000Z' }),
    ix(
      'i1',
      '2026-01-10',
      ['p1'],
      [
        { direction: 'given', kind: 'expertise', weight: 2 },
        { direction: 'received', kind: 'feedback' },
      ],
    ),
    // a group interaction: the introduction counts for both, the reference only for Ben
    ix(
      'i2',
      '2026-03-05',
      ['p1', 'p2'],
      [
        { direction: 'given', kind: 'introduction' },
        { direction: 'received', kind: 'reference', weight: 3, peerId: 'p2' },
      ],
    ),
    ix('i3', '2025-06-01', ['p3'], [{ direction: 'given', kind: 'expertise', weight: 5 }]),
    ix('i4', '2026-07-01', ['p1'], [{ direction: 'received', kind: 'expertise', weight: 4 }]),
  ]);
  await v.close();
  return path;
}

const zeroKinds = () => Object.fromEntries(VALUE_KINDS.map((k) => [k, { given: 0, received: 0 }]));

describe('compeer reciprocity', () => {
  test('--json over a window: per peer by name, group exchanges counted per the rules, the network once', async () => {
    const path = await logVault();
    const r = await cli(['reciprocity', path, '--since', '2026-01-01', '--until', '2026-06-30', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toEqual({
      since: '2026-01-01',
      until: '2026-06-30',
      peers: [
        // given 2 (expertise) + 1 (introduction); received 1 (feedback); the reference was Ben's
        { id: 'p1', name: 'Ana Silva', given: 3, received: 1, balance: 2, interactions: 2, lastContact: '2026-03-05' },
        { id: 'p2', name: 'Ben Okafor', given: 1, received: 3, balance: -2, interactions: 1, lastContact: '2026-03-05' },
        // nothing in the window; the last contact before it still shows
        { id: 'p3', name: 'Chen Wei', given: 0, received: 0, balance: 0, interactions: 0, lastContact: '2025-06-01' },
        { id: 'p4', name: 'dee Park', given: 0, received: 0, balance: 0, interactions: 0, lastContact: null },
      ],
      totals: {
        // the introduction once, not once per peer: 2 + 1 given, 1 + 3 received
        given: 3,
        received: 4,
        byKind: {
          ...zeroKinds(),
          expertise: { given: 2, received: 0 },
          feedback: { given: 0, received: 1 },
          introduction: { given: 1, received: 0 },
          reference: { given: 0, received: 3 },
        },
      },
    });
  });

  test('by default the last 12 months up to today; a readable table without --json', async () => {
    const path = await logVault();
    const j = JSON.parse((await cli(['reciprocity', path, '--json'])).out) as {
      since: string;
      until: string;
      peers: { id: string; received: number }[];
    };
    // today is 2026-11-27: the window starts the day after 27 November 2025, so 1 July counts and June 2025 does not
    expect([j.since, j.until]).toEqual(['2025-11-28', '2026-11-27']);
    expect(j.peers.find((p) => p.id === 'p1')!.received).toBe(5);
    const t = await cli(['reciprocity', path]);
    expect(t.code).toBe(EXIT.ok);
    const lines = t.out.split('\n');
    expect(lines[0]).toBe(
      `Reciprocity from ${dayWithYear('2025-11-28')} to ${dayWithYear('2026-11-27')} (weights of what was given and received)`,
    );
    expect(lines[2]).toMatch(/^Peer\s+Given\s+Received\s+Balance\s+Interactions\s+Last contact\s+In words$/);
    expect(lines.find((l) => l.startsWith('Ana Silva'))).toMatch(
      new RegExp(`^Ana Silva\\s+3\\s+5\\s+-2\\s+3\\s+${re(dayWithYear('2026-07-01'))}\\s+`),
    );
    expect(lines.find((l) => l.startsWith('Whole network'))).toMatch(/^Whole network\s+3\s+8\s+-5\b/);
  });

  test('bad dates are a usage error, and nothing is opened', async () => {
    const path = await logVault();
    for (const args of [
      ['--since', '2026-02-30'],
      ['--until', '26-01-01'],
      ['--since', '2026-05-01', '--until', '2026-04-01'],
    ]) {
      const r = await cli(['reciprocity', path, ...args]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err).toMatch(/--since|--until/);
      expect(r.out).toBe('');
    }
  });
});

describe('compeer due', () => {
  test('--json: due today or overdue, most days overdue first; no cadence, not listed; never contacted counts from when added', async () => {
    const path = await logVault();
    const r = await cli(['due', path, '--today', '2026-04-10', '--json']);
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toEqual({
      today: '2026-04-10',
      due: [
        // 5 March + 14 = 19 March: 22 days
        { id: 'p2', name: 'Ben Okafor', cadenceDays: 14, lastContact: '2026-03-05', nextDue: '2026-03-19', daysOverdue: 22 },
        // 5 March + 30 = 4 April: 6 days (July's interaction is after today and does not count)
        { id: 'p1', name: 'Ana Silva', cadenceDays: 30, lastContact: '2026-03-05', nextDue: '2026-04-04', daysOverdue: 6 },
        // added 1 April + 7 = 8 April: 2 days
        { id: 'p4', name: 'dee Park', cadenceDays: 7, lastContact: null, nextDue: '2026-04-08', daysOverdue: 2 },
      ],
    });
    // on 4 April: Ana due that very day (0), Dee not yet
    const early = JSON.parse((await cli(['due', path, '--today', '2026-04-04', '--json'])).out) as {
      due: { id: string; daysOverdue: number }[];
    };
    expect(early.due.map((d) => [d.id, d.daysOverdue])).toEqual([
      ['p2', 16],
      ['p1', 0],
    ]);
  });

  test('a table without --json; nothing due says so on stderr; a bad day is a usage error', async () => {
    const path = await logVault();
    const t = await cli(['due', path, '--today', '2026-04-10']);
    const lines = t.out.split('\n');
    expect(lines[0]).toBe(`Check-ins due on ${dayWithWeekday('2026-04-10', '2026-04-10')}`);
    const on = (d: string) => re(dayRelative(d, '2026-04-10'));
    expect(lines[3]).toMatch(new RegExp(`^Ben Okafor\\s+every 14 days\\s+${on('2026-03-05')}\\s+${on('2026-03-19')}\\s+22 days overdue$`));
    expect(lines[5]).toMatch(new RegExp(`^dee Park\\s+every 7 days\\s+never\\s+${on('2026-04-08')}\\s+2 days overdue$`));
    // the day after they met: Ana and Ben are weeks from due, Dee is not yet added
    const none = await cli(['due', path, '--today', '2026-03-06']);
    expect(none.out).toBe('');
    expect(none.err).toBe(`No check-ins due on ${dayWithWeekday('2026-03-06', '2026-03-06')}.\n`);
    expect((await cli(['due', path, '--today', 'tomorrow'])).code).toBe(EXIT.usage);
  });
});
