export { Vault, type VaultOptions, type CreateOptions, type VaultStatus, type VaultOp } from './vault';
export { DEFAULT_KDF, KDF_LIMITS, type KdfParams } from './format';
export type { BackupInfo } from './backups';
