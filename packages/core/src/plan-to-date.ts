import type { Explanation } from "./explanation";
import { cleanNumber, round2 } from "./rounding";
import type { CriterionDef, Period, ScoreSide, TargetInput } from "./types";
import { scoreUnit, type UnitInput } from "./unit-score";
import type { Classification } from "./classification";

/**
 * How a summed target is spread over the year when the work is seasonal (Tết gifts and the poor
 * fund mostly in quarter I, housing in II–III): one weight per quarter, e.g. [60, 20, 10, 10].
 */
export interface TargetPhasing {
  criterionId: string;
  /** Quarter I to IV; any scale (percent or parts), only their proportions count. */
  weights: readonly [number, number, number, number];
}

/**
 * The share of the annual target expected by the end of the quarter: a summed quarterly figure
 * by its phasing, else a quarter's share per quarter; a level (a rate, the latest count) is
 * expected at its annual target all year.
 */
export function planShare(
  criterion: Pick<CriterionDef, "accumulation" | "reporting">,
  quarter: number,
  phasing: TargetPhasing["weights"] | undefined,
): number {
  if (criterion.accumulation !== "SUM" || criterion.reporting !== "QUARTERLY" || quarter >= 4) return 1;
  const total = phasing?.reduce((sum, weight) => sum + weight, 0) ?? 0;
  if (phasing === undefined || !(total > 0)) return quarter / 4;
  return cleanNumber(phasing.slice(0, quarter).reduce((sum, weight) => sum + weight, 0) / total);
}

export interface ProvisionalClassification {
  /** True before the fourth quarter: the class is measured against the plan to date (tạm xếp loại). */
  provisional: boolean;
  classification: Classification;
  explanation: Explanation;
}

/**
 * Classifies a unit's year to date. Before quarter IV, year-to-date figures measured against the
 * year's targets put nearly every unit low on bands written for the year; so each target is
 * replaced by the plan to date (its expected share, see planShare) and the unit is classified on
 * that score, marked provisional. Quarter IV classifies against the year, as the ranking does.
 */
export function classifyToDate(
  input: UnitInput,
  period: Period,
  side: ScoreSide,
  phasings: readonly TargetPhasing[] = [],
): ProvisionalClassification {
  const year = scoreUnit(input, period)[side].classification;
  if (period.quarter === 4 || period.basis !== "YTD") {
    return { provisional: false, classification: year, explanation: year.explanation };
  }
  const criteria = new Map(input.set.criteria.map((criterion) => [criterion.id, criterion]));
  const weights = new Map(phasings.map((phasing) => [phasing.criterionId, phasing.weights]));
  const shares: { code: string; share: number; phased: boolean }[] = [];
  const targets: TargetInput[] = input.targets.map((target) => {
    const criterion = criteria.get(target.criterionId);
    if (!criterion || target.unitId !== input.unit.id) return target;
    const phasing = weights.get(criterion.id);
    const share = planShare(criterion, period.quarter, phasing);
    if (share !== 1) shares.push({ code: criterion.code, share: round2(share * 100), phased: phasing !== undefined });
    return { ...target, value: cleanNumber(target.value * share) };
  });
  const toDate = scoreUnit({ ...input, targets }, period)[side].classification;
  return {
    provisional: true,
    classification: toDate,
    explanation: {
      key: "provisionalClassification",
      quarter: period.quarter,
      shares,
      yearScore: year.score,
      classification: toDate.explanation,
    },
  };
}
