import { dirname } from 'node:path';
import { devicesOfFile, devicesOfShared } from '../../core/sync';
import type { AppSettings } from '../../../shared/ipc/contract';
import type { AppSession } from '../session';
import type { Handlers } from '../dispatch';

type VaultChannels =
  | 'vault:state'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:unlockWithRecoveryCode'
  | 'vault:lock'
  | 'vault:changePassphrase'
  | 'vault:listBackups'
  | 'vault:devices'
  | 'vault:conflictVersions'
  | 'vault:resolveConflict'
  | 'vault:share'
  | 'vault:sync'
  | 'vault:mergeCopy'
  | 'vault:restoreBackup'
  | 'vault:restoreNewestBackup'
  | 'vault:acceptLoss'
  | 'vault:showFolder'
  | 'settings:get'
  | 'settings:update';

/** Opening, locking and looking after the vault itself. */
export function vaultHandlers(session: AppSession): Pick<Handlers, VaultChannels> {
  const settings = (): AppSettings => ({ ...session.requireVault().data.settings, vaultPath: session.vaultPath });

  return {
    'vault:state': () => session.state(),
    'vault:create': async ({ passphrase }) => ({ recoveryCode: await session.create(passphrase) }),
    'vault:unlock': async ({ passphrase, takeOverLock }) => {
      await session.unlock(passphrase, takeOverLock === true);
      return session.state();
    },
    'vault:unlockWithRecoveryCode': async ({ code, newPassphrase, acceptLoss }) => ({
      recoveryCode: await session.unlockWithRecoveryCode(code, newPassphrase, acceptLoss === true),
    }),
    'vault:lock': async () => {
      await session.lock('user');
      return session.state();
    },
    'vault:changePassphrase': async ({ current, next }) => ({ recoveryCode: await session.changePassphrase(current, next) }),
    'vault:listBackups': async () => (await session.listBackups()).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes })),
    // a shared vault's answer is the one `compeer devices` gives
    'vault:devices': () => {
      session.requireVault();
      const shared = session.shared;
      return shared ? Promise.resolve(devicesOfShared(shared.shared)) : devicesOfFile(session.vaultPath);
    },
    'vault:conflictVersions': ({ conflict, reveal }) => Promise.resolve(session.conflictVersions(conflict, reveal)),
    'vault:resolveConflict': async ({ conflict, choice }) => {
      await session.resolveConflict(conflict, choice);
      return devicesOfShared(session.shared!.shared);
    },
    'vault:share': ({ passphrase }) => session.share(passphrase),
    'vault:sync': async () => ({ changed: await session.syncShared() }),
    'vault:mergeCopy': ({ name, passphrase }) => session.mergeConflictCopy(name, passphrase),
    'vault:restoreBackup': async ({ name, passphrase, backupPassphrase }) => {
      await session.restoreBackup(name, passphrase, backupPassphrase);
      return session.state();
    },
    'vault:restoreNewestBackup': async ({ passphrase }) => {
      const restored = await session.restoreNewestBackup(passphrase);
      return { restored, ...(await session.state()) };
    },
    'vault:acceptLoss': async () => {
      await session.acceptLoss();
      return session.state();
    },
    'vault:showFolder': () => {
      // only while unlocked: a locked screen has no business opening folders
      session.requireVault();
      return Promise.resolve({ folder: dirname(session.vaultPath) });
    },
    'settings:get': () => Promise.resolve(settings()),
    'settings:update': async (patch) => {
      const vault = session.requireVault();
      await vault.apply([{ op: 'set', key: 'settings', value: { ...vault.data.settings, ...patch } }]);
      return settings();
    },
  };
}
