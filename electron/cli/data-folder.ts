import { join, posix, win32 } from 'node:path';

/**
 * The app's data folder as the command-line tool finds it: `COMPEER_HOME` when set, else
 * the folder Electron's `app.getPath('userData')` gives the app (its `appData` folder and
 * the product name): Linux `$XDG_CONFIG_HOME/Compeer` or `~/.config/Compeer`, macOS
 * `~/Library/Application Support/Compeer`, Windows `%APPDATA%\Compeer`. Read from the
 * environment alone, so a test can point it anywhere; null when the environment names no
 * home at all (then only the copy of the high-water mark beside the backups is kept).
 */
export function dataFolder(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | null {
  const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
  if (set(env.COMPEER_HOME)) return env.COMPEER_HOME;
  if (platform === 'win32') return set(env.APPDATA) ? win32.join(env.APPDATA, 'Compeer') : null;
  if (platform === 'darwin') return set(env.HOME) ? posix.join(env.HOME, 'Library', 'Application Support', 'Compeer') : null;
  if (set(env.XDG_CONFIG_HOME)) return join(env.XDG_CONFIG_HOME, 'Compeer');
  return set(env.HOME) ? posix.join(env.HOME, '.config', 'Compeer') : null;
}
