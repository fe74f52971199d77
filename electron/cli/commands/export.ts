import { exportDocument } from '../../core/exchange/json-export';
import { peersToCsv, peersToVcard } from '../../core/exchange/peers-export';
import { Vault } from '../../core/vault';
import { EXIT, UsageError, type Command } from '../context';
import { checkOutput, writeOutput } from '../output-file';

export const exportCommand: Command = {
  name: 'export',
  help:
    '  export <vault> [--format json|csv|vcard] [--out FILE [--force]] [--include-confidential]\n' +
    '                                            the whole vault as JSON, or the peers as CSV or vCard 3.0\n' +
    '                                            (confidential text left out unless asked); --out never\n' +
    '                                            replaces a vault, and another file only with --force\n',
  run: async (ctx) => {
    const { io, options } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const out = options.out === undefined ? null : ctx.resolvePath(options.out);
    if (out) await checkOutput(out, path!, options.force);
    const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
    const format = options.format;
    if (format !== 'json' && format !== 'csv' && format !== 'vcard') throw new UsageError(`--format is json, csv or vcard, not "${format}".`);
    const include = options['include-confidential'];
    const text =
      format === 'csv'
        ? peersToCsv(vault.data.peers, include)
        : format === 'vcard'
          ? peersToVcard(vault.data.peers, include)
          : `${JSON.stringify(exportDocument(vault.data, { includeConfidential: include, now: io.now() }), null, 2)}\n`;
    if (out) {
      await writeOutput(out, text, options.force);
      io.stderr(`Exported to ${options.out}.\n`);
    } else {
      await ctx.out(text);
    }
    if (include) io.stderr('This export holds your confidential notes as plain text. Keep it safe and delete it when done.\n');
    return EXIT.ok;
  },
};
