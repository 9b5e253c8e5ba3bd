import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { applyPendingMigrations, type RawSql } from "./migrate";
import { lockDataDir, openPglite, PgliteAdapterFactory } from "./pglite";
import { createPostgresAdapter, createPostgresPool } from "./postgres";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** Migrations this open applied (empty when the database was up to date). */
  appliedMigrations: string[];
  close(): Promise<void>;
}

function pgliteRaw(pglite: PGlite): RawSql {
  return {
    exec: async (script) => {
      await pglite.exec(script);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await pglite.query<T>(sql, params)).rows,
    // PGlite is single-connection and now guarded by our lock file: nobody else can migrate.
    exclusive: (work) => work(),
  };
}

// Any fixed number works; it only has to be the same for every thidua process.
const MIGRATION_LOCK_KEY = 7_362_104;

function postgresRaw(pool: pg.Pool): RawSql {
  let client: pg.PoolClient | undefined;
  const run = async <T>(sql: string, params?: unknown[]) => {
    const result = await (client ?? pool).query(sql, params);
    return result.rows as T[];
  };
  return {
    exec: async (script) => {
      await run(script);
    },
    query: run,
    exclusive: async (work) => {
      client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
        client.release();
        client = undefined;
      }
    },
  };
}

/** A connection without Prisma and without migrating: what backups and restores work on. */
export interface RawDatabase {
  target: DatabaseTarget;
  raw: RawSql;
  close(): Promise<void>;
}

/** Opens the database's raw driver (taking the PGlite folder's lock) and leaves its schema as it is. */
export async function openRawDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Promise<RawDatabase> {
  if (target.kind === "postgres") {
    const pool = createPostgresPool(target.url, 2);
    return { target, raw: postgresRaw(pool), close: () => pool.end() };
  }
  const release = target.dataDir.startsWith("memory://") ? async () => undefined : await lockDataDir(target.dataDir);
  try {
    const pglite = await openPglite(target.dataDir);
    return {
      target,
      raw: pgliteRaw(pglite),
      close: async () => {
        await pglite.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * Opens the database this process uses (PGlite in a folder by default, PostgreSQL when
 * DATABASE_URL names one) and brings its schema up to date. One per process.
 */
export async function openDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = createPostgresPool(target.url);
    const appliedMigrations = await applyPendingMigrations(postgresRaw(pool));
    const prisma = new PrismaClient({ adapter: createPostgresAdapter(pool) });
    return {
      prisma,
      target,
      appliedMigrations,
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }

  const release = target.dataDir.startsWith("memory://") ? async () => undefined : await lockDataDir(target.dataDir);
  try {
    const pglite = await openPglite(target.dataDir);
    const appliedMigrations = await applyPendingMigrations(pgliteRaw(pglite));
    const prisma = new PrismaClient({ adapter: new PgliteAdapterFactory(pglite) });
    return {
      prisma,
      target,
      appliedMigrations,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
