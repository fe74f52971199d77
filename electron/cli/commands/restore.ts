import { Vault } from '../../core/vault';
import { EXIT, type Command } from '../context';

export const restore: Command = {
  name: 'restore',
  help: '  restore <vault> <backup>                  restore a backup (the current vault is backed up first)\n',
  run: async (ctx) => {
    const [path, backup] = ctx.paths(2, '<vault> <backup>');
    const pass = await ctx.secret('COMPEER_PASSPHRASE', "The backup's passphrase: ");
    await Vault.restoreBackup(path!, backup!, pass, { now: ctx.io.now });
    ctx.io.stderr(`Restored ${backup!.split(/[\\/]/).pop()} into ${path}. The vault as it was before is in its backups.\n`);
    return EXIT.ok;
  },
};
