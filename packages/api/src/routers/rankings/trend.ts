import { z } from "zod";
import { asQuarter, blocTrend } from "@thidua/core";
import type { AuthedContext } from "../../context";
import { loadReadableBloc, mayShowQuarter } from "../../data/visible-bloc";
import type { TBlocRankingInput } from "./bloc";
import { toPeriod } from "../../period-input";

export const ZBlocTrend = z.object({
  blocId: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  /** The quarters before the one asked for that the caller may see, in order (unit users: published ones). */
  quarters: z.array(
    z.object({
      quarter: z.number().int(),
      /** False when nobody has figures for the quarter: nothing to draw there. */
      hasFigures: z.boolean(),
      entries: z.array(
        z.object({
          unitId: z.string(),
          unitName: z.string(),
          rank: z.number().int(),
          tied: z.boolean(),
          total: z.number(),
        }),
      ),
    }),
  ),
});
export type TBlocTrend = z.output<typeof ZBlocTrend>;

/**
 * The bloc's ranking in each quarter before the one asked for, for the trend chart (the one asked for
 * is the ranking on screen), from one load: each quarter ranked as `rankings.bloc` ranks it.
 */
export async function trend({ ctx, input }: { ctx: AuthedContext; input: TBlocRankingInput }): Promise<TBlocTrend> {
  const { blocId, year, quarter } = input;
  if (quarter === 1) return { blocId, year, quarter, quarters: [] };
  const last = asQuarter(quarter - 1);
  const data = await loadReadableBloc(ctx, { blocId, year, throughQuarter: last });
  const rankings = blocTrend(data.input, toPeriod({ quarter: last, basis: input.basis }), { side: input.side });
  return {
    blocId,
    year,
    quarter,
    quarters: rankings
      .filter((ranking) => mayShowQuarter(ctx, data, blocId, ranking.period.quarter))
      .map((ranking) => ({
        quarter: ranking.period.quarter,
        hasFigures: ranking.hasFigures,
        entries: ranking.entries.map(({ unitId, unitName, rank, tied, total }) => ({
          unitId,
          unitName,
          rank,
          tied,
          total,
        })),
      })),
  };
}
