import type { Shell } from 'electron';
import type { IpcResult } from '../../shared/ipc/result';

/**
 * `vault:showFolder` is answered in two steps: the vault's thread names the folder of the open
 * vault (the renderer never supplies a path), then this thread, which alone has Electron's
 * `shell`, opens it in the file manager. Anything else passes through untouched.
 */
export async function afterVaultCall(
  channel: string,
  result: IpcResult<unknown>,
  shell: Pick<Shell, 'openPath'>,
): Promise<IpcResult<unknown>> {
  if (channel !== 'vault:showFolder' || !result.ok) return result;
  const { folder } = result.value as { folder: string };
  const problem = await shell.openPath(folder);
  return problem ? { ok: false, error: { code: 'NOT_FOUND', message: `Could not open ${folder}: ${problem}` } } : result;
}
