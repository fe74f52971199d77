import { lossSentence, lostChanges } from '../../shared/domain/vault-loss';
import { CompeerError } from '../../shared/errors';
import { Vault, type VaultLoss } from '../core/vault';
import type { CommandContext } from './context';

/** What a writing command says when saved changes are missing: the count, the backups, and the way on. */
export function lossRefusal(path: string, loss: VaultLoss): string {
  const where = loss.backup
    ? `The newest backup that holds them is ${loss.backup.name}: compeer restore ${path} ${loss.backup.name} (compeer backups ${path} lists them all).`
    : `No backup holds them (compeer backups ${path} lists the backups). If you have a newer copy of this vault (another computer, a sync tool's copy), put it in place instead.`;
  return (
    `Refused: ${lossSentence(loss)} Nothing was changed.\n${where}\n` +
    'To go on without them, run the command again with --accept-loss: the vault then records that you chose to.'
  );
}

/**
 * Open a vault to write (import, passwd). With saved changes missing from its file, a write
 * would hide the loss for good (the next whole save leaves no trace of it), so it is refused
 * (exit 4) unless --accept-loss is given, which records the choice in the vault first.
 */
export async function openToWrite(ctx: CommandContext, path: string, passphrase: string): Promise<Vault> {
  const vault = ctx.keep(await Vault.open(path, passphrase, { takeOverLock: ctx.options['take-over-lock'], dataDir: ctx.dataDir }));
  const loss = vault.status().loss;
  if (!loss) return vault;
  if (!ctx.options['accept-loss']) throw new CompeerError('CHANGES_MISSING', lossRefusal(path, loss));
  await vault.acceptLoss(ctx.io.now());
  ctx.io.stderr(
    `Accepted: the vault goes on without ${lostChanges(loss)}. The choice is recorded in the vault; the file as it was is kept in its backups.\n`,
  );
  return vault;
}
