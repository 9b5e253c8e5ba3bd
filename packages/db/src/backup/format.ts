/**
 * A thidua backup is JSON lines: a header, then the rows of each table in batches, parents before
 * children. Every row is PostgreSQL's own JSON of it (row_to_json), read back by
 * json_populate_recordset, so decimals, times and JSON columns come back exactly, and a backup of
 * PGlite restores into PostgreSQL and the other way round.
 */
export const BACKUP_FORMAT = "thidua-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** The schema the rows belong to: the migrations applied to the database backed up. */
  migrations: { name: string; checksum: string }[];
  tables: string[];
}

/** One batch of a table's rows, each as its JSON text. */
export interface BackupBatch {
  table: string;
  rows: unknown[];
}

/** The last line: a backup without it was cut short and is never restored. */
export interface BackupEnd {
  end: true;
  rows: Record<string, number>;
}
