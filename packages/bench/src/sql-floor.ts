import { loadBlocYearRows, toBlocData, type BlocData } from "@thidua/api";
import { provinceOverview, rankBloc, unitTrend } from "@thidua/core";
import type { PrismaClient } from "@thidua/db";
import { BENCH_YEAR, SCALE, type NationalData } from "./national-data";
import { pick } from "./scenarios";
import { time, type Timing } from "./stats";

const Q4 = { quarter: 4 as const, basis: "YTD" as const };

/** The rows of some bloc-years, loaded by the data layer's one hand-written SQL query, ready for the engine. */
async function load(prisma: PrismaClient, keys: { blocId: string; year: number }[]): Promise<BlocData[]> {
  const rows = await loadBlocYearRows(prisma, keys, 4);
  return rows.flatMap((row) => toBlocData(row, undefined) ?? []);
}

/**
 * The floor of each read: the same rows as the API reads, loaded by one SQL query, and the engine on
 * them; no session, no read check, no explanations in words, no serialisation, no transport. An API
 * figure within 2× of its floor spends at most as long on all of that as on loading and scoring.
 */
export async function measureSqlFloor(
  prisma: PrismaClient,
  data: NationalData,
): Promise<Record<"bloc quarter ranking" | "unit trend (8 quarters)" | "province overview (9–10 blocs)", Timing>> {
  const members = await prisma.membership.findMany({
    select: { unitId: true, year: true, blocYear: { select: { blocId: true } } },
  });
  const blocsOf = new Map<string, { blocId: string; year: number }[]>();
  for (const member of members) {
    blocsOf.set(member.unitId, [
      ...(blocsOf.get(member.unitId) ?? []),
      { blocId: member.blocYear.blocId, year: member.year },
    ]);
  }
  return {
    "bloc quarter ranking": await time(50, async (run) => {
      const [bloc] = await load(prisma, [{ blocId: pick(data.blocs, run).id, year: BENCH_YEAR }]);
      if (bloc) rankBloc(bloc.input, Q4);
    }),
    "unit trend (8 quarters)": await time(30, async (run) => {
      const unitId = pick(data.unitIds, run);
      const years = (blocsOf.get(unitId) ?? []).filter((key) => (SCALE.years as readonly number[]).includes(key.year));
      for (const bloc of await load(prisma, years)) unitTrend(bloc.input, unitId, Q4);
    }),
    "province overview (9–10 blocs)": await time(20, async (run) => {
      const provinceId = pick(data.provinceIds, run);
      const keys = data.blocs
        .filter((bloc) => bloc.provinceId === provinceId)
        .map((bloc) => ({ blocId: bloc.id, year: BENCH_YEAR }));
      const loaded = await load(prisma, keys);
      provinceOverview(
        loaded.map((bloc, index) => ({ blocId: String(index), blocName: "", ranking: rankBloc(bloc.input, Q4) })),
      );
    }),
  };
}
