import { expect, test } from 'vitest';
import { dataFolder } from '../../electron/cli/data-folder';

test("the command line's data folder is the app's own (Electron's userData) on each system, or COMPEER_HOME", () => {
  expect(dataFolder({ HOME: '/home/ana' }, 'linux')).toBe('/home/ana/.config/Compeer');
  expect(dataFolder({ HOME: '/home/ana', XDG_CONFIG_HOME: '/home/ana/conf' }, 'linux')).toBe('/home/ana/conf/Compeer');
  expect(dataFolder({ HOME: '/Users/ana' }, 'darwin')).toBe('/Users/ana/Library/Application Support/Compeer');
  expect(dataFolder({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming', HOME: 'C:\\Users\\ana' }, 'win32')).toBe(
    'C:\\Users\\ana\\AppData\\Roaming\\Compeer',
  );
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    expect(dataFolder({ COMPEER_HOME: '/elsewhere', HOME: '/home/ana', APPDATA: 'C:\\x' }, platform)).toBe('/elsewhere');
    // no home named at all: none (only the copy beside the backups is kept)
    expect(dataFolder({}, platform)).toBeNull();
    expect(dataFolder({ COMPEER_HOME: ' ', HOME: '' }, platform)).toBeNull();
  }
});
