import { quoteIdent, readTables, type Query, type Table } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupEnd, type BackupHeader } from "./format";

const BATCH_ROWS = 1000;
/** Evidence slices are 256 KiB (512 KiB as hex in JSON): 8 of them keep a batch line near 4 MB. */
const BYTES_BATCH_ROWS = 8;

type Write = (line: string) => Promise<void> | void;

const batchLine = (table: string, rows: string[]) => `{"table":${JSON.stringify(table)},"rows":[${rows.join(",")}]}`;

/** A table's rows in primary-key order, a page at a time (keyset, so a large table costs no more per page). */
async function writeRows(query: Query, table: Table, write: Write): Promise<number> {
  if (table.primaryKey.length === 0) throw new Error(`Table ${table.name} has no primary key; it cannot be backed up.`);
  const keys = table.primaryKey.map((column) => `t.${quoteIdent(column)}`).join(", ");
  const aliases = table.primaryKey.map((_, index) => `k${index}`);
  const select = table.primaryKey.map((column, index) => `t.${quoteIdent(column)} AS ${aliases[index]}`).join(", ");
  let after: unknown[] | null = null;
  let count = 0;
  for (;;) {
    const where: string = after ? `WHERE (${keys}) > (${after.map((_, index) => `$${index + 1}`).join(", ")})` : "";
    const page: Record<string, unknown>[] = await query<Record<string, unknown>>(
      `SELECT row_to_json(t)::text AS row, ${select} FROM ${quoteIdent(table.name)} t ${where} ORDER BY ${keys} LIMIT ${table.holdsBytes ? BYTES_BATCH_ROWS : BATCH_ROWS}`,
      after ?? [],
    );
    if (page.length === 0) return count;
    await write(
      batchLine(
        table.name,
        page.map((row) => row.row as string),
      ),
    );
    count += page.length;
    const last: Record<string, unknown> = page[page.length - 1]!;
    after = aliases.map((alias) => last[alias]);
  }
}

/** A table that references itself (units under their province): parents before their children. */
async function writeTreeRows(query: Query, table: Table, write: Write): Promise<number> {
  const { columns, references } = table.selfReference!;
  const rows = (
    await query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${quoteIdent(table.name)} t`)
  ).map((row) => ({ text: row.row, value: JSON.parse(row.row) as Record<string, unknown> }));
  const keyOf = (row: Record<string, unknown>, names: string[]) => JSON.stringify(names.map((name) => row[name]));
  const written = new Set<string>();
  let left = rows;
  while (left.length > 0) {
    const ready = left.filter(
      ({ value }) => columns.some((column) => value[column] === null) || written.has(keyOf(value, columns)),
    );
    // A cycle (not possible with our data): write the rest and let the restore report it.
    const batch = ready.length > 0 ? ready : left;
    for (let start = 0; start < batch.length; start += BATCH_ROWS) {
      await write(
        batchLine(
          table.name,
          batch.slice(start, start + BATCH_ROWS).map((row) => row.text),
        ),
      );
    }
    for (const { value } of batch) written.add(keyOf(value, references));
    left = left.filter((row) => !batch.includes(row));
  }
  return rows.length;
}

/**
 * Writes a backup of every table, read through `query`, which the caller runs inside one
 * repeatable-read transaction so the rows are one consistent moment of the database.
 */
export async function writeBackup(query: Query, write: Write): Promise<BackupEnd> {
  const tables = await readTables(query);
  const migrations = await query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: migrations.map(({ name, checksum }) => ({ name, checksum })),
    tables: tables.map((table) => table.name),
  };
  await write(JSON.stringify(header));
  const end: BackupEnd = { end: true, rows: {} };
  for (const table of tables) {
    end.rows[table.name] = table.selfReference
      ? await writeTreeRows(query, table, write)
      : await writeRows(query, table, write);
  }
  await write(JSON.stringify(end));
  return end;
}
