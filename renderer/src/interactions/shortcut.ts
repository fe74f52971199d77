/** The shortcut that opens the Log interaction dialog from anywhere (shown in the palette and the dialog). */
export const LOG_SHORTCUT = 'mod+shift+L';

// (not imported from the shell: the palette imports this feature's commands, so that would be a cycle)
const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const MOD_KEY = mac ? '⌘' : 'Ctrl';
export const LOG_SHORTCUT_TEXT = `${MOD_KEY}+Shift+L`;
