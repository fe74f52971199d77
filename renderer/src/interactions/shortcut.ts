import { MOD } from '../shell/CommandPalette';

/** The shortcut that opens the Log interaction dialog from anywhere (shown in the palette and the dialog). */
export const LOG_SHORTCUT = 'mod+shift+L';
export const LOG_SHORTCUT_TEXT = `${MOD}+Shift+L`;
