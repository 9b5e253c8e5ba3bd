import { defineStore } from "pinia";
import { api, type RouterOutputs } from "../api/client";

export type UnitTrend = RouterOutputs["insights"]["trend"];
export type TrendPoint = UnitTrend["points"][number];
export type TrendGap = UnitTrend["gaps"][number];
export type UnitComparison = RouterOutputs["insights"]["compare"];
export type BlocRanking = RouterOutputs["rankings"]["bloc"];
export type RankedUnit = BlocRanking["entries"][number];

/** One quarter of a unit in its bloc: the comparison, and its own row of the bloc's ranking. */
export interface UnitQuarter {
  comparison: UnitComparison;
  /** The unit's ranking row: classification, movement and how rank and total were computed. */
  entry: RankedUnit | null;
  /** Everyone's totals, ranked, to show the unit among its neighbours. */
  entries: RankedUnit[];
  /** OPEN or LOCKED only for those who see drafts (coordinators, leaders): the figures may still change. */
  status: BlocRanking["status"];
}

/** A member unit's standing: its trend across the years, and one quarter set against its bloc. */
export const useProgressStore = defineStore("progress", () => {
  /** Every quarter the caller may see, across the years and blocs the unit belonged to. */
  function trend(unitId: string): Promise<UnitTrend> {
    return api.insights.trend.query({ unitId });
  }

  async function quarter(input: {
    unitId: string;
    blocId: string;
    year: number;
    quarter: number;
  }): Promise<UnitQuarter> {
    const { unitId, blocId, year, quarter } = input;
    const [comparison, ranking] = await Promise.all([
      api.insights.compare.query({ unitId, year, quarter }),
      api.rankings.bloc.query({ blocId, year, quarter }),
    ]);
    return {
      comparison,
      entry: ranking.entries.find((entry) => entry.unitId === unitId) ?? null,
      entries: ranking.entries,
      status: ranking.status,
    };
  }

  return { trend, quarter };
});
