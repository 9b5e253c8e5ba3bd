import { randomBytes } from "node:crypto";
import { serve } from "@hono/node-server";
import { openDatabase } from "@thidua/db";
import { removeControl, writeControl } from "@thidua/db/backup";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from "@thidua/db/seed";
import { createApp } from "./app";
import { logger } from "./logger";
import { DEFAULT_WEB_ROOT } from "./web-app";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

// A second process on the same PGlite folder, or an unreachable server: say why in one line and stop.
const database = await openDatabase().catch((error: unknown) => {
  console.error(`thidua cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const where = database.target.kind === "pglite" ? `PGlite at ${database.target.dataDir}` : "PostgreSQL";
logger.info({ applied: database.appliedMigrations }, `database: ${where}`);

if (process.env.THIDUA_SEED !== "none" && (await isDatabaseEmpty(database.prisma))) {
  const started = performance.now();
  await seedDemo(database.prisma);
  logger.info(`demo data seeded in ${Math.round(performance.now() - started)} ms`);
}

// While this process holds the PGlite folder, `pnpm db:backup` asks it for the backup with this token.
const backupToken = randomBytes(32).toString("base64url");
const pgliteDir = database.target.kind === "pglite" ? database.target.dataDir : null;

const server = serve(
  {
    fetch: createApp(database.prisma, { webRoot: process.env.WEB_DIST ?? DEFAULT_WEB_ROOT, backupToken }).fetch,
    port,
    hostname: host,
  },
  (address) => {
    const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}`;
    if (pgliteDir)
      writeControl(pgliteDir, { url: `http://127.0.0.1:${address.port}`, token: backupToken, pid: process.pid });
    const accounts = DEMO_ACCOUNTS.map((account) => `  ${account.username.padEnd(20)} ${account.description}`);
    console.log(
      [``, `thidua is running at ${url}`, ``, `Demo accounts (password "${DEMO_PASSWORD}"):`, ...accounts, ``].join(
        "\n",
      ),
    );
  },
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: stopping`);
  server.close();
  if (pgliteDir) removeControl(pgliteDir);
  await database.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
