import { applyPendingMigrations, CREATE_HISTORY, readMigrations, type RawSql } from "../migrate";
import { quoteIdent, readTables } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupBatch, type BackupEnd, type BackupHeader } from "./format";

export class RestoreRefused extends Error {}

async function dropEverything(raw: RawSql): Promise<void> {
  const tables = await raw.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r'`,
  );
  for (const { name } of tables) await raw.exec(`DROP TABLE IF EXISTS ${quoteIdent(name)} CASCADE`);
  const types = await raw.query<{ name: string }>(
    `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = current_schema() AND t.typtype = 'e'`,
  );
  for (const { name } of types) await raw.exec(`DROP TYPE IF EXISTS ${quoteIdent(name)} CASCADE`);
}

/** Tables holding any row: a restore into them would lose what they hold. */
async function tablesWithRows(raw: RawSql): Promise<string[]> {
  const tables = await readTables(raw.query);
  const filled: string[] = [];
  for (const table of tables) {
    const [row] = await raw.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS any`);
    if (row?.any) filled.push(table.name);
  }
  return filled;
}

function checkHeader(line: string | undefined): BackupHeader {
  const header = (line ? JSON.parse(line) : null) as Partial<BackupHeader> | null;
  if (header?.format !== BACKUP_FORMAT) throw new RestoreRefused("This file is not a thidua backup.");
  if (header.version !== BACKUP_VERSION) {
    throw new RestoreRefused(
      `This backup has format version ${header.version}; this thidua reads version ${BACKUP_VERSION}.`,
    );
  }
  return header as BackupHeader;
}

export interface RestoreOptions {
  /** Overwrite a database that holds data; without it such a restore is refused. */
  replace?: boolean;
}

/**
 * Restores a backup in one transaction: the schema the backup was taken at (its own migrations),
 * then every row, then any migration newer than the backup. A database that holds any row is
 * refused unless `replace` is given; a backup cut short (no end line) is refused and nothing changes.
 */
export async function restoreBackup(
  raw: RawSql,
  lines: AsyncIterable<string>,
  { replace = false }: RestoreOptions = {},
): Promise<BackupEnd> {
  const known = new Map(readMigrations().map((migration) => [migration.name, migration]));
  const end = await raw.exclusive(async () => {
    await raw.exec("BEGIN");
    try {
      const iterator = lines[Symbol.asyncIterator]();
      const header = checkHeader((await iterator.next()).value as string | undefined);
      const migrations = header.migrations.map(({ name, checksum }) => {
        const migration = known.get(name);
        if (!migration)
          throw new RestoreRefused(
            `The backup needs migration ${name}, which this thidua does not have: use a newer thidua.`,
          );
        if (migration.checksum !== checksum)
          throw new RestoreRefused(`Migration ${name} differs from the one the backup was taken with.`);
        return migration;
      });
      const filled = await tablesWithRows(raw);
      if (filled.length > 0 && !replace) {
        throw new RestoreRefused(
          `The database is not empty (${filled.join(", ")} hold data). Restore into an empty database, or pass --replace to overwrite everything in it.`,
        );
      }
      await dropEverything(raw);
      await raw.exec(CREATE_HISTORY);
      for (const migration of migrations) {
        await raw.exec(migration.sql);
        await raw.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (gen_random_uuid()::text, $1, now(), $2, 1)`,
          [migration.checksum, migration.name],
        );
      }
      const restored: Record<string, number> = {};
      for (;;) {
        const { value, done } = await iterator.next();
        if (done)
          throw new RestoreRefused(
            "The backup is incomplete (it was cut short while being written); nothing was restored.",
          );
        const line = JSON.parse(value as string) as BackupBatch | BackupEnd;
        if ("end" in line) {
          for (const [table, count] of Object.entries(line.rows)) {
            if ((restored[table] ?? 0) !== count)
              throw new RestoreRefused(
                `The backup holds ${restored[table] ?? 0} rows of ${table}, not the ${count} it announces.`,
              );
          }
          await raw.exec("COMMIT");
          return line;
        }
        await raw.query(
          `INSERT INTO ${quoteIdent(line.table)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(line.table)}, $1::json)`,
          [JSON.stringify(line.rows)],
        );
        restored[line.table] = (restored[line.table] ?? 0) + line.rows.length;
      }
    } catch (error) {
      await raw.exec("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
  // Rows from an older thidua are brought up to this one's schema like any database.
  await applyPendingMigrations(raw);
  return end;
}
