import { z } from "zod";
import type { AuthedContext } from "../../context";
import { ZPeriodStatus } from "../../data/quarter-statuses";
import { rankedUnitView, ZBasisValue, ZRankedUnitView, ZSideValue } from "../../data/views";
import { ZId, ZYear, ZQuarter } from "../../schemas";
import { ZPeriodFields } from "../../period-input";
import { rankedBloc } from "./ranked-bloc";

export const ZBlocRankingInput = z.object({ blocId: ZId, year: ZYear, ...ZPeriodFields });
export type TBlocRankingInput = z.output<typeof ZBlocRankingInput>;

/** The bloc quarter a ranking or its heat map is of, and whether it is still a draft. */
export const ZRankedPeriod = z.object({
  blocId: z.string(),
  year: z.number().int(),
  quarter: ZQuarter,
  basis: ZBasisValue,
  side: ZSideValue,
  status: ZPeriodStatus,
  draft: z.boolean(),
});

export const ZBlocRanking = ZRankedPeriod.extend({
  hasFigures: z.boolean(),
  contentMaxPoints: z.number().optional(),
  bonusCap: z.number(),
  bands: z.array(
    z.object({ code: z.string(), label: z.string(), minTotal: z.number(), passing: z.boolean().optional() }),
  ),
  groups: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), maxPoints: z.number() })),
  entries: z.array(ZRankedUnitView),
});
export type TBlocRanking = z.output<typeof ZBlocRanking>;

/**
 * A bloc's ranking for a quarter, on the year to date or the quarter alone. Unit users see
 * published quarters only, ranked on published figures only.
 */
export async function bloc({ ctx, input }: { ctx: AuthedContext; input: TBlocRankingInput }): Promise<TBlocRanking> {
  const { blocId, year, quarter, basis, side } = input;
  const { data, status, draft, ranking } = await rankedBloc(ctx, input);
  const groupMaxima = ranking.entries[0]?.score.groups ?? [];
  return {
    blocId,
    year,
    quarter,
    basis,
    side,
    status,
    /** The quarter is not published yet (only its managers and the province's leaders see it): its figures may change. */
    draft,
    /** False when nobody has a figure for the quarter (on this side): there is nothing of its own to rank. */
    hasFigures: ranking.hasFigures,
    contentMaxPoints: data.def.contentMaxPoints,
    bonusCap: data.def.bonusCap,
    bands: data.def.classification,
    groups: data.def.groups.map((group) => ({
      ...group,
      maxPoints: groupMaxima.find((scored) => scored.groupId === group.id)?.maxPoints ?? 0,
    })),
    entries: ranking.entries.map((entry) => rankedUnitView(entry, side, ctx.locale)),
  };
}
