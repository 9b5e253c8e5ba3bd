import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "./database";

export type TestDatabaseKind = "pglite" | "postgres";

/** The server the PostgreSQL half of the suite uses: CI and our machines run one on localhost. */
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres:postgres@127.0.0.1:5432/postgres";

export function testDatabaseKind(env: NodeJS.ProcessEnv = process.env): TestDatabaseKind {
  const kind = env.THIDUA_TEST_DB ?? "pglite";
  if (kind !== "pglite" && kind !== "postgres")
    throw new Error(`THIDUA_TEST_DB must be pglite or postgres, not ${kind}`);
  return kind;
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The PostgreSQL half of the test suite needs a server at ${adminUrl} (set TEST_DATABASE_URL, or run scripts/test.sh, which starts one): ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test PostgreSQL server, and how to drop it again. */
export async function createScratchPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_POSTGRES_URL;
  const name = `thidua_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * A fresh, migrated, empty database for one test file: in-memory PGlite, or a new database
 * on the test PostgreSQL server that is dropped again on close.
 */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<Database> {
  if (kind === "pglite") return openDatabase({ kind: "pglite", dataDir: "memory://" });

  const scratch = await createScratchPostgres();
  const database = await openDatabase({ kind: "postgres", url: scratch.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}
