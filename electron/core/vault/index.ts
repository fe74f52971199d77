export {
  Vault,
  lossError,
  type VaultOptions,
  type CreateOptions,
  type VaultStatus,
  type VaultOp,
  type CloseReport,
  type VaultLoss,
} from './vault';
export type { Credential } from './adapter';
export { DEFAULT_KDF, KDF_LIMITS, type KdfParams } from './format';
export type { BackupInfo } from './backups';
