import type { CriterionDef, CriterionRule } from "./types";

/**
 * Where a criterion's points go: content points make up the scale (e.g. 90), bonus points are capped
 * as a whole by the set, deductions are subtracted.
 */
export type CriterionRole = "CONTENT" | "BONUS" | "DEDUCTION";

export function criterionRole(criterion: CriterionDef): CriterionRole {
  switch (criterion.rule.kind) {
    case "BONUS":
      return "BONUS";
    case "DEDUCTION":
      return "DEDUCTION";
    default:
      return "CONTENT";
  }
}

/** Whether the rule reads the unit's target, so a missing target leaves the criterion unscored. */
export function usesTarget(rule: CriterionRule): boolean {
  return rule.kind === "TARGET_PERCENT" || (rule.kind === "BANDS" && rule.basis === "PERCENT_OF_TARGET");
}
