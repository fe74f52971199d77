import { advise as adviseAll, KIND_LABEL } from '../../../shared/domain/advisor';
import { dayOf } from '../../../shared/domain/days';
import { isoDate } from '../../../shared/schema/document';
import { SUGGESTION_KINDS, type SuggestionKind } from '../../../shared/schema/vocabulary';
import { Vault } from '../../core/vault';
import { EXIT, UsageError, type Command } from '../context';

/**
 * The offline advisor's suggestions, best first. Dismissed and snoozed ones stay away, as in
 * the app. `because` never quotes confidential text (the engine's rule), so --json is safe to pipe.
 */
export const advise: Command = {
  name: 'advise',
  help:
    '  advise <vault> [--today YYYY-MM-DD] [--kind KIND] [--json]\n' +
    `                                            the advisor's suggestions, best first; KIND is one of\n` +
    `                                            ${SUGGESTION_KINDS.join(', ')}\n`,
  run: async (ctx) => {
    const { options } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const today = options.today ?? dayOf(ctx.io.now());
    if (!isoDate.safeParse(today).success) throw new UsageError(`--today takes a day as YYYY-MM-DD, not "${today}".`);
    const kind = options.kind;
    if (kind !== undefined && !(SUGGESTION_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--kind is one of ${SUGGESTION_KINDS.join(', ')}, not "${kind}".`);
    const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
    const shown = adviseAll(vault.data, today, kind ? [kind as SuggestionKind] : undefined)
      .filter((s) => s.hidden === null)
      .map(({ id, kind: k, title, score, peerIds, because, action }) => ({ id, kind: k, title, score, peerIds, because, action }));
    if (options.json) {
      await ctx.out(`${JSON.stringify({ today, suggestions: shown }, null, 2)}\n`);
      return EXIT.ok;
    }
    if (shown.length === 0)
      ctx.io.stderr(
        'No suggestions: add peers with skills, needs and interests, log interactions, and the advisor will have facts to work from.\n',
      );
    for (const s of shown) {
      await ctx.out(
        `${s.title}\n  ${KIND_LABEL[s.kind]} (${s.kind}), score ${s.score}, id ${s.id}\n${s.because.map((b) => `  - ${b.text}\n`).join('')}\n`,
      );
    }
    return EXIT.ok;
  },
};
