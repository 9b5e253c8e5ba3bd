import path from "node:path";
import { resolveDatabaseTarget } from "../target";
import { backupToFile, restoreFromFile } from "./files";

/**
 * `pnpm db:backup FILE` and `pnpm db:restore FILE [--replace]` on the database DATABASE_URL or
 * PGLITE_DIR names (./data/pglite by default). FILE is relative to where pnpm was run.
 */
const [command, file, ...flags] = process.argv.slice(2);
const usage = "usage: pnpm db:backup FILE | pnpm db:restore FILE [--replace]";
if ((command !== "backup" && command !== "restore") || !file) {
  console.error(usage);
  process.exit(2);
}
const where = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const target = resolveDatabaseTarget();
const name = target.kind === "pglite" ? `PGlite at ${target.dataDir}` : "PostgreSQL";

try {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  if (command === "backup") {
    const how = await backupToFile(target, where);
    console.log(
      `thidua: backed up ${name}${how === "server" ? " through the running server" : ""} into ${where} in ${seconds()} s`,
    );
  } else {
    const end = await restoreFromFile(target, where, { replace: flags.includes("--replace") });
    const rows = Object.values(end.rows).reduce((sum, count) => sum + count, 0);
    console.log(
      `thidua: restored ${rows} rows of ${Object.keys(end.rows).length} tables from ${where} into ${name} in ${seconds()} s`,
    );
  }
} catch (error) {
  console.error(`thidua: ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
