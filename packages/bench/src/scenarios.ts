import { createTrpcHandler } from "@thidua/api";
import { createInProcessClient } from "@thidua/api/testing";
import type { PrismaClient } from "@thidua/db";
import { BENCH_PASSWORD, BENCH_USERNAME, BENCH_YEAR, type NationalData } from "./national-data";
import { time, type Timing } from "./stats";

export const OPERATIONS = [
  "bloc quarter ranking",
  "unit trend (8 quarters)",
  "province overview (9–10 blocs)",
  "save a 12 × 40 grid",
  "province briefing PDF (10 blocs)",
] as const;
export type Operation = (typeof OPERATIONS)[number];

const YEAR = BENCH_YEAR;
/** Spreads the runs over the data set: run n picks the (n × 7919)th item, wrapping around. */
export const pick = <T>(items: readonly T[], run: number): T => items[(run * 7919) % items.length] as T;

async function signedIn(prisma: PrismaClient) {
  const api = createInProcessClient(createTrpcHandler({ prisma }));
  await api.auth.login.mutate({ username: BENCH_USERNAME, password: BENCH_PASSWORD });
  return api;
}

/** The three reads through the real API, signed in as an admin. */
export async function measureReads(
  prisma: PrismaClient,
  data: NationalData,
  api?: Awaited<ReturnType<typeof signedIn>>,
): Promise<Record<"bloc quarter ranking" | "unit trend (8 quarters)" | "province overview (9–10 blocs)", Timing>> {
  const client = api ?? (await signedIn(prisma));
  return {
    "bloc quarter ranking": await time(50, (run) =>
      client.rankings.bloc.query({ blocId: pick(data.blocs, run).id, year: YEAR, quarter: 4 }),
    ),
    "unit trend (8 quarters)": await time(30, (run) =>
      client.insights.trend.query({ unitId: pick(data.unitIds, run) }),
    ),
    "province overview (9–10 blocs)": await time(20, (run) =>
      client.insights.province.query({ provinceId: pick(data.provinceIds, run), year: YEAR, quarter: 4 }),
    ),
  };
}

/**
 * The four operations through the real API (tRPC client → fetch handler → database), signed in
 * as an admin so that every bloc is visible and drafts count.
 */
export async function measureApi(
  prisma: PrismaClient,
  data: NationalData,
): Promise<Record<Exclude<Operation, "province briefing PDF (10 blocs)">, Timing>> {
  const api = await signedIn(prisma);
  const reads = await measureReads(prisma, data, api);

  const gridBloc = data.blocs.find((bloc) => bloc.size === 12);
  if (!gridBloc) throw new Error("The national data set has no bloc of 12 members.");
  const grid = await api.results.grid.query({ blocId: gridBloc.id, year: YEAR, quarter: 4 });
  const versions = new Map(grid.cells.map((cell) => [`${cell.unitId}|${cell.criterionId}`, cell.version]));
  const save = await time(20, async (run) => {
    const saved = await api.results.saveGrid.mutate({
      blocId: gridBloc.id,
      year: YEAR,
      quarter: 4,
      cells: grid.members.flatMap((unit) =>
        grid.criteria.map((criterion) => ({
          unitId: unit.id,
          criterionId: criterion.id,
          verifiedValue:
            criterion.kind === "YES_NO"
              ? run % 2
              : criterion.kind === "QUALITATIVE"
                ? 1 + (run % 3) / 2
                : 1 + (run % 3),
          version: versions.get(`${unit.id}|${criterion.id}`) ?? null,
        })),
      ),
    });
    if (saved.length !== 480) throw new Error(`Expected 480 saved cells, got ${saved.length}.`);
    for (const cell of saved) versions.set(`${cell.unitId}|${cell.criterionId}`, cell.version);
  });

  return { ...reads, "save a 12 × 40 grid": save };
}
