import { dayLong, dayRelative, dayWordsOr } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { plural } from '../../../shared/plural';
import { todayReport, type TodayReport } from '../../../shared/domain/today-report';
import { LIFE_EVENT_LABEL } from '../../../shared/vocabulary-labels';
import { Vault } from '../../core/vault';
import { EXIT, type Command } from '../context';
import { dayOption } from '../dates';
import { table } from './reciprocity';

/**
 * `compeer today <vault> [--today D] [--json]`: what the Today screen shows, from the same
 * rules (shared/domain/today-report.ts). Confidential text is never printed: a confidential
 * follow-up or action item is named as such, and its text is null in the JSON.
 */
export const today: Command = {
  name: 'today',
  help:
    '  today <vault> [--today YYYY-MM-DD] [--json]\n' +
    '                                            what Today shows: check-ins, follow-ups, life events,\n' +
    "                                            patterns, goals, groups and this week's time\n",
  run: async (ctx) => {
    const { io, options } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const day = dayOption('today', options.today, dayOf(io.now()));
    const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
    const report = todayReport(vault.data, day);
    if (options.json) {
      await ctx.out(`${JSON.stringify(report)}\n`);
      return EXIT.ok;
    }
    const names = new Map(vault.data.peers.map((p) => [p.id, p.name]));
    await ctx.out(readable(report, (id) => names.get(id) ?? 'someone no longer in your vault'));
    return EXIT.ok;
  },
};

const CONFIDENTIAL = '(confidential: open Compeer to read it)';

function readable(r: TodayReport, nameOf: (id: string) => string): string {
  const parts: string[] = [`Today, ${dayLong(r.today)}\n`];
  const near = (d: string) => dayRelative(d, r.today);
  const section = (title: string, lines: string[]) => {
    if (lines.length) parts.push(`\n${title}\n${lines.join('')}`);
  };
  if (r.due.length) {
    const rows = r.due.map((d) => [
      d.name,
      `every ${plural(d.cadenceDays, 'day')}`,
      d.lastContact ? near(d.lastContact) : 'never',
      d.daysOverdue > 0
        ? `${plural(d.daysOverdue, 'day')} overdue`
        : d.daysOverdue === 0
          ? 'due today'
          : `due in ${plural(-d.daysOverdue, 'day')}`,
    ]);
    parts.push(`\nCheck-ins\n${table([['Peer', 'Cadence', 'Last contact', ''], ...rows], [])}`);
  }
  section(
    'Follow-ups',
    r.followUps.map(
      (f) => `  ${f.text ?? CONFIDENTIAL}${f.due ? ` (due ${near(f.due)})` : ''}, with ${f.peerIds.map(nameOf).join(', ')}\n`,
    ),
  );
  section(
    'Life events',
    r.lifeEvents.map(
      (e) =>
        `  ${e.action === 'celebrate' ? 'Celebrate' : 'Support'} ${nameOf(e.peerId)}: ${LIFE_EVENT_LABEL[e.kind].toLowerCase()}, ${dayWordsOr(e.date, r.today)}\n`,
    ),
  );
  section(
    'Patterns',
    r.patterns.map((p) => `  ${nameOf(p.peerId)}: ${p.text}\n`),
  );
  section(
    'Goals',
    // the reason is written for --json with ISO days; said here the app's one way
    r.goals.map((g) => `  ${g.title}: ${g.reason.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => dayWordsOr(d, r.today))}\n`),
  );
  section(
    'Groups',
    r.groups.map(
      (g) =>
        `  ${g.name}: next meeting ${g.nextMeeting ? near(g.nextMeeting) : 'not planned'}${g.nextFacilitator ? `, led by ${g.nextFacilitator}` : ''}\n` +
        g.myActionItems.map((a) => `    you promised: ${a.text ?? CONFIDENTIAL}${a.due ? ` (due ${near(a.due)})` : ''}\n`).join(''),
    ),
  );
  parts.push(
    `\nThis week: ${r.budget.minutesThisWeek} minutes with peers${r.budget.minutesLimit === null ? '' : ` of ${r.budget.minutesLimit}`}\n`,
  );
  if (parts.length === 2 && !r.due.length) parts.splice(1, 0, '\nNothing calls for you today.\n');
  return parts.join('');
}
