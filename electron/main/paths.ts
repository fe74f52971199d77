import { join } from 'node:path';

/** Where the vault lives: COMPEER_VAULT if set, else `<userData>/vault.compeer`. */
export function vaultPathFor(userData: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.COMPEER_VAULT && env.COMPEER_VAULT.trim() !== '' ? env.COMPEER_VAULT : join(userData, 'vault.compeer');
}
