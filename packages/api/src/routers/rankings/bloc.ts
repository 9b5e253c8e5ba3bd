import { z } from "zod";
import type { AuthedContext } from "../../context";
import { rankedUnitView } from "../../data/views";
import { ZId, ZYear } from "../../schemas";
import { ZPeriodFields } from "../../period-input";
import { rankedBloc } from "./ranked-bloc";

export const ZBlocRankingInput = z.object({ blocId: ZId, year: ZYear, ...ZPeriodFields });
export type TBlocRankingInput = z.output<typeof ZBlocRankingInput>;

/**
 * A bloc's ranking for a quarter, on the year to date or the quarter alone. Unit users see
 * published quarters only, ranked on published figures only.
 */
export async function blocRanking({ ctx, input }: { ctx: AuthedContext; input: TBlocRankingInput }) {
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
