import type { Explanation, ExplanationOf } from "./explanation";
import { cleanNumber, round2 } from "./rounding";
import type { CriteriaSetDef, CriterionDef, Period, Quarter, ScoreSide, TargetInput } from "./types";
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
  const plan = planToDate(input.set, input.targets, period.quarter, phasings);
  const toDate = scoreUnit({ ...input, targets: plan.targets }, period)[side].classification;
  return provisionalOf(year, toDate, period.quarter, plan.sharesOf(input.unit.id));
}

type PlanShareNote = ExplanationOf<"provisionalClassification">["shares"][number];

/**
 * Every target cut to the plan to date at the quarter (see planShare), for any number of units, and
 * per unit the criteria whose target was cut, as the explanation lists them.
 */
export function planToDate(
  set: Pick<CriteriaSetDef, "criteria">,
  targets: readonly TargetInput[],
  quarter: Quarter,
  phasings: readonly TargetPhasing[] = [],
) {
  const weights = new Map(phasings.map((phasing) => [phasing.criterionId, phasing.weights]));
  const cut = new Map<string, { share: number; note: PlanShareNote }>();
  for (const criterion of set.criteria) {
    const phasing = weights.get(criterion.id);
    const share = planShare(criterion, quarter, phasing);
    if (share !== 1) {
      cut.set(criterion.id, {
        share,
        note: { code: criterion.code, share: round2(share * 100), phased: phasing !== undefined },
      });
    }
  }
  return {
    targets: targets.map((target) => {
      const share = cut.get(target.criterionId)?.share;
      return share === undefined ? target : { ...target, value: cleanNumber(target.value * share) };
    }),
    sharesOf: (unitId: string): PlanShareNote[] =>
      targets.flatMap((target) => {
        const note = target.unitId === unitId ? cut.get(target.criterionId)?.note : undefined;
        return note ? [note] : [];
      }),
  };
}

/** The provisional class (on the plan to date) explained beside the score against the year. */
export function provisionalOf(
  year: Classification,
  toDate: Classification,
  quarter: Quarter,
  shares: PlanShareNote[],
): ProvisionalClassification {
  return {
    provisional: true,
    classification: toDate,
    explanation: {
      key: "provisionalClassification",
      quarter,
      shares,
      yearScore: year.score,
      classification: toDate.explanation,
    },
  };
}
