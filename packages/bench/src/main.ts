import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "@thidua/db";
import { createScratchPostgres } from "@thidua/db/testing";
import { measureBriefing } from "./briefing";
import { measureEngine } from "./engine-floor";
import { measureLoad, type LoadReport } from "./load-test";
import { generateNationalData } from "./national-data";
import { measureApi, measureReads, OPERATIONS, type Operation } from "./scenarios";
import { measureSqlFloor } from "./sql-floor";
import { formatMs, type Timing } from "./stats";

type Kind = "pglite" | "postgres";
type Column = { title: string; timings: Partial<Record<Operation, Timing>> };

interface BenchDatabase {
  database: Database;
  /** What the server process needs to open the same database. */
  serverEnv: Record<string, string>;
  cleanUp: () => Promise<void>;
}

/** PGlite in a fresh data folder (as the app runs it), or a fresh database on the PostgreSQL test server. */
async function openBenchDatabase(kind: Kind): Promise<BenchDatabase> {
  if (kind === "postgres") {
    const scratch = await createScratchPostgres();
    const database = await openDatabase({ kind: "postgres", url: scratch.url });
    return {
      database,
      serverEnv: { DATABASE_URL: scratch.url },
      cleanUp: async () => {
        await database.close();
        await scratch.drop();
      },
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "thidua-bench-"));
  const database = await openDatabase({ kind: "pglite", dataDir });
  return {
    database,
    serverEnv: { PGLITE_DIR: dataDir },
    cleanUp: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const titleOf = (kind: Kind) => (kind === "pglite" ? "PGlite" : "PostgreSQL");

const kinds = (process.env.BENCH_DB ?? "pglite,postgres").split(",") as Kind[];
const columns: Column[] = [];
const tenth: Column[] = [];
const loads: { kind: Kind; report: LoadReport }[] = [];
for (const kind of kinds) {
  // A tenth of the country first: the same reads on 3 provinces, to see how cost grows with the data.
  const small = await openBenchDatabase(kind);
  try {
    const data = await generateNationalData(small.database.prisma, { provinces: 3 });
    // A running database has its planner statistics; a freshly loaded one gets them now.
    await small.database.prisma.$executeRawUnsafe("ANALYZE");
    tenth.push({ title: titleOf(kind), timings: await measureReads(small.database.prisma, data) });
  } finally {
    await small.cleanUp();
  }

  const { database, serverEnv, cleanUp } = await openBenchDatabase(kind);
  let open = true;
  try {
    let started = performance.now();
    const data = await generateNationalData(database.prisma);
    await database.prisma.$executeRawUnsafe("ANALYZE");
    console.log(
      `${kind}: generated ${data.provinceIds.length} provinces, ${data.blocs.length} blocs, ${data.unitIds.length} units, ` +
        `${data.resultCount.toLocaleString("en")} results in ${seconds(started)}`,
    );
    started = performance.now();
    const briefing = await measureBriefing(database.prisma, data);
    columns.push({
      title: titleOf(kind),
      timings: { ...(await measureApi(database.prisma, data)), "province briefing PDF (10 blocs)": briefing.api },
    });
    columns.push({ title: `${titleOf(kind)} floor`, timings: await measureSqlFloor(database.prisma, data) });
    console.log(`${kind}: API measured in ${seconds(started)}`);
    // For the briefing, the floor is the PDF layout alone on the data already gathered.
    if (kind === kinds[0])
      columns.push({
        title: "engine only",
        timings: {
          ...(await measureEngine(database.prisma, data)),
          "province briefing PDF (10 blocs)": briefing.document,
        },
      });
    // The server process opens the database itself; PGlite's folder takes one process at a time.
    if (kind === "pglite") {
      await database.close();
      open = false;
    }
    started = performance.now();
    loads.push({ kind, report: await measureLoad(serverEnv, data) });
    console.log(`${kind}: load test in ${seconds(started)}`);
  } finally {
    if (open) await cleanUp();
    else await rm(serverEnv.PGLITE_DIR ?? "", { recursive: true, force: true });
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(" | ");
  return ["", line(header), widths.map((width) => "-".repeat(width)).join("-|-"), ...rows.map(line)].join("\n");
}
const cell = (timing: Timing | undefined) => (timing ? `${formatMs(timing.median)} / ${formatMs(timing.p95)}` : "");

console.log(
  table(
    ["operation (ms, median / p95)", ...columns.map((column) => column.title)],
    OPERATIONS.map((operation) => [operation, ...columns.map(({ timings }) => cell(timings[operation]))]),
  ),
);
console.log(
  "\nAPI figures go through a real tRPC client and the fetch handler (no socket). A floor column loads the " +
    "same rows with the data layer's one SQL query and runs the engine on them (no session, read check, words " +
    "or serialisation). The engine column scores the same data already in memory; for the grid save it is the " +
    "bloc's live scoring, which a save does not need; for the briefing it is the PDF layout alone (pdfmake, " +
    "embedded fonts) on the ten blocs' data already gathered.",
);
console.log(
  table(
    ["at a tenth of the country (3 provinces, 30 blocs)", ...tenth.map((column) => column.title)],
    (["bloc quarter ranking", "province overview (9–10 blocs)"] as const).map((operation) => [
      operation,
      ...tenth.map(({ timings }) => cell(timings[operation])),
    ]),
  ),
);
console.log(
  table(
    [
      "ranking under load (real socket, gzip)",
      "clients",
      "requests/s",
      "p50 / p90 / p97.5 ms",
      "errors / non-2xx",
      "server RSS MB",
    ],
    loads.flatMap(({ kind, report }) =>
      report.runs.map((run, index) => [
        titleOf(kind),
        String(run.clients),
        run.requestsPerSecond.toFixed(0),
        `${run.p50} / ${run.p90} / ${run.p975}`,
        `${run.errors} / ${run.non2xx}`,
        index === 0 ? `${report.memory.started} before` : `${report.memory.after} after`,
      ]),
    ),
  ),
);
