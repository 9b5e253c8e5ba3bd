/**
 * What a unit's sheet still lacks before it may be submitted, per criterion due this quarter.
 * The one place the submission, the completeness panel and the briefing ask; the rule itself
 * belongs in @thidua/core (sheetGaps), and until it is there only missing figures count.
 */
export interface GapCriterion {
  id: string;
  code: string;
  /** Year-end criteria are due in the fourth quarter only. */
  due: boolean;
}

export interface GapCell {
  criterionId: string;
  reportedValue: number | null;
}

export interface UnitGaps {
  /** Codes of due criteria without a self-assessed figure. */
  missingFigures: string[];
  /** Codes of due criteria whose required evidence is missing and not explained. */
  missingEvidence: string[];
}

export function unitSheetGaps(criteria: readonly GapCriterion[], cells: readonly GapCell[]): UnitGaps {
  const reported = new Set(cells.filter((cell) => cell.reportedValue !== null).map((cell) => cell.criterionId));
  return {
    missingFigures: criteria.filter((criterion) => criterion.due && !reported.has(criterion.id)).map((c) => c.code),
    missingEvidence: [],
  };
}
