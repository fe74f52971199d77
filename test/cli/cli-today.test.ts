import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { dayLong } from '../../shared/date-words';
import { sampleOps } from '../../electron/core/sample/sample-data';
import { Vault } from '../../electron/core/vault';
import { checkIns, dueThisWeek } from '../../shared/domain/cadence';
import { groupsToday } from '../../shared/domain/groups/views';
import { todayData } from '../../shared/domain/today';
import { useTempDirs } from '../helpers/temp-dir';
import { cliAt } from '../helpers/cli';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();
const DAY = '2026-12-07';

const cli = cliAt('2026-12-07T12:00:00Z');

/** The sample vault as of DAY, with one follow-up made confidential (its interaction is). */
async function sampleVault() {
  const { path } = await makeVault(await temp());
  const v = await Vault.open(path, PASS);
  await v.apply(sampleOps(DAY));
  const withFollowUp = v.data.interactions.find((i) => i.followUps.some((f) => !f.done))!;
  await v.apply([{ op: 'put', collection: 'interactions', record: { ...withFollowUp, confidential: true } }]);
  const doc = structuredClone(v.data);
  await v.close();
  return { path, doc, secret: withFollowUp.followUps.find((f) => !f.done)!.text };
}

describe('compeer today', () => {
  test('--json: the contract shape, filled by the rules the Today screen uses', async () => {
    const { path, doc, secret } = await sampleVault();
    const r = await cli(['today', path, '--today', DAY, '--json']);
    expect(r.code).toBe(EXIT.ok);
    const report = JSON.parse(r.out) as Record<string, unknown> & {
      due: { id: string }[];
      followUps: { id: string; text: string | null; due: string | null; peerIds: string[] }[];
      lifeEvents: { peerId: string; kind: string; date: string; action: string }[];
      patterns: { peerId: string; kind: string; text: string }[];
      goals: { id: string; title: string; reason: string }[];
      groups: { id: string; name: string; nextMeeting: string | null; nextFacilitator: string | null; myActionItems: unknown[] }[];
      budget: { minutesThisWeek: number; minutesLimit: number | null };
    };
    expect(Object.keys(report)).toEqual(['today', 'due', 'followUps', 'lifeEvents', 'patterns', 'goals', 'groups', 'budget']);
    expect(report.today).toBe(DAY);

    // the screen's own answers for the same vault and day
    const screen = todayData(doc, DAY);
    const groups = groupsToday(doc, DAY);
    expect(report.due.map((d) => d.id)).toEqual(dueThisWeek(checkIns(doc, DAY), doc.peers, DAY).map((c) => c.peerId));
    expect(report.due.length).toBeGreaterThan(0);
    for (const d of report.due) expect(Object.keys(d)).toEqual(['id', 'name', 'cadenceDays', 'lastContact', 'nextDue', 'daysOverdue']);
    expect(report.followUps.map((f) => f.id)).toEqual(screen.followUps.map((f) => f.followUp.id));
    expect(report.lifeEvents).toEqual(
      screen.lifeEvents.map((m) => ({ peerId: m.event.peerId, kind: m.event.kind, date: m.on, action: m.suggestion })),
    );
    expect(report.patterns.map((p) => [p.peerId, p.kind])).toEqual(screen.patterns.map((p) => [p.peerId, p.kind]));
    expect(report.goals.map((g) => g.id)).toEqual(groups.goals.map((g) => g.goalId));
    for (const g of report.goals) expect(g.reason).not.toBe('');
    expect(report.groups.map((g) => g.id).sort()).toEqual(doc.groups.map((g) => g.id).sort());
    const items = report.groups.flatMap((g) => g.myActionItems);
    expect(items).toHaveLength(groups.actionItems.length);
    expect(report.budget.minutesLimit).toBe(doc.settings.weeklyBudgetMinutes);

    // the confidential follow-up is listed, its words are not
    expect(r.out).not.toContain(secret);
    expect(report.followUps.some((f) => f.text === null)).toBe(true);
  });

  test('readable: sections in words, nothing confidential; a bad day is a usage error', async () => {
    const { path, secret } = await sampleVault();
    const r = await cli(['today', path, '--today', DAY]);
    expect(r.code).toBe(EXIT.ok);
    // the readable output says dates the app's one way (the process locale); --json stays ISO
    expect(r.out.split('\n')[0]).toBe(`Today, ${dayLong(DAY)}`);
    expect(r.out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(r.out).toMatch(/\nCheck-ins\n/);
    expect(r.out).toMatch(/\nFollow-ups\n/);
    expect(r.out).toContain('(confidential: open Compeer to read it)');
    expect(r.out).not.toContain(secret);
    expect(r.out).toMatch(/\nThis week: \d+ minutes with peers/);
    expect((await cli(['today', path, '--today', '2026-02-30'])).code).toBe(EXIT.usage);
  });
});
