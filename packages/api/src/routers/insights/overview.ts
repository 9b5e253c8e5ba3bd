import { z } from "zod";
import { asQuarter, defaultPeriod } from "@thidua/core";
import type { AuthedContext } from "../../context";
import { loadProvincePeriods } from "../../data/province-periods";
import { ZId, ZQuarter, ZYear } from "../../schemas";
import { ZPeriodStatus } from "../../data/quarter-statuses";
import { loadReadableProvinces, ZProvince } from "../../data/provinces";
import { ZBasis, ZSide } from "../../period-input";
import { overviewOf, overviewScope, ZProvinceOverview } from "./province";

/** A period left out (or half given) is the newest with figures across the province's blocs. */
export const ZOverviewInput = z.object({
  provinceId: ZId.optional(),
  year: ZYear.optional(),
  quarter: ZQuarter.optional(),
  basis: ZBasis,
  side: ZSide,
});
export type TOverviewInput = z.output<typeof ZOverviewInput>;

/** The province overview page in one answer: the provinces to choose from, the periods to pick, the overview. */
export const ZOverview = z.object({
  provinces: z.array(ZProvince),
  /** The province shown: the one asked for, else the caller's own, else the first it may read. */
  provinceId: z.string().nullable(),
  /** The blocs the caller may overview, each with its years (newest first) and their four quarters. */
  blocs: z.array(
    z.object({
      blocId: z.string(),
      years: z.array(
        z.object({
          year: z.number().int(),
          periods: z.array(
            z.object({ quarter: z.number().int(), status: ZPeriodStatus, updatedAt: z.date().nullable() }),
          ),
        }),
      ),
    }),
  ),
  /** The period shown; null when the province has no bloc-year at all. */
  year: z.number().int().nullable(),
  quarter: z.number().int().nullable(),
  overview: ZProvinceOverview.nullable(),
});
export type TOverview = z.output<typeof ZOverview>;

/** Read like `insights.province`: admins and the province's leaders see all its blocs, coordinators their own. */
export async function overview({ ctx, input }: { ctx: AuthedContext; input: TOverviewInput }): Promise<TOverview> {
  const readable = await loadReadableProvinces(ctx);
  const provinceId = input.provinceId ?? ctx.user.provinceId ?? readable[0]?.id ?? null;
  if (!provinceId) return { provinces: readable, provinceId, blocs: [], year: null, quarter: null, overview: null };
  const scope = await overviewScope(ctx, provinceId);
  const blocs = await loadProvincePeriods(ctx.prisma, scope.province.id, scope.blocIds);
  const period =
    input.year !== undefined && input.quarter !== undefined
      ? { year: input.year, quarter: input.quarter }
      : defaultPeriod(
          blocs.flatMap((bloc) => bloc.years),
          false,
        );
  return {
    provinces: readable,
    provinceId,
    blocs,
    year: period?.year ?? null,
    quarter: period?.quarter ?? null,
    overview: period
      ? await overviewOf(ctx, scope, { ...input, provinceId, year: period.year, quarter: asQuarter(period.quarter) })
      : null,
  };
}
