import { COLLECTION_NAMES } from '../../../shared/schema/document';
import { Vault } from '../../core/vault';
import { EXIT, plural, type Command } from '../context';

export const verify: Command = {
  name: 'verify',
  help: '  verify <vault>                            decrypt, validate, print a count per collection\n',
  run: async (ctx) => {
    const { io } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const vault = ctx.keep(await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true }));
    await vault.validate();
    const counts = vault.counts();
    const st = vault.status();
    for (const c of COLLECTION_NAMES) await ctx.out(`${c}\t${counts[c]}\n`);
    io.stderr(`OK: ${path} decrypts and is valid (${st.fileBytes} bytes, save ${st.saveCounter}, ${plural(st.pendingRecords, 'change record')}).\n`);
    if (st.droppedTornRecord) io.stderr('Note: an unfinished change from an interrupted save was ignored; it had not been saved.\n');
    if (st.possibleRollback) io.stderr('Warning: a backup is newer than this vault. If you did not restore an old copy yourself, someone may have replaced the vault with an older one.\n');
    return EXIT.ok;
  },
};
