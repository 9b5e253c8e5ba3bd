/** A criterion of a unit's quarter sheet, as far as completeness goes. */
export interface GapCriterion {
  criterionId: string;
  /** A figure needs evidence attached, or an explanation (giải trình) of how it was scored. */
  evidenceRequired: boolean;
  /** False for a year-end criterion before the fourth quarter: nothing is asked of it yet. */
  due: boolean;
}

/** What the unit entered for one criterion in the quarter. */
export interface GapCell {
  criterionId: string;
  /** The figure being checked (the self-assessed one for a unit's sheet); null when not entered. */
  value: number | null;
  explanation?: string | null;
  /** How many files and links are attached to the criterion this quarter. */
  evidenceCount: number;
}

export interface CriterionGap {
  criterionId: string;
  missingFigure: boolean;
  /** Evidence is required, none is attached and no explanation was written. */
  missingEvidence: boolean;
}

const written = (text: string | null | undefined) => (text ?? "").trim().length > 0;

/**
 * What a unit's sheet still lacks, per criterion in the order given: a figure, or the evidence a
 * criterion requires (which an explanation stands in for). The two are independent, so an empty
 * cell of an evidence-required criterion lacks both. Criteria not due this quarter lack nothing.
 */
export function sheetGaps(criteria: readonly GapCriterion[], cells: readonly GapCell[]): CriterionGap[] {
  const byCriterion = new Map(cells.map((cell) => [cell.criterionId, cell]));
  return criteria.map(({ criterionId, evidenceRequired, due }) => {
    const cell = byCriterion.get(criterionId);
    if (!due) return { criterionId, missingFigure: false, missingEvidence: false };
    return {
      criterionId,
      missingFigure: cell?.value === null || cell?.value === undefined,
      missingEvidence: evidenceRequired && (cell?.evidenceCount ?? 0) === 0 && !written(cell?.explanation),
    };
  });
}

/** Only the criteria that lack something, for a list of what is left to do. */
export const openGaps = (gaps: readonly CriterionGap[]): CriterionGap[] =>
  gaps.filter((gap) => gap.missingFigure || gap.missingEvidence);
