import { z } from "zod";
import { rankBloc } from "@thidua/core";
import { assertCanReadBloc, seesDrafts } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { loadBlocData, publishedOnly } from "../../scoring/bloc-data";
import { rankedUnitView } from "../../scoring/views";
import { ZId, ZYear } from "../../schemas";
import { periodStatus } from "../results/bloc-year";
import { notPublished, toPeriod, ZPeriodFields } from "./period-input";

export const ZBlocRankingInput = z.object({ blocId: ZId, year: ZYear, ...ZPeriodFields });
export type TBlocRankingInput = z.output<typeof ZBlocRankingInput>;

/**
 * A bloc's ranking for a quarter, on the year to date or the quarter alone. Unit users see
 * published quarters only, ranked on published figures only.
 */
export async function blocRanking({ ctx, input }: { ctx: AuthedContext; input: TBlocRankingInput }) {
  const { blocId, year, quarter, basis, side } = input;
  await assertCanReadBloc(ctx, blocId, year);
  const drafts = seesDrafts(ctx.user, blocId);
  const data = await loadBlocData(ctx.prisma, blocId, year, {
    throughQuarter: quarter,
    counts: drafts ? undefined : publishedOnly,
  });
  if (!data) throw notFound("notFound.criteriaSet", { year });
  const status = periodStatus(data.blocYear, quarter);
  if (!drafts && status !== "PUBLISHED") throw notPublished(quarter);

  const ranking = rankBloc(data.input, toPeriod(input), { side });
  const groupMaxima = ranking.entries[0]?.score.groups ?? [];
  return {
    blocId,
    year,
    quarter,
    basis,
    side,
    status,
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
