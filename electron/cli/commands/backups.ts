import { Vault } from '../../core/vault';
import { EXIT, type Command } from '../context';

export const backups: Command = {
  name: 'backups',
  help: "  backups <vault>                           list the vault's backups\n",
  run: async (ctx) => {
    const [path] = ctx.paths(1, '<vault>');
    const list = await Vault.listBackupsOf(path!);
    if (list.length === 0) ctx.io.stderr('No backups yet: one is made each time the vault is saved afresh (on lock and quit).\n');
    for (const b of list) await ctx.out(`${b.name}\t${b.createdAt}\t${b.bytes}\n`);
    return EXIT.ok;
  },
};
