/** Runs one query on the connection (and snapshot) a backup or restore works in. */
export type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface Table {
  name: string;
  primaryKey: string[];
  /** A foreign key onto the table itself (a unit's parent): its rows must come parents first. */
  selfReference: { columns: string[]; references: string[] } | null;
  /** Holds a bytea column (evidence file slices): its rows are large, so fewer go in one batch. */
  holdsBytes: boolean;
}

/** Migration bookkeeping is not data: a restore rebuilds it from the migrations the backup names. */
const HISTORY_TABLE = "_prisma_migrations";

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The schema's tables, each after every table it references, so rows can be inserted in that
 * order without deferring constraints (which Prisma's foreign keys do not allow).
 */
export async function readTables(query: Query): Promise<Table[]> {
  const names = (
    await query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> $1 ORDER BY c.relname`,
      [HISTORY_TABLE],
    )
  ).map((row) => row.name);
  const keys = await query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
     WHERE i.indisprimary AND n.nspname = current_schema()
     ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const byteTables = new Set(
    (
      await query<{ table: string }>(
        `SELECT DISTINCT c.relname AS table
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.atttypid = 'bytea'::regtype AND a.attnum > 0 AND NOT a.attisdropped`,
      )
    ).map((row) => row.table),
  );
  const links = await query<{ table: string; references: string; columns: string[]; referenced: string[] }>(
    `SELECT src.relname AS table, dst.relname AS references,
       ARRAY(SELECT attname FROM unnest(k.conkey) WITH ORDINALITY AS u(num, pos)
             JOIN pg_attribute ON attrelid = k.conrelid AND attnum = u.num ORDER BY u.pos)::text[] AS columns,
       ARRAY(SELECT attname FROM unnest(k.confkey) WITH ORDINALITY AS u(num, pos)
             JOIN pg_attribute ON attrelid = k.confrelid AND attnum = u.num ORDER BY u.pos)::text[] AS referenced
     FROM pg_constraint k JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );

  const tables = new Map<string, Table>(
    names.map((name) => [
      name,
      {
        name,
        primaryKey: keys.filter((key) => key.table === name).map((key) => key.column),
        selfReference: null,
        holdsBytes: byteTables.has(name),
      },
    ]),
  );
  const dependsOn = new Map(names.map((name) => [name, new Set<string>()]));
  for (const link of links) {
    const table = tables.get(link.table);
    if (!table) continue;
    if (link.table === link.references) table.selfReference = { columns: link.columns, references: link.referenced };
    else dependsOn.get(link.table)?.add(link.references);
  }

  const ordered: Table[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: Set<string>) => {
    if (placed.has(name) || path.has(name)) return;
    path.add(name);
    for (const dependency of dependsOn.get(name) ?? []) place(dependency, path);
    placed.add(name);
    const table = tables.get(name);
    if (table) ordered.push(table);
  };
  for (const name of names) place(name, new Set());
  return ordered;
}
