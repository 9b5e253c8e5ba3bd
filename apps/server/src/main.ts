import { randomBytes } from "node:crypto";
import { serve } from "@hono/node-server";
import { openDatabase } from "@thidua/db";
import { removeControl, writeControl } from "@thidua/db/backup";
import { createFirstAdministrator, DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from "@thidua/db/seed";
import { createApp } from "./app";
import { logger } from "./logger";
import { trustedProxyHops } from "./proxy";
import { DEFAULT_WEB_ROOT } from "./web-app";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
/** THIDUA_SEED=none: a production database, which starts with one administrator instead of the demo. */
const demo = process.env.THIDUA_SEED !== "none";

const stopWith = (message: string): never => {
  console.error(`thidua cannot start: ${message}`);
  process.exit(1);
};
let trustedProxies = 0;
try {
  trustedProxies = trustedProxyHops(process.env.TRUST_PROXY);
} catch (error) {
  stopWith((error as Error).message);
}

// A second process on the same PGlite folder, or an unreachable server: say why in one line and stop.
const database = await openDatabase().catch((error: unknown) =>
  stopWith(error instanceof Error ? error.message : String(error)),
);
const where = database.target.kind === "pglite" ? `PGlite at ${database.target.dataDir}` : "PostgreSQL";
logger.info({ applied: database.appliedMigrations }, `database: ${where}`);

/** What the start banner says beside the address: the demo's accounts, or the first administrator's one-time password. */
let welcome: string[] = [];
if (await isDatabaseEmpty(database.prisma)) {
  const started = performance.now();
  if (demo) {
    await seedDemo(database.prisma);
    logger.info(`demo data seeded in ${Math.round(performance.now() - started)} ms`);
  } else {
    const administrator = await createFirstAdministrator(database.prisma);
    logger.info("empty production database: created the first administrator");
    welcome = [
      `First start: sign in as "${administrator.username}" with the one-time password`,
      ``,
      `    ${administrator.password}`,
      ``,
      `It is shown only now and must be changed at the first sign-in.`,
    ];
  }
}
if (demo) {
  const accounts = DEMO_ACCOUNTS.map((account) => `  ${account.username.padEnd(20)} ${account.description}`);
  welcome = [
    `Demo data: every demo account shares the published password "${DEMO_PASSWORD}".`,
    `Never use it for real data: start with THIDUA_SEED=none on an empty database (see README).`,
    ``,
    ...accounts,
  ];
}

// While this process holds the PGlite folder, `pnpm db:backup` asks it for the backup with this token.
const backupToken = randomBytes(32).toString("base64url");
const pgliteDir = database.target.kind === "pglite" ? database.target.dataDir : null;

const server = serve(
  {
    fetch: createApp(database.prisma, {
      webRoot: process.env.WEB_DIST ?? DEFAULT_WEB_ROOT,
      backupToken,
      trustedProxies,
    }).fetch,
    port,
    hostname: host,
  },
  (address) => {
    const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}`;
    if (pgliteDir)
      writeControl(pgliteDir, { url: `http://127.0.0.1:${address.port}`, token: backupToken, pid: process.pid });
    console.log(["", `thidua is running at ${url}`, "", ...welcome, ""].join("\n"));
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
