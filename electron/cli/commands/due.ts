import { checkIns, dueNow } from '../../../shared/domain/cadence';
import { dayRelative, dayWithWeekday } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { plural } from '../../../shared/plural';
import { dueEntry } from '../../../shared/domain/today-report';
import { Vault } from '../../core/vault';
import { EXIT, type Command } from '../context';
import { dayOption } from '../dates';
import { table } from './reciprocity';

/**
 * `compeer due <vault> [--today D] [--json]`: check-ins due today or overdue, most overdue
 * first (shared/domain/cadence.ts, the same rule as Today and the reminder). The JSON is
 * `{ today, due: [{ id, name, cadenceDays, lastContact, nextDue, daysOverdue }] }`.
 */
export const due: Command = {
  name: 'due',
  help:
    '  due <vault> [--today YYYY-MM-DD] [--json]\n' +
    '                                            check-ins due today or overdue, most overdue first\n',
  run: async (ctx) => {
    const { io, options } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const today = dayOption('today', options.today, dayOf(io.now()));
    const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
    const doc = vault.data;
    const list = dueNow(checkIns(doc, today), doc.peers, today).map(dueEntry);
    if (options.json) {
      await ctx.out(`${JSON.stringify({ today, due: list })}\n`);
      return EXIT.ok;
    }
    if (list.length === 0) {
      io.stderr(`No check-ins due on ${dayWithWeekday(today, today)}.\n`);
      return EXIT.ok;
    }
    const rows = list.map((d) => [
      d.name,
      `every ${plural(d.cadenceDays, 'day')}`,
      d.lastContact ? dayRelative(d.lastContact, today) : 'never',
      dayRelative(d.nextDue, today),
      d.daysOverdue === 0 ? 'due today' : `${plural(d.daysOverdue, 'day')} overdue`,
    ]);
    await ctx.out(
      `Check-ins due on ${dayWithWeekday(today, today)}\n\n${table([['Peer', 'Cadence', 'Last contact', 'Due', ''], ...rows], [])}`,
    );
    return EXIT.ok;
  },
};
