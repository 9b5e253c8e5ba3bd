import { probeAccess } from "./access";
import { probeConcurrentSaves, probeCrashes } from "./saves";
import { startProbedServer, type Engine } from "./server";
import { probeSurface } from "./surface";
import { formatTallies, type Tally } from "./tally";

/**
 * `pnpm probe`: the real server tried as a hostile user would, on PGlite and on PostgreSQL, over
 * loopback only. PROBE_DB picks the engines, PROBE_ROUNDS the concurrent save rounds of each kind,
 * PROBE_KILLS the crashes. Exits non-zero when anything did not hold.
 */
const engines = (process.env.PROBE_DB ?? "pglite,postgres").split(",") as Engine[];
const rounds = Number(process.env.PROBE_ROUNDS ?? 60);
const kills = Number(process.env.PROBE_KILLS ?? 21);

let failed = false;
for (const engine of engines) {
  const started = performance.now();
  const server = await startProbedServer(engine);
  try {
    const tallies: Tally[] = [
      ...(await probeAccess(server.current.url)),
      await probeConcurrentSaves(server.current.url, rounds * 2),
      await probeCrashes(server, kills),
      ...(await probeSurface(server.current.url, server.current.child.pid!)),
    ];
    failed ||= tallies.some((line) => line.held !== line.tried);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `${formatTallies(`probe on ${engine === "pglite" ? "PGlite" : "PostgreSQL"} (${seconds} s)`, tallies)}\n`,
    );
  } finally {
    await server.close();
  }
}
process.exit(failed ? 1 : 0);
