import { sheetGaps, type GapCell } from "@thidua/core";

/** A criterion as the gap rule needs it, with the code people know it by. */
export interface CodedGapCriterion {
  id: string;
  code: string;
  evidenceRequired: boolean;
  /** Year-end criteria are due in the fourth quarter only. */
  due: boolean;
}

export interface UnitGaps {
  /** Codes of due criteria without a self-assessed figure. */
  missingFigures: string[];
  /** Codes of due criteria whose required evidence is missing and not explained. */
  missingEvidence: string[];
}

/**
 * What a unit's sheet still lacks before it may be submitted, by criterion code: the engine's
 * rule (sheetGaps) on the self-assessed side, for the submission, the panel and the briefing alike.
 */
export function unitSheetGaps(criteria: readonly CodedGapCriterion[], cells: readonly GapCell[]): UnitGaps {
  const gaps = sheetGaps(
    criteria.map(({ id, evidenceRequired, due }) => ({ criterionId: id, evidenceRequired, due })),
    cells,
  );
  const codes = new Map(criteria.map((criterion) => [criterion.id, criterion.code]));
  const codesOf = (pick: (gap: (typeof gaps)[number]) => boolean) =>
    gaps.filter(pick).map((gap) => codes.get(gap.criterionId) ?? gap.criterionId);
  return {
    missingFigures: codesOf((gap) => gap.missingFigure),
    missingEvidence: codesOf((gap) => gap.missingEvidence),
  };
}
