export { SharedVault, findShared, sharedFolderOf, type DeviceReport, type SharedOptions } from './shared-vault';
export { conflictOf } from './folder';
export type { Conflict } from './merge';
export { devicesJson, devicesOfFile, devicesOfShared, type DevicesAnswer } from './devices';
export {
  conflictCopiesOf,
  conflictCopyNames,
  mergeCopy,
  mergeCopyFile,
  mergeCopyInto,
  type CopyMerge,
  type CopyMergeResult,
} from './file-copies';
export { SharedWorkingCopy, type SharedCredential, type WorkingCopyOptions } from './working-copy';
export { diffOps } from './diff';
export { checkChoice, conflictVersions, findConflict, type ConflictKey, type ConflictVersion } from './conflict-view';
