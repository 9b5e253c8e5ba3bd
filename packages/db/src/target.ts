import path from "node:path";
import { fileURLToPath } from "node:url";

/** Which database this process talks to: the embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The Prisma CLI needs a postgres-looking URL even when PGlite is used; this one marks "no server". */
export const PGLITE_PLACEHOLDER_URL = "postgresql://pglite.invalid/pglite";

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && url !== PGLITE_PLACEHOLDER_URL) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must start with postgresql:// (got "${url.split(":")[0]}:")`);
    }
    return { kind: "postgres", url };
  }
  const dataDir = env.PGLITE_DIR?.trim() || path.join(REPO_ROOT, "data", "pglite");
  return { kind: "pglite", dataDir: path.resolve(dataDir) };
}
