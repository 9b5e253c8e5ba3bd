import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";
import { prefetch, takePrefetched } from "./prefetch";

export type BlocRanking = RouterOutputs["rankings"]["bloc"];
export type RankedUnit = BlocRanking["entries"][number];
export type BlocMatrix = RouterOutputs["rankings"]["matrix"];
export type RankingQuery = RouterInputs["rankings"]["bloc"];
export type Basis = NonNullable<RankingQuery["basis"]>;
export type Side = NonNullable<RankingQuery["side"]>;

/** One earlier quarter of a bloc's ranking, as the trend chart needs it. */
export type QuarterRanking = RouterOutputs["rankings"]["trend"]["quarters"][number];

/** A bloc's ranking for a quarter, its criteria × units points, and its earlier quarters for the trend. */
export const useRankingsStore = defineStore("rankings", () => {
  function bloc(query: RankingQuery): Promise<BlocRanking> {
    return takePrefetched("rankings.bloc", query, () => api.rankings.bloc.query(query));
  }

  /** Asks for a ranking before its page is on screen; the page's own call then receives it. */
  function prefetchBloc(query: RankingQuery): void {
    prefetch("rankings.bloc", query, () => api.rankings.bloc.query(query));
  }

  function matrix(query: RankingQuery): Promise<BlocMatrix> {
    return api.rankings.matrix.query(query);
  }

  /**
   * The quarters before the chosen one, in one call; the chosen one is the ranking already on
   * screen. A quarter the caller may not see (not published for a unit user) is left out.
   */
  async function earlierQuarters(query: RankingQuery): Promise<QuarterRanking[]> {
    if (query.quarter <= 1) return [];
    return (await api.rankings.trend.query(query)).quarters;
  }

  return { bloc, prefetchBloc, matrix, earlierQuarters };
});
