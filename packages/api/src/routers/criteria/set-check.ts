import {
  criteriaSetDef,
  criterionRole,
  formatPoints,
  round2,
  validateCriteriaSet,
  type CriteriaSetDef,
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

/** A set as typed, named by codes alone: codes stand in for ids (core's one conversion). */
const defByCodes = (set: SetShape): CriteriaSetDef =>
  criteriaSetDef({
    contentMaxPoints: set.contentMaxPoints,
    bonusCap: set.bonusCap,
    classification: set.classification,
    tieBreak: set.tieBreak,
    groups: set.groups.map((group) => ({ code: group.code, name: group.code })),
    criteria: set.groups.flatMap((group) => group.criteria.map((criterion) => ({ ...criterion, groupId: group.code }))),
  });

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
