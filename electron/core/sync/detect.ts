import { access } from 'node:fs/promises';
import { dirname, join, parse, sep } from 'node:path';

/**
 * The sync tool that manages the folder a vault is in, if one is recognised: by the marker
 * files they keep at the top of what they sync, or by the folder names they make. Only a
 * hint for offering to share the vault between devices; nothing depends on it.
 */
const MARKERS: readonly [string, string][] = [
  ['.stfolder', 'Syncthing'],
  ['.dropbox', 'Dropbox'],
  ['.dropbox.cache', 'Dropbox'],
  ['.sync', 'Resilio Sync'],
  ['.nextcloudsync.log', 'Nextcloud'],
  ['.owncloudsync.log', 'ownCloud'],
];
const NAMES: readonly [RegExp, string][] = [
  [/^Dropbox( \(.*\))?$/, 'Dropbox'],
  [/^OneDrive( - .*)?$/, 'OneDrive'],
  [/^Google Drive$|^My Drive$/, 'Google Drive'],
  [/^iCloud Drive$|^Mobile Documents$/, 'iCloud Drive'],
  [/^Nextcloud$/, 'Nextcloud'],
  [/^Sync$/, 'Syncthing'],
];

export async function syncToolOf(vaultPath: string): Promise<string | null> {
  let dir = dirname(vaultPath);
  const root = parse(dir).root;
  for (let depth = 0; depth < 12; depth++) {
    for (const [marker, tool] of MARKERS) {
      if (
        await access(join(dir, marker)).then(
          () => true,
          () => false,
        )
      )
        return tool;
    }
    const name = dir.split(sep).pop() ?? '';
    for (const [re, tool] of NAMES) if (re.test(name)) return tool;
    if (dir === root) break;
    dir = dirname(dir);
  }
  return null;
}
