import { CompeerError } from '../../../shared/errors';
import { Vault } from '../../core/vault';
import { EXIT, type Command } from '../context';

export const restore: Command = {
  name: 'restore',
  help: `  restore <vault> <backup>                  restore a backup (the current vault is backed up first); it keeps
                                            the current passphrase and recovery code (COMPEER_PASSPHRASE);
                                            a backup from before a passphrase change needs its own
                                            (COMPEER_BACKUP_PASSPHRASE, or asked)
`,
  run: async (ctx) => {
    const [path, backup] = ctx.paths(2, '<vault> <backup>');
    const current = await ctx.secret('COMPEER_PASSPHRASE', 'Your current passphrase: ');
    const opts = { now: ctx.io.now, takeOverLock: ctx.options['take-over-lock'], dataDir: ctx.dataDir };
    let backupPassphrase = ctx.io.env.COMPEER_BACKUP_PASSPHRASE || undefined;
    let result;
    try {
      result = await Vault.restoreBackup(path!, backup!, current, { ...opts, backupPassphrase });
    } catch (e) {
      // the backup may be from before a passphrase change: ask for the one it was made with
      if (
        !(e instanceof CompeerError && e.code === 'WRONG_PASSPHRASE' && /this backup/.test(e.message)) ||
        backupPassphrase ||
        !ctx.io.prompt
      )
        throw e;
      ctx.io.stderr(`${e.message}\n`);
      backupPassphrase = await ctx.secret('COMPEER_BACKUP_PASSPHRASE', "The backup's passphrase: ");
      result = await Vault.restoreBackup(path!, backup!, current, { ...opts, backupPassphrase });
    }
    const name = backup!.split(/[\\/]/).pop();
    ctx.io.stderr(`Restored ${name} into ${path}. The vault as it was before is in its backups.\n`);
    if (result.keys === 'backup') {
      ctx.io.stderr('The vault file could not be read, so the backup keeps the passphrase and recovery code it was made with.\n');
    } else {
      ctx.io.stderr('It opens with your current passphrase and recovery code.\n');
    }
    return EXIT.ok;
  },
};
