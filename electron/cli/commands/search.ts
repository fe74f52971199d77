import { Vault } from '../../core/vault';
import { EXIT, UsageError, type Command } from '../context';
import { searchCommand } from '../journal-commands';

export const search: Command = {
  name: 'search',
  help:
    '  search <vault> <query> [--json] [--include-confidential]\n' +
    '                                            search peers, notes, journal and interactions\n',
  run: async (ctx) => {
    const { io, args, options } = ctx;
    if (args.length < 2) throw new UsageError('search takes <vault> <query>.');
    const [path, ...words] = args;
    const vault = ctx.keep(
      await Vault.open(ctx.resolvePath(path!), await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }),
    );
    const out = searchCommand(vault.data, words.join(' '), { json: options.json, includeConfidential: options['include-confidential'] });
    if (!options.json && out === '') io.stderr('Nothing found.\n');
    await ctx.out(out);
    return EXIT.ok;
  },
};
