import { measureOf } from "./measure";
import type { CriterionDef } from "./types";

/** What the checks need of a criterion. */
export type FigureCriterion = Pick<CriterionDef, "maxPoints" | "unitOfMeasure"> & {
  kind: CriterionDef["rule"]["kind"];
};

/**
 * Why a figure can never be right for its criterion (refused outright, on the server and in the
 * sheet alike): a yes/no that is neither, events or counts that are not whole, a negative figure,
 * an assessed score above the maximum, a share of a whole above 100%.
 */
export type FigureProblem =
  | { code: "yesNo" }
  | { code: "wholeNumber" }
  | { code: "negative" }
  | { code: "aboveMax"; maxPoints: number }
  | { code: "countFraction"; unit: string }
  | { code: "percentAbove100" };

export function figureProblem(criterion: FigureCriterion, value: number): FigureProblem | null {
  switch (criterion.kind) {
    case "YES_NO":
      return value === 0 || value === 1 ? null : { code: "yesNo" };
    case "DEDUCTION":
    case "BONUS":
      return Number.isInteger(value) && value >= 0 ? null : { code: "wholeNumber" };
    case "QUALITATIVE":
      if (value < 0) return { code: "negative" };
      return value > criterion.maxPoints ? { code: "aboveMax", maxPoints: criterion.maxPoints } : null;
    case "TARGET_PERCENT":
    case "BANDS":
      return measuredProblem(criterion.unitOfMeasure, value);
  }
}

function measuredProblem(unitOfMeasure: string | null, value: number): FigureProblem | null {
  if (value < 0) return { code: "negative" };
  switch (measureOf(unitOfMeasure)) {
    case "COUNT":
      return Number.isInteger(value) ? null : { code: "countFraction", unit: unitOfMeasure ?? "" };
    case "PERCENT":
      return value > 100 ? { code: "percentAbove100" } : null;
    case "AMOUNT":
      return null;
  }
}
