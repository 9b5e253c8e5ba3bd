import { z } from "zod";
import { unitTrend } from "@thidua/core";
import type { AuthedContext } from "../../context";
import { blocDataKey, loadBlocsData } from "../../data/bloc-data";
import { countedQuarters } from "../../data/visibility";
import { ZBandRef, ZBasisValue, ZSideValue } from "../../data/views";
import { ZId, ZYear, ZQuarter } from "../../schemas";
import { toPeriod, ZBasis, ZSide } from "../../period-input";
import { readableMemberships } from "./membership";

export const ZTrendInput = z
  .object({ unitId: ZId, fromYear: ZYear.optional(), toYear: ZYear.optional(), basis: ZBasis, side: ZSide })
  .refine((input) => !input.fromYear || !input.toYear || input.fromYear <= input.toYear, {
    message: "fromYear ≤ toYear",
    path: ["toYear"],
  });
export type TTrendInput = z.output<typeof ZTrendInput>;

export const ZTrend = z.object({
  unitId: z.string(),
  unitName: z.string(),
  basis: ZBasisValue,
  side: ZSideValue,
  points: z.array(
    z.object({
      year: z.number().int(),
      blocId: z.string(),
      blocName: z.string(),
      quarter: ZQuarter,
      total: z.number(),
      rank: z.number().int(),
      tied: z.boolean(),
      unitCount: z.number().int(),
      maxAttainable: z.number(),
      classification: ZBandRef.nullable(),
      provisional: z.boolean(),
      movement: z.number().int().nullable(),
    }),
  ),
  /** Quarters without figures before the last one with figures. */
  gaps: z.array(z.object({ year: z.number().int(), quarter: ZQuarter, blocId: z.string(), blocName: z.string() })),
});
export type TTrend = z.output<typeof ZTrend>;

/**
 * A unit's total and rank quarter by quarter, across the years and blocs it belonged to, through
 * the last quarter with figures the caller may see. Quarters without any figures are not points
 * but gaps, so a chart does not draw a flat line through them and a picker does not offer them.
 */
export async function trend({ ctx, input }: { ctx: AuthedContext; input: TTrendInput }): Promise<TTrend> {
  const { unitId, basis, side } = input;
  const range = { from: input.fromYear ?? 2000, to: input.toYear ?? 2100 };
  const { unit, memberships } = await readableMemberships(ctx, unitId, range);
  const loaded = await loadBlocsData(ctx.prisma, memberships, { throughQuarter: 4, counts: countedQuarters(ctx.user) });
  const years = memberships.map((membership) => ({ ...membership, data: loaded.get(blocDataKey(membership)) }));
  const trends = years.flatMap(({ year, blocId, blocName, data }) => {
    if (!data || data.latestQuarter === 0) return [];
    const yearTrend = unitTrend(data.input, unitId, toPeriod({ quarter: data.latestQuarter, basis }), { side });
    return yearTrend ? [{ year, blocId, blocName, trend: yearTrend }] : [];
  });
  const points = trends.flatMap(({ year, blocId, blocName, trend: { points } }) =>
    points.map((point) => ({
      ...point,
      year,
      blocId,
      blocName,
      classification: point.classification && { code: point.classification.code, label: point.classification.label },
    })),
  );
  // Quarters before the last one with figures that have none (a cluster founded mid-year, a quarter left empty).
  const gaps = trends.flatMap(({ year, blocId, blocName, trend: { gaps } }) =>
    gaps.map((quarter) => ({ year, quarter, blocId, blocName })),
  );
  return { unitId, unitName: unit.name, basis, side, points, gaps };
}
