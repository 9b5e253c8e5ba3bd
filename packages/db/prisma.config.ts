import path from "node:path";
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PGLITE_PLACEHOLDER_URL, resolveDatabaseTarget, REPO_ROOT } from "./src/target";
import { lockDataDir, openPglite, PgliteAdapterFactory } from "./src/pglite";
import { createPostgresAdapter, createPostgresPool } from "./src/postgres";

// Without a postgres-looking DATABASE_URL the CLI tries to download a query engine, and without
// CHECKPOINT_DISABLE it phones home: neither works offline.
process.env.DATABASE_URL ??= PGLITE_PLACEHOLDER_URL;
process.env.CHECKPOINT_DISABLE ??= "1";

// The Prisma CLI (generate, migrate dev/diff) runs offline only through its JavaScript schema
// engine, which needs a driver adapter. The CLI may ask for it twice: build it once.
let factory: Promise<SqlMigrationAwareDriverAdapterFactory> | undefined;

async function createFactory(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") return createPostgresAdapter(createPostgresPool(target.url, 2));
  const release = await lockDataDir(target.dataDir);
  const pglite = await openPglite(target.dataDir);
  process.once("beforeExit", () => {
    void pglite.close().then(() => release());
  });
  return new PgliteAdapterFactory(pglite);
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(REPO_ROOT, "prisma", "schema.prisma"),
  migrations: { path: path.join(REPO_ROOT, "prisma", "migrations") },
  adapter: () => (factory ??= createFactory()),
});
