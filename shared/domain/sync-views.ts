/** What the window shows of a vault shared between devices: made by the sync core, read by the window over the IPC contract. */

/** One version of a change made on two devices at once, as Settings shows it (the sync core makes it, the window reads it). */
export interface ConflictVersion {
  /** what to send back to choose it */
  index: number;
  device: string;
  deviceName: string;
  /** when it was made (ISO) */
  at: string;
  /** this version removes the field (or, for a deletion, the record) */
  removed: boolean;
  /** its text is confidential: `value` is null until the person reveals it */
  confidential: boolean;
  /** the value in words (a list joined, anything else as written); null while confidential and not revealed */
  value: string | null;
}

/** One device as the Settings list and `devices --json` show it. */
export interface DeviceReport {
  id: string;
  name: string;
  /** when its newest change this device has was made (ISO), or null */
  lastChange: string | null;
  /** how many of its changes this device has */
  changes: number;
  /** its files in the shared folder look older than what this device has already seen */
  behind: boolean;
  thisDevice: boolean;
}
