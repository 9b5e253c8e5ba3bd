import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createScratchPostgres } from "@thidua/db/testing";
import { startServerProcess, type ServerProcess } from "@thidua/server/testing";

export type Engine = "pglite" | "postgres";

/** A real server process on its own database, seeded with the demo data on first start, that can be crashed and restarted. */
export interface ProbedServer {
  engine: Engine;
  current: ServerProcess;
  restart(): Promise<ServerProcess>;
  close(): Promise<void>;
}

export async function startProbedServer(engine: Engine): Promise<ProbedServer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-probe-"));
  const scratch = engine === "postgres" ? await createScratchPostgres() : null;
  const env = {
    WEB_DIST: path.join(folder, "no-dashboard"),
    LOG_LEVEL: "fatal",
    ...(scratch ? { DATABASE_URL: scratch.url } : { PGLITE_DIR: path.join(folder, "pglite") }),
  };
  const server: ProbedServer = {
    engine,
    current: await startServerProcess(env),
    restart: async () => (server.current = await startServerProcess(env)),
    close: async () => {
      await server.current.stop();
      await scratch?.drop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return server;
}
