import { EXIT, OutputLost, type Command } from '../context';
import { openToWrite } from '../writable';

export const passwd: Command = {
  name: 'passwd',
  help: '  passwd <vault> [--accept-loss]            change the passphrase (issues a new recovery code)\n',
  run: async (ctx) => {
    const [path] = ctx.paths(1, '<vault>');
    const current = await ctx.secret('COMPEER_PASSPHRASE', 'Current passphrase: ');
    const vault = await openToWrite(ctx, path!, current);
    const next = await ctx.secret('COMPEER_NEW_PASSPHRASE', 'New passphrase: ', true);
    const code = await vault.changePassphrase(current, next);
    ctx.io.stderr(
      'Passphrase changed. The old passphrase and recovery code no longer open this vault (older backups still open with the old passphrase).\nYour new recovery code (shown once):\n',
    );
    try {
      await ctx.outOrFail(`${code}\n`);
    } catch (e) {
      if (!(e instanceof OutputLost)) throw e;
      ctx.io.stderr(
        `The new recovery code could not be written: standard output was closed (${e.message}), so nobody has seen it.\nThe new passphrase opens the vault. To get a recovery code you can keep, run: compeer passwd ${path}\n`,
      );
      return EXIT.failure;
    }
    return EXIT.ok;
  },
};
