import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "@thidua/db";
import { createTestDatabase } from "@thidua/db/testing";
import { measureBriefing } from "./briefing";
import { measureEngine } from "./engine-floor";
import { generateNationalData } from "./national-data";
import { measureApi, OPERATIONS, type Operation } from "./scenarios";
import { formatMs, type Timing } from "./stats";

type Column = { title: string; timings: Record<Operation, Timing> };

/** PGlite in a fresh data folder (as the app runs it), or a fresh database on the PostgreSQL test server. */
async function openBenchDatabase(
  kind: "pglite" | "postgres",
): Promise<{ database: Database; cleanUp: () => Promise<void> }> {
  if (kind === "postgres") {
    const database = await createTestDatabase("postgres");
    return { database, cleanUp: () => database.close() };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "thidua-bench-"));
  const database = await openDatabase({ kind: "pglite", dataDir });
  return {
    database,
    cleanUp: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const kinds = (process.env.BENCH_DB ?? "pglite,postgres").split(",") as ("pglite" | "postgres")[];
const columns: Column[] = [];
for (const kind of kinds) {
  const { database, cleanUp } = await openBenchDatabase(kind);
  try {
    let started = performance.now();
    const data = await generateNationalData(database.prisma);
    console.log(
      `${kind}: generated ${data.provinceIds.length} provinces, ${data.blocs.length} blocs, ${data.unitIds.length} units, ` +
        `${data.resultCount.toLocaleString("en")} results in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    const briefing = await measureBriefing(database.prisma, data);
    columns.push({
      title: kind === "pglite" ? "PGlite" : "PostgreSQL",
      timings: { ...(await measureApi(database.prisma, data)), "province briefing PDF (10 blocs)": briefing.api },
    });
    console.log(`${kind}: API measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // For the briefing, the floor is the PDF layout alone on the data already gathered.
    if (columns.length === 1)
      columns.push({
        title: "engine only",
        timings: {
          ...(await measureEngine(database.prisma, data)),
          "province briefing PDF (10 blocs)": briefing.document,
        },
      });
  } finally {
    await cleanUp();
  }
}

const header = ["operation (ms, median / p95)", ...columns.map((column) => column.title)];
const rows = OPERATIONS.map((operation) => [
  operation,
  ...columns.map(({ timings }) => `${formatMs(timings[operation].median)} / ${formatMs(timings[operation].p95)}`),
]);
const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)));
const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(" | ");
console.log(["", line(header), widths.map((width) => "-".repeat(width)).join("-|-"), ...rows.map(line)].join("\n"));
console.log(
  "\nAPI figures go through a real tRPC client and the fetch handler (no socket). The engine column scores the " +
    "same data already in memory; for the grid save it is the bloc's live scoring, which a save does not need; " +
    "for the briefing it is the PDF layout alone (pdfmake, embedded fonts) on the ten blocs' data already gathered.",
);
