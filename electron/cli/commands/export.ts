import { MARKDOWN_FOLDERS } from '../../core/exchange/journal-markdown';
import { exportDocument } from '../../core/exchange/json-export';
import { peersToCsv, peersToVcard } from '../../core/exchange/peers-export';
import { Vault } from '../../core/vault';
import { EXIT, UsageError, plural, type Command } from '../context';
import { exportMarkdownCommand } from '../journal-commands';
import { checkOutput, checkOutputFolder, writeOutput } from '../output-file';

export const exportCommand: Command = {
  name: 'export',
  help:
    '  export <vault> [--format json|csv|vcard|markdown] [--out FILE|DIR [--force]] [--include-confidential]\n' +
    '                                            the whole vault as JSON, the peers as CSV or vCard 3.0,\n' +
    '                                            or the journal and notes as Markdown files in DIR\n' +
    '                                            (confidential text left out unless asked); --out never\n' +
    '                                            replaces a vault, and another file only with --force\n',
  run: async (ctx) => {
    const { io, options } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const format = options.format;
    if (format !== 'json' && format !== 'csv' && format !== 'vcard' && format !== 'markdown')
      throw new UsageError(`--format is json, csv, vcard or markdown, not "${format}".`);
    const include = options['include-confidential'];
    if (format === 'markdown') {
      if (options.out === undefined) throw new UsageError('--format markdown needs --out DIR (a folder for the files).');
      const place = await checkOutputFolder(ctx.resolvePath(options.out), path!, MARKDOWN_FOLDERS);
      const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
      const r = await exportMarkdownCommand(vault.data, place, include);
      io.stderr(
        `Exported ${r.entries} journal ${r.entries === 1 ? 'entry' : 'entries'} and ${plural(r.notes, 'note')} to ${options.out}${r.leftOut ? ` (${r.leftOut} confidential left out; --include-confidential adds them)` : ''}.\n`,
      );
      if (include) io.stderr('These files hold confidential text in plain text. Keep them safe and delete them when done.\n');
      return EXIT.ok;
    }
    const out = options.out === undefined ? null : ctx.resolvePath(options.out);
    if (out) await checkOutput(out, path!, options.force);
    const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
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
