import {
  criterionRole,
  formatPoints,
  round2,
  validateCriteriaSet,
  type CriteriaSetDef,
  type CriterionRule,
  type SetProblem,
  type SetProblemCode,
} from "@thidua/core";
import type { Locale } from "../../i18n/locale";
import type { MessageKey } from "../../i18n/messages";
import { translate } from "../../i18n/translate";
import type { TClassificationBand, TCriterionFields, TTieBreakRule } from "../../criteria/schemas";

/** A set as entered or stored, named by codes: enough to add it up. */
export interface SetShape {
  contentMaxPoints: number;
  bonusCap: number;
  classification: TClassificationBand[];
  tieBreak: TTieBreakRule[];
  groups: { code: string; criteria: TCriterionFields[] }[];
}

// Codes stand in for ids, so the engine's problems name what people typed. Id duplicates then repeat
// code duplicates, and a criterion always sits in a group of the tree.
type TreeProblemCode = Exclude<SetProblemCode, "DUPLICATE_GROUP_ID" | "DUPLICATE_CRITERION_ID" | "UNKNOWN_GROUP">;
type TreeProblem = SetProblem & { code: TreeProblemCode };

/**
 * Covenants list bands from the top ("từ 100% trở lên 4 điểm; từ 90% 3 điểm; ...") and the engine
 * scores them in any order, so they are kept as written and handed to the validator ascending:
 * its ordering check then only catches two bands that start at the same value.
 */
function engineRule(criterion: TCriterionFields): CriterionRule {
  if (criterion.kind === "BANDS") {
    const bands = criterion.rule.bands.toSorted((a, b) => a.from - b.from);
    return { kind: "BANDS", basis: criterion.rule.basis, bands };
  }
  return { ...criterion.rule, kind: criterion.kind } as CriterionRule;
}

function defByCodes(set: SetShape): CriteriaSetDef {
  return {
    contentMaxPoints: set.contentMaxPoints,
    bonusCap: set.bonusCap,
    classification: set.classification,
    tieBreak: set.tieBreak.map((rule) =>
      rule.by === "GROUP"
        ? { by: "GROUP", groupId: rule.groupCode }
        : rule.by === "CRITERION"
          ? { by: "CRITERION", criterionId: rule.criterionCode }
          : rule,
    ),
    groups: set.groups.map((group) => ({ id: group.code, code: group.code, name: group.code })),
    criteria: set.groups.flatMap((group) =>
      group.criteria.map((criterion) => ({
        id: criterion.code,
        groupId: group.code,
        code: criterion.code,
        name: criterion.name,
        unitOfMeasure: criterion.unitOfMeasure,
        maxPoints: criterion.maxPoints,
        rule: engineRule(criterion),
        reporting: criterion.reporting,
        accumulation: criterion.accumulation,
        knockOut: criterion.knockOut,
      })),
    ),
  };
}

export interface SetTotals {
  /** The content criteria's maxima added up: must equal contentMaxPoints. */
  contentMaxSum: number;
  /** Each bonus criterion's own cap added up; the set's bonusCap limits their total. */
  bonusMaxSum: number;
  deductionMaxSum: number;
}

export interface TranslatedSetProblem {
  code: TreeProblemCode;
  params: Record<string, string | number>;
  message: string;
}

/** The running totals of a set and the engine's problems with it, in the caller's language. */
export function checkSet(set: SetShape, locale: Locale): { totals: SetTotals; problems: TranslatedSetProblem[] } {
  const def = defByCodes(set);
  const maxima = (role: ReturnType<typeof criterionRole>) =>
    round2(
      def.criteria
        .filter((criterion) => criterionRole(criterion) === role)
        .reduce((sum, criterion) => sum + criterion.maxPoints, 0),
    );
  const problems = validateCriteriaSet(def)
    .filter(
      (problem): problem is TreeProblem =>
        !["DUPLICATE_GROUP_ID", "DUPLICATE_CRITERION_ID", "UNKNOWN_GROUP"].includes(problem.code),
    )
    .map((problem) => ({ ...problem, message: describeProblem(problem, locale) }));
  return {
    totals: { contentMaxSum: maxima("CONTENT"), bonusMaxSum: maxima("BONUS"), deductionMaxSum: maxima("DEDUCTION") },
    problems,
  };
}

function describeProblem(problem: TreeProblem, locale: Locale): string {
  const key = `setProblem.${problem.code}` as const satisfies MessageKey;
  // Points and bounds are written the way the caller's language writes numbers, like every figure.
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([name, value]) => [
      name,
      typeof value === "number" ? formatPoints(value, locale) : value,
    ]),
  );
  return translate(key, locale, params);
}
