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
export interface QuarterRanking {
  quarter: number;
  /** False when nobody has figures for the quarter: nothing to draw there. */
  hasFigures: boolean;
  entries: RankedUnit[];
}

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
   * The quarters before the chosen one, fetched together; the chosen one is the ranking already on
   * screen. A quarter the caller may not see (not published for a unit user) is left out.
   */
  async function earlierQuarters(query: RankingQuery): Promise<QuarterRanking[]> {
    const quarters = Array.from({ length: query.quarter - 1 }, (_, index) => index + 1);
    const answers = await Promise.allSettled(quarters.map((quarter) => api.rankings.bloc.query({ ...query, quarter })));
    return answers.flatMap((answer, index) =>
      answer.status === "fulfilled"
        ? [{ quarter: quarters[index] ?? 0, hasFigures: answer.value.hasFigures, entries: answer.value.entries }]
        : [],
    );
  }

  return { bloc, prefetchBloc, matrix, earlierQuarters };
});
