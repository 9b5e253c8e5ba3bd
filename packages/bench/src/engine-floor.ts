import { loadBlocData, type BlocData } from "@thidua/api";
import { provinceOverview, rankBloc, scoreBloc, unitTrend, type Period } from "@thidua/core";
import type { PrismaClient } from "@thidua/db";
import { BENCH_YEAR, SCALE, type NationalData } from "./national-data";
import { pick, type Operation } from "./scenarios";
import { time, type Timing } from "./stats";

const YEAR = BENCH_YEAR;
const Q4: Period = { quarter: 4, basis: "YTD" };

/**
 * The same four operations with every input already in memory: only the scoring engine runs.
 * This is the floor the API figures are compared against; the rest is database and transport.
 */
export async function measureEngine(
  prisma: PrismaClient,
  data: NationalData,
): Promise<Record<Exclude<Operation, "province briefing PDF (10 blocs)">, Timing>> {
  const inputs = new Map<string, BlocData>();
  const load = async (blocId: string, year: number) => {
    const key = `${blocId}|${year}`;
    if (!inputs.has(key)) {
      const loaded = await loadBlocData(prisma, blocId, year, { throughQuarter: 4 });
      if (!loaded) throw new Error(`No criteria set for bloc ${blocId} in ${year}.`);
      inputs.set(key, loaded);
    }
    return inputs.get(key) as BlocData;
  };
  const unitBloc = new Map<string, string>();
  const members = await prisma.membership.findMany({
    where: { year: YEAR },
    select: { unitId: true, blocYear: { select: { blocId: true } } },
  });
  for (const member of members) unitBloc.set(member.unitId, member.blocYear.blocId);

  const runs = { ranking: 50, trend: 30, overview: 20, save: 20 };
  const rankingBlocs = Array.from({ length: runs.ranking + 3 }, (_, run) => pick(data.blocs, run));
  for (const bloc of rankingBlocs) await load(bloc.id, YEAR);
  const trendUnits = Array.from({ length: runs.trend + 3 }, (_, run) => pick(data.unitIds, run));
  for (const unitId of trendUnits) for (const year of SCALE.years) await load(unitBloc.get(unitId) ?? "", year);
  const provinces = Array.from({ length: runs.overview + 3 }, (_, run) => pick(data.provinceIds, run));
  for (const provinceId of provinces) {
    for (const bloc of data.blocs.filter((candidate) => candidate.provinceId === provinceId)) await load(bloc.id, YEAR);
  }
  const gridBloc = data.blocs.find((bloc) => bloc.size === 12);
  if (gridBloc) await load(gridBloc.id, YEAR);

  return {
    "bloc quarter ranking": await time(runs.ranking, (run) =>
      rankBloc((inputs.get(`${pick(data.blocs, run).id}|${YEAR}`) as BlocData).input, Q4),
    ),
    "unit trend (8 quarters)": await time(runs.trend, (run) => {
      const unitId = pick(data.unitIds, run);
      for (const year of SCALE.years)
        unitTrend((inputs.get(`${unitBloc.get(unitId)}|${year}`) as BlocData).input, unitId, Q4);
    }),
    "province overview (9–10 blocs)": await time(runs.overview, (run) => {
      const provinceId = pick(data.provinceIds, run);
      const blocs = data.blocs.filter((bloc) => bloc.provinceId === provinceId);
      provinceOverview(
        blocs.map((bloc) => ({
          blocId: bloc.id,
          blocName: bloc.id,
          ranking: rankBloc((inputs.get(`${bloc.id}|${YEAR}`) as BlocData).input, Q4),
        })),
      );
    }),
    // What a save recomputes for the grid it answers with: the bloc's scores for the quarter.
    "save a 12 × 40 grid": await time(runs.save, () =>
      scoreBloc((inputs.get(`${gridBloc?.id}|${YEAR}`) as BlocData).input, Q4),
    ),
  };
}
