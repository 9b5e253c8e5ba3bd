import type { TieBreakDecision } from "./explanation";
import type { ScoreSide, TieBreakRule } from "./types";
import type { UnitScore } from "./unit-score";

/**
 * The value a tie-break rule compares; higher ranks first. A group compares its content points,
 * a criterion its points (a deduction's are negative, so fewer deducted is higher), and
 * FEWER_DEDUCTIONS the unit's deduction total (also negative).
 */
export function tieBreakValue(score: UnitScore, rule: TieBreakRule, side: ScoreSide): number {
  switch (rule.by) {
    case "GROUP":
      return score.groups.find((group) => group.groupId === rule.groupId)?.[side].points ?? 0;
    case "CRITERION":
      return score.criteria.find((criterion) => criterion.criterionId === rule.criterionId)?.[side].points ?? 0;
    case "FEWER_DEDUCTIONS":
      return score[side].deduction;
  }
}

/** The code the covenant prints for the group or criterion a rule refers to. */
function tieBreakCode(score: UnitScore, rule: TieBreakRule): string | null {
  switch (rule.by) {
    case "GROUP":
      return score.groups.find((group) => group.groupId === rule.groupId)?.code ?? rule.groupId;
    case "CRITERION":
      return score.criteria.find((criterion) => criterion.criterionId === rule.criterionId)?.code ?? rule.criterionId;
    case "FEWER_DEDUCTIONS":
      return null;
  }
}

export interface TieBreakSubject {
  score: UnitScore;
  /** The ranking side's total followed by one value per tie-break rule. */
  keys: readonly number[];
}

/** Orders by total, then by each tie-break value, higher first; 0 means still equal after every rule. */
export function compareRankingKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (b[index] ?? 0) - (a[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Which rule separated two units with equal totals, as seen from `unit`. */
export function tieBreakDecision(
  rules: readonly TieBreakRule[],
  unit: TieBreakSubject,
  other: TieBreakSubject,
): TieBreakDecision | null {
  for (let index = 0; index < rules.length; index += 1) {
    const rule = rules[index];
    const points = unit.keys[index + 1] ?? 0;
    const otherPoints = other.keys[index + 1] ?? 0;
    if (rule !== undefined && points !== otherPoints) {
      return {
        by: rule.by,
        code: tieBreakCode(unit.score, rule),
        points,
        otherPoints,
        otherUnitId: other.score.unitId,
        otherUnitName: other.score.unitName,
        won: points > otherPoints,
      };
    }
  }
  return null;
}
