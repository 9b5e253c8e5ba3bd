import type { QuarterValues } from "./accumulate";
import type { Quarter, ResultInput, ScoreSide, TargetInput } from "./types";

/** One unit's figures for one criterion, by quarter (index 0 is quarter I). */
export interface CriterionFigures {
  reported: QuarterValues;
  verified: QuarterValues;
}

/** One unit's inputs, looked up by criterion id. */
export interface UnitFigures {
  results: ReadonlyMap<string, CriterionFigures>;
  targets: ReadonlyMap<string, number>;
}

interface MutableUnitFigures {
  results: Map<string, { reported: (number | null)[]; verified: (number | null)[] }>;
  targets: Map<string, number>;
}

/**
 * Indexes a bloc's rows by unit and criterion in one pass, so scoring never searches the raw lists
 * (a bloc of 15 units × 40 criteria × 4 quarters is 2,400 rows). A later duplicate row wins.
 */
export function indexFigures(
  targets: readonly TargetInput[],
  results: readonly ResultInput[],
): ReadonlyMap<string, UnitFigures> {
  const byUnit = new Map<string, MutableUnitFigures>();
  const unitFigures = (unitId: string): MutableUnitFigures => {
    let figures = byUnit.get(unitId);
    if (figures === undefined) {
      figures = { results: new Map(), targets: new Map() };
      byUnit.set(unitId, figures);
    }
    return figures;
  };
  for (const target of targets) unitFigures(target.unitId).targets.set(target.criterionId, target.value);
  for (const result of results) {
    const figures = unitFigures(result.unitId).results;
    let quarters = figures.get(result.criterionId);
    if (quarters === undefined) {
      quarters = { reported: [null, null, null, null], verified: [null, null, null, null] };
      figures.set(result.criterionId, quarters);
    }
    quarters.reported[result.quarter - 1] = result.reportedValue;
    quarters.verified[result.quarter - 1] = result.verifiedValue;
  }
  return byUnit;
}

/**
 * The quarters in which any unit has a figure on a side (reported for self, verified for verified).
 * A quarter without one has nothing of its own to show: year to date it would only repeat the
 * quarter before, so trends leave a gap there and no movement is measured from it.
 */
export function quartersWithFigures(results: readonly ResultInput[]): Record<ScoreSide, ReadonlySet<Quarter>> {
  const self = new Set<Quarter>();
  const verified = new Set<Quarter>();
  for (const result of results) {
    if (result.reportedValue !== null) self.add(result.quarter);
    if (result.verifiedValue !== null) verified.add(result.quarter);
  }
  return { self, verified };
}
