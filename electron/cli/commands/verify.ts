import { dayWithYear } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { acceptedSentence, savedChanges } from '../../../shared/domain/vault-loss';
import { COLLECTION_NAMES } from '../../../shared/schema/document';
import { conflictCopiesOf } from '../../core/sync/file-copies';
import { Vault } from '../../core/vault';
import { copiesWords } from './devices';
import { EXIT, plural, type Command } from '../context';

export const verify: Command = {
  name: 'verify',
  help: '  verify <vault>                            decrypt, validate, print a count per collection\n                                            (and the meetings of groups, after groups)\n',
  run: async (ctx) => {
    const { io } = ctx;
    const [path] = ctx.paths(1, '<vault>');
    const vault = ctx.keep(
      await Vault.open(path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true, dataDir: ctx.dataDir }),
    );
    await vault.validate();
    const counts = vault.counts();
    const st = vault.status();
    for (const c of COLLECTION_NAMES) {
      await ctx.out(`${c}\t${counts[c]}\n`);
      // meetings live inside their groups; counted on their own line after them
      if (c === 'groups') await ctx.out(`meetings\t${vault.data.groups.reduce((n, g) => n + g.meetings.length, 0)}\n`);
    }
    io.stderr(
      `OK: ${path} decrypts and is valid (${st.fileBytes} bytes, save ${st.saveCounter}, ${plural(st.pendingRecords, 'change record')}).\n`,
    );
    if (st.droppedTornRecord) io.stderr('Note: an unfinished change from an interrupted save was ignored; it had not been saved.\n');
    if (st.possibleRollback) {
      io.stderr(
        'Warning: a backup is as new as this vault or newer. If you did not put an old copy back yourself, someone may have replaced the vault with an older one.\n',
      );
    }
    if (st.missingRecords > 0) {
      io.stderr(
        `Damaged: ${plural(st.missingRecords, 'saved change')} missing: the file was cut short or replaced by an older copy. Restore a backup if you need them (compeer backups).\n`,
      );
    }
    if (st.commitUnreadable) io.stderr("Damaged: the file's count of saved changes cannot be read, so changes may be missing.\n");
    const loss = st.loss;
    if (loss?.cause === 'rollback') {
      io.stderr(
        `Damaged: ${loss.missing === null ? 'saved changes' : savedChanges(loss.missing)} missing: this file is an older copy of the vault than the newest one saved on this computer (it was put back, by a sync tool or a restore from another drive). Restore a backup, or put a newer copy in place, if you have one (compeer backups).\n`,
      );
    }
    if (loss) {
      io.stderr(loss.backup ? `The newest backup that holds them: ${loss.backup.name}.\n` : 'No backup holds them.\n');
      io.stderr('import and passwd refuse this vault until a backup is restored (compeer restore) or they are run with --accept-loss.\n');
    }
    if (st.markCheck === 'none') {
      io.stderr(
        "Note: no record of this vault's newest save was found (the first check on this computer, or the record was deleted), so whether an older copy was put back could not be checked.\n",
      );
    } else if (st.markCheck === 'unverified') {
      io.stderr(
        "Warning: the record of this vault's newest save does not verify (it was changed, or this file is a copy from before a passphrase change), so whether an older copy was put back could not be checked.\n",
      );
    }
    for (const a of st.acceptedLosses) io.stderr(`Note: on ${dayWithYear(dayOf(new Date(a.on)))} ${acceptedSentence(a)}.\n`);
    copiesWords(ctx, path!, await conflictCopiesOf(path!));
    return st.missingRecords > 0 || st.commitUnreadable || loss ? EXIT.damaged : EXIT.ok;
  },
};
