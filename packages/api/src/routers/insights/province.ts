import { z } from "zod";
import { provinceOverview, rankBloc, type BlocOverviewInput, type OverviewUnit } from "@thidua/core";
import type { PeriodStatus } from "@thidua/db";
import type { AuthedContext } from "../../context";
import { forbidden, notFound } from "../../errors";
import { blocDataKey, loadBlocsData } from "../../data/bloc-data";
import { loadCompleteness, ZCompletenessCounts } from "../../sheets/completeness";
import { ZPeriodStatus } from "../../data/quarter-statuses";
import { ZBandRef, ZBasisValue, ZSideValue } from "../../data/views";
import { ZId, ZYear, ZQuarter } from "../../schemas";
import { periodStatus } from "../../data/bloc-year-grid";
import { toPeriod, ZPeriodFields } from "../../period-input";

export const ZProvinceInput = z.object({ provinceId: ZId.optional(), year: ZYear, ...ZPeriodFields });
export type TProvinceInput = z.output<typeof ZProvinceInput>;

const ZOverviewUnit = z.object({
  unitId: z.string(),
  unitName: z.string(),
  rank: z.number().int(),
  total: z.number(),
  classification: ZBandRef.nullable(),
  movement: z.number().int().nullable(),
});

export const ZProvinceOverview = z.object({
  provinceId: z.string(),
  provinceName: z.string(),
  year: z.number().int(),
  quarter: ZQuarter,
  basis: ZBasisValue,
  side: ZSideValue,
  blocs: z.array(
    z.object({
      blocId: z.string(),
      blocName: z.string(),
      status: ZPeriodStatus,
      unitCount: z.number().int(),
      averageTotal: z.number(),
      completeness: ZCompletenessCounts.nullable(),
      leaders: z.array(ZOverviewUnit),
      movers: z.array(ZOverviewUnit),
      laggards: z.array(ZOverviewUnit.extend({ reasons: z.array(z.enum(["BOTTOM", "BELOW_PASSING"])) })),
    }),
  ),
});
export type TProvinceOverview = z.output<typeof ZProvinceOverview>;

/**
 * Which blocs of a province the caller may overview: all of them for admins and the province's
 * leaders, their own for coordinators (of a province they coordinate in). Unit users compare within
 * their bloc instead.
 */
export async function overviewScope(ctx: AuthedContext, requested: string | undefined) {
  const { user } = ctx;
  const provinceId = requested ?? user.provinceId;
  if (!provinceId) throw notFound("notFound.unit");
  const province = await ctx.prisma.unit.findUnique({
    where: { id: provinceId },
    select: { id: true, name: true, kind: true },
  });
  if (!province || province.kind !== "PROVINCE") throw notFound("notFound.unit");
  if (user.role === "ADMIN" || (user.role === "LEADER" && user.provinceId === provinceId)) {
    return { province, blocIds: null };
  }
  if (user.role === "COORDINATOR") {
    const own = await ctx.prisma.bloc.count({ where: { provinceId, id: { in: user.coordinatedBlocIds } } });
    if (own > 0) return { province, blocIds: user.coordinatedBlocIds };
  }
  throw forbidden();
}

const unitView = ({ classification, ...unit }: OverviewUnit) => ({
  ...unit,
  classification: classification && { code: classification.code, label: classification.label },
});

/** Every bloc of a province for a quarter: its leaders, laggards and biggest movers since the quarter before. */
export async function province({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TProvinceInput;
}): Promise<TProvinceOverview> {
  return overviewOf(ctx, await overviewScope(ctx, input.provinceId), input);
}

/** The overview of a province whose scope the caller was already checked for. */
export async function overviewOf(
  ctx: AuthedContext,
  { province, blocIds }: Awaited<ReturnType<typeof overviewScope>>,
  input: TProvinceInput,
): Promise<TProvinceOverview> {
  const { year, quarter, side } = input;
  const blocs = await ctx.prisma.bloc.findMany({
    where: { provinceId: province.id, years: { some: { year } }, ...(blocIds && { id: { in: blocIds } }) },
    select: { id: true, name: true },
    orderBy: { code: "asc" },
  });

  const loaded = await loadBlocsData(
    ctx.prisma,
    blocs.map((bloc) => ({ blocId: bloc.id, year })),
    { throughQuarter: quarter },
  );
  const ranked: (BlocOverviewInput & { status: PeriodStatus })[] = blocs.flatMap((bloc) => {
    const data = loaded.get(blocDataKey({ blocId: bloc.id, year }));
    if (!data || data.latestQuarter === 0) return [];
    return [
      {
        blocId: bloc.id,
        blocName: bloc.name,
        status: periodStatus(data.blocYear, quarter),
        ranking: rankBloc(data.input, toPeriod(input), { side }),
      },
    ];
  });
  const overview = provinceOverview(ranked);
  const completeness = await loadCompleteness(
    ctx.prisma,
    overview.map((bloc) => bloc.blocId),
    year,
    quarter,
  );
  return {
    provinceId: province.id,
    provinceName: province.name,
    year,
    quarter,
    basis: input.basis,
    side,
    blocs: overview.map((bloc, index) => ({
      ...bloc,
      status: ranked[index]?.status ?? "OPEN",
      /** Who has submitted and who is verified in the quarter asked for, from the completeness panel's data. */
      completeness: completeness.get(bloc.blocId)?.counts ?? null,
      leaders: bloc.leaders.map(unitView),
      movers: bloc.movers.map(unitView),
      laggards: bloc.laggards.map(({ reasons, ...laggard }) => ({ ...unitView(laggard), reasons })),
    })),
  };
}
