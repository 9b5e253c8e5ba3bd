export { writeBackup } from "./dump";
export { restoreBackup, RestoreRefused, type RestoreOptions } from "./restore";
export { backupToFile, readBackupLines, restoreFromFile } from "./files";
export { readControl, removeControl, writeControl, type ServerControl } from "./control";
export type { Query } from "./catalog";
