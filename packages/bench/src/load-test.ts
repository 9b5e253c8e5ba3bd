import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import superjson from "superjson";
import { httpClient, startServerProcess } from "@thidua/server/testing";
import { BENCH_PASSWORD, BENCH_USERNAME, BENCH_YEAR, type NationalData } from "./national-data";
import { pick } from "./scenarios";

/** How long each run lasts: long enough for a steady state, short enough for the whole bench. */
const SECONDS = 10;
export const LOAD_CLIENTS = [10, 50] as const;

export interface LoadFigures {
  clients: number;
  requestsPerSecond: number;
  /** Latency percentiles in ms (autocannon reports p90 and p97.5, not p95). */
  p50: number;
  p90: number;
  p975: number;
  /** Requests that failed or timed out (autocannon's 10 s), and answers other than 2xx. */
  errors: number;
  non2xx: number;
}

export interface LoadReport {
  runs: LoadFigures[];
  /** Resident memory of the server process in MB: started, warmed up, after the runs. */
  memory: { started: number; after: number };
}

const residentMb = async (pid: number | undefined) => {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

/**
 * The bloc ranking under load over a real socket: the real server as its own process on loopback,
 * signed in as the bench's administrator, gzip as browsers ask, 10 and then 50 clients each asking
 * again as soon as answered, each request for another bloc.
 */
export async function measureLoad(env: Record<string, string>, data: NationalData): Promise<LoadReport> {
  const server = await startServerProcess({ THIDUA_SEED: "none", LOG_LEVEL: "warn", ...env });
  try {
    const session = httpClient(server.url);
    await session.client.auth.login.mutate({ username: BENCH_USERNAME, password: BENCH_PASSWORD });
    const cookie = session.setCookies.at(-1)?.split(";")[0] ?? "";
    const started = await residentMb(server.child.pid);
    let next = 0;
    const path = () => {
      const input = { blocId: pick(data.blocs, next++).id, year: BENCH_YEAR, quarter: 4 };
      return `/trpc/rankings.bloc?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    };
    const runs: LoadFigures[] = [];
    for (const clients of LOAD_CLIENTS) {
      const result = await autocannon({
        url: server.url,
        connections: clients,
        duration: SECONDS,
        headers: { cookie, "accept-encoding": "gzip" },
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: path() }) }],
      });
      runs.push({
        clients,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p975: result.latency.p97_5,
        errors: result.errors,
        non2xx: result.non2xx,
      });
    }
    return { runs, memory: { started, after: await residentMb(server.child.pid) } };
  } finally {
    await server.stop();
  }
}
