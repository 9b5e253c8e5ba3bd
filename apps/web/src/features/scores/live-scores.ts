import {
  criteriaSetDef,
  rankUnitScores,
  scoreBlocToDate,
  type CriteriaSetDef,
  type Quarter,
  type ResultInput,
  type TargetInput,
  type TargetPhasing,
  type UnitRef,
  type UnitScore,
  type UnitScoreToDate,
} from "@thidua/core";
import type { EarlierFigures, ScoreGrid, SheetRules } from "../../stores/scores";

/**
 * The covenant as the engine takes it, from the grid's criteria (core's one conversion); bands and
 * tie-break rules come from the set itself.
 */
export function toSetDef(grid: ScoreGrid, set: SheetRules | null): CriteriaSetDef {
  const groups = new Map<string, { id: string; code: string; name: string }>();
  for (const criterion of grid.criteria) {
    if (!groups.has(criterion.groupId)) {
      groups.set(criterion.groupId, { id: criterion.groupId, code: criterion.groupCode, name: criterion.groupName });
    }
  }
  return criteriaSetDef({
    contentMaxPoints: grid.contentMaxPoints,
    bonusCap: grid.bonusCap,
    classification: set?.classification ?? [],
    tieBreak: set?.tieBreak ?? [],
    groups: [...groups.values()],
    criteria: grid.criteria,
  });
}

/** A unit's figures of the quarter on screen, as they now stand (typed or stored). */
export type CurrentFigures = ReadonlyMap<string, { self: number | null; verified: number | null }>;

/** What one unit is scored from; prepared once per load so a keystroke rescoring one unit stays cheap. */
export interface UnitScoringInput {
  unit: UnitRef;
  targets: TargetInput[];
  earlier: ResultInput[];
  phasings: readonly TargetPhasing[];
}

export function unitScoringInputs(grid: ScoreGrid, earlier: readonly EarlierFigures[]): Map<string, UnitScoringInput> {
  return new Map(
    grid.members.map((unit) => [
      unit.id,
      {
        unit,
        targets: grid.targets.filter((target) => target.unitId === unit.id),
        earlier: earlier
          .filter((row) => row.unitId === unit.id && row.quarter < grid.quarter)
          .map((row) => ({ ...row, quarter: row.quarter as Quarter })),
        phasings: grid.phasings,
      },
    ]),
  );
}

/**
 * One unit's year-to-date score through the quarter, with the quarter's figures as they now stand,
 * and the class the ranking shows (before quarter IV on the plan to date), as the server scores it.
 */
export function scoreSheetUnit(
  set: CriteriaSetDef,
  input: UnitScoringInput,
  quarter: number,
  current: CurrentFigures,
): UnitScoreToDate {
  const results: ResultInput[] = [...input.earlier];
  for (const [criterionId, figures] of current) {
    results.push({
      unitId: input.unit.id,
      criterionId,
      quarter: quarter as Quarter,
      reportedValue: figures.self,
      verifiedValue: figures.verified,
    });
  }
  const [score] = scoreBlocToDate(
    { set, units: [input.unit], targets: input.targets, results, phasings: input.phasings },
    { quarter: quarter as Quarter, basis: "YTD" },
  );
  return score!;
}

export interface SheetRank {
  rank: number;
  tied: boolean;
}

/** Ranks on verified totals with the covenant's tie-breaks; a single visible unit has no rank. */
export function sheetRanks(scores: readonly UnitScore[], set: CriteriaSetDef, quarter: number): Map<string, SheetRank> {
  if (scores.length < 2) return new Map();
  const ranking = rankUnitScores(scores, set, { quarter: quarter as Quarter, basis: "YTD" }, { side: "verified" });
  return new Map(ranking.entries.map((entry) => [entry.unitId, { rank: entry.rank, tied: entry.tied }]));
}
