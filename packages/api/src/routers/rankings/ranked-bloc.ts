import { rankBloc } from "@thidua/core";
import type { AuthedContext } from "../../context";
import { loadVisibleBloc } from "../../data/visible-bloc";
import { toPeriod } from "../../period-input";
import type { TBlocRankingInput } from "./bloc";

/**
 * A bloc ranked for a quarter as the caller may see it: unit users see published quarters only,
 * ranked on published figures only; everyone else also sees the quarter being entered, as a draft.
 */
export async function rankedBloc(ctx: AuthedContext, input: TBlocRankingInput) {
  const { data, status, draft } = await loadVisibleBloc(ctx, input);
  return { data, status, draft, ranking: rankBloc(data.input, toPeriod(input), { side: input.side }) };
}
