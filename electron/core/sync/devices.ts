import type { Conflict } from './merge';
import { syncToolOf } from './detect';
import type { DeviceReport, SharedVault } from './shared-vault';

/**
 * The devices that write a vault and the changes made on two of them at once: what
 * `compeer devices --json` prints (its fields, kept exactly) and what the app's Settings
 * shows (which also needs `behind` and `thisDevice`). Never a confidential value: names of
 * devices, counts, dates, and where two changes met (collection, record id, field).
 */
export interface DevicesAnswer {
  /** the vault is one several devices write through a synced folder */
  shared: boolean;
  /** the sync tool that manages the folder a single-device vault is in, if one is recognised */
  syncTool: string | null;
  devices: DeviceReport[];
  conflicts: Conflict[];
}

export function devicesOfShared(v: SharedVault): DevicesAnswer {
  return { shared: true, syncTool: null, devices: v.devices(), conflicts: v.conflicts() };
}

/** A vault file only this device writes: no devices to list, and maybe a sync tool that could carry it. */
export async function devicesOfFile(vaultPath: string): Promise<DevicesAnswer> {
  return { shared: false, syncTool: await syncToolOf(vaultPath), devices: [], conflicts: [] };
}

/** The CLI's `--json` shape, exactly: `{ devices: [{ id, name, lastChange, changes }], conflicts }`. */
export function devicesJson(a: DevicesAnswer): {
  devices: Pick<DeviceReport, 'id' | 'name' | 'lastChange' | 'changes'>[];
  conflicts: Conflict[];
} {
  return {
    devices: a.devices.map(({ id, name, lastChange, changes }) => ({ id, name, lastChange, changes })),
    conflicts: a.conflicts,
  };
}
