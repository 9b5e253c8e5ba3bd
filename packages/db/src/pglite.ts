import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import lockfile from "proper-lockfile";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * PGlite takes no lock of its own: two processes on one folder both "work" and lose each
 * other's writes. An exclusive lock file (stale after 10 s without its owner refreshing it)
 * makes the second opener fail with a clear message instead.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}.lock`,
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised: (error) => {
        console.error(`thidua: lost the lock on ${dataDir}: ${error.message}`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new Error(
        `The embedded database at ${dataDir} is already open in another thidua process. ` +
          `Stop that process first, or point PGLITE_DIR at another folder.`,
        { cause: error },
      );
    }
    throw error;
  }
}

export async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  const pglite = new PGlite(dataDir ? { dataDir } : undefined);
  await pglite.waitReady;
  return pglite;
}

/**
 * pglite-prisma-adapter 0.6.1 does not await `executeScript`, and sends multi-statement SQL
 * through a prepared statement, which PostgreSQL refuses. Both break `prisma migrate`; this
 * wraps the adapter so scripts and parameterless statements go through `exec`.
 */
function withScriptSupport(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
    async executeScript(script: string) {
      await pglite.exec(script);
    },
    async executeRaw(query: SqlQuery) {
      if (query.args.length === 0) {
        const results = await pglite.exec(query.sql);
        return results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0);
      }
      return adapter.executeRaw(query);
    },
  });
}

export class PgliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";
  private readonly inner: PrismaPGlite;

  constructor(private readonly pglite: PGlite) {
    this.inner = new PrismaPGlite(pglite);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return withScriptSupport(await this.inner.connect(), this.pglite);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openPglite(undefined);
    return withScriptSupport(await new PrismaPGlite(shadow).connect(), shadow);
  }
}
