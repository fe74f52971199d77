import { dayWithYear } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { BALANCE_TEXT, balanceWord, reciprocityReport, windowEnding } from '../../../shared/domain/reciprocity';
import { Vault } from '../../core/vault';
import { EXIT, UsageError, type Command } from '../context';
import { dayOption } from '../dates';

/**
 * `compeer reciprocity <vault> [--since D] [--until D] [--json]`: the same report as the
 * Reciprocity screen (shared/domain/reciprocity.ts), by default over the last 12 months.
 * The JSON is `{ since, until, peers: [{ id, name, given, received, balance, interactions,
 * lastContact }], totals: { given, received, byKind } }`, peers sorted by name.
 */
export const reciprocity: Command = {
  name: 'reciprocity',
  help:
    '  reciprocity <vault> [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--json]\n' +
    '                                            given and received per peer (default: the last 12 months)\n',
  run: async (ctx) => {
    const { options } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const until = dayOption('until', options.until, dayOf(ctx.io.now()));
    const since = dayOption('since', options.since, windowEnding(until).since);
    if (since > until) throw new UsageError(`--since (${since}) is after --until (${until}).`);
    const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
    const doc = vault.data;
    const r = reciprocityReport(doc.interactions, doc.peers, { since, until });
    if (options.json) {
      const out = {
        since: r.since,
        until: r.until,
        peers: r.peers.map(({ id, name, given, received, balance, interactions, lastContact }) => ({
          id,
          name,
          given,
          received,
          balance,
          interactions,
          lastContact,
        })),
        totals: r.totals,
      };
      await ctx.out(`${JSON.stringify(out)}\n`);
      return EXIT.ok;
    }
    await ctx.out(reciprocityTable(r));
    return EXIT.ok;
  },
};

const TABLE_HEAD = ['Peer', 'Given', 'Received', 'Balance', 'Interactions', 'Last contact', 'In words'] as const;

function reciprocityTable(r: ReturnType<typeof reciprocityReport>): string {
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  const rows = r.peers.map((p) => [
    p.name,
    String(p.given),
    String(p.received),
    signed(p.balance),
    String(p.interactions),
    p.lastContact ? dayWithYear(p.lastContact) : 'never',
    BALANCE_TEXT[balanceWord(p)],
  ]);
  const total = [
    'Whole network',
    String(r.totals.given),
    String(r.totals.received),
    signed(r.totals.given - r.totals.received),
    '',
    '',
    BALANCE_TEXT[balanceWord(r.totals)],
  ];
  return `Reciprocity from ${dayWithYear(r.since)} to ${dayWithYear(r.until)} (weights of what was given and received)\n\n${table([[...TABLE_HEAD], ...rows, total], [1, 2, 3, 4])}`;
}

/** Columns padded to their widest cell; the numeric ones (by index) right-aligned. */
export function table(rows: string[][], right: readonly number[]): string {
  const widths = rows[0]!.map((_c, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map(
      (r) =>
        `${r
          .map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
          .join('  ')
          .trimEnd()}\n`,
    )
    .join('');
}
