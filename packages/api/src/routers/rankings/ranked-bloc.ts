import { rankBloc } from "@thidua/core";
import { assertCanReadBloc, seesDrafts } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { loadBlocData, publishedOnly } from "../../scoring/bloc-data";
import { periodStatus } from "../results/bloc-year";
import { notPublished, toPeriod } from "./period-input";
import type { TBlocRankingInput } from "./bloc";

/**
 * A bloc ranked for a quarter as the caller may see it: unit users see published quarters only,
 * ranked on published figures only.
 */
export async function rankedBloc(ctx: AuthedContext, input: TBlocRankingInput) {
  const { blocId, year, quarter, side } = input;
  await assertCanReadBloc(ctx, blocId, year);
  const drafts = seesDrafts(ctx.user, blocId);
  const data = await loadBlocData(ctx.prisma, blocId, year, {
    throughQuarter: quarter,
    counts: drafts ? undefined : publishedOnly,
  });
  if (!data) throw notFound("notFound.criteriaSet", { year });
  const status = periodStatus(data.blocYear, quarter);
  if (!drafts && status !== "PUBLISHED") throw notPublished(quarter);
  return { data, status, ranking: rankBloc(data.input, toPeriod(input), { side }) };
}
