import type { Quarter } from "@thidua/core";
import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type ScoreGrid = RouterOutputs["results"]["grid"];
export type GridCriterion = ScoreGrid["criteria"][number];
export type SavedCell = RouterOutputs["results"]["saveGrid"][number];
export type CellChange = RouterInputs["results"]["saveGrid"]["cells"][number];
export type CriteriaSetTree = NonNullable<RouterOutputs["criteria"]["byBlocYear"]>;
export type QuarterStatus = RouterOutputs["periods"]["setStatus"][number];
export type PeriodStatus = QuarterStatus["status"];

/** One earlier quarter's figures of a cell: live totals are year to date, so they need them. */
export interface EarlierFigures {
  unitId: string;
  criterionId: string;
  quarter: number;
  reportedValue: number | null;
  verifiedValue: number | null;
}

/** Everything the score sheet of one bloc quarter is built from. */
export interface ScoreSheetData {
  grid: ScoreGrid;
  /** The figures of the year's earlier quarters that the caller may see. */
  earlier: EarlierFigures[];
  /** The covenant's classification bands and tie-break rules, which the grid leaves out. */
  set: CriteriaSetTree | null;
}

export interface QuarterRef {
  blocId: string;
  year: number;
  quarter: Quarter;
}

/** Quarterly results of a bloc: the grid with what live scoring needs and saving cells (a quarter's status: the cycle store). */
export const useScoresStore = defineStore("scores", () => {
  async function load({ blocId, year, quarter }: QuarterRef): Promise<ScoreSheetData> {
    const earlierQuarters = [1, 2, 3].filter((earlier) => earlier < quarter);
    const [grid, set, ...earlierGrids] = await Promise.all([
      api.results.grid.query({ blocId, year, quarter }),
      api.criteria.byBlocYear.query({ blocId, year }),
      ...earlierQuarters.map((earlier) => api.results.grid.query({ blocId, year, quarter: earlier })),
    ]);
    const earlier = earlierGrids.flatMap((earlierGrid) =>
      earlierGrid.cells.map(({ unitId, criterionId, reportedValue, verifiedValue }) => ({
        unitId,
        criterionId,
        quarter: earlierGrid.quarter,
        reportedValue,
        verifiedValue,
      })),
    );
    return { grid, earlier, set };
  }

  /** All or nothing: the server refuses every cell if one is bad or was changed meanwhile. */
  function save(quarter: QuarterRef, cells: CellChange[]): Promise<SavedCell[]> {
    return api.results.saveGrid.mutate({ ...quarter, cells });
  }

  /** Reads a filled-in quarter sheet against the quarter as it stands; nothing is written. */
  function previewSheet(quarter: QuarterRef, file: string) {
    return api.imports.quarter.mutate({ ...quarter, file });
  }

  return { load, save, previewSheet };
});
