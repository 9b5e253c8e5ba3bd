import type { Quarter } from "@thidua/core";
import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type ScoreGrid = RouterOutputs["results"]["grid"];
export type GridCriterion = ScoreGrid["criteria"][number];
export type SavedCell = RouterOutputs["results"]["saveGrid"][number];
export type CellChange = RouterInputs["results"]["saveGrid"]["cells"][number];
export type QuarterStatus = RouterOutputs["periods"]["setStatus"][number];
export type PeriodStatus = QuarterStatus["status"];

/** Everything the score sheet of one bloc quarter is built from, in one answer. */
export type ScoreSheetData = RouterOutputs["results"]["sheet"];
/** One earlier quarter's figures of a cell: live totals are year to date, so they need them. */
export type EarlierFigures = ScoreSheetData["earlier"][number];
/** The covenant's classification bands and tie-break rules, which the grid leaves out. */
export type SheetRules = ScoreSheetData["set"];

export interface QuarterRef {
  blocId: string;
  year: number;
  quarter: Quarter;
}

/** Quarterly results of a bloc: the grid with what live scoring needs and saving cells (a quarter's status: the cycle store). */
export const useScoresStore = defineStore("scores", () => {
  /** The quarter's grid with the earlier quarters' figures and the covenant's ranking rules, in one call. */
  function load(quarter: QuarterRef): Promise<ScoreSheetData> {
    return api.results.sheet.query(quarter);
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
