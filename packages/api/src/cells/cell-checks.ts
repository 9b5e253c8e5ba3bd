import { figureProblem, formatPoints, type FigureProblem } from "@thidua/core";
import type { CriterionKind, Reporting } from "@thidua/db";
import type { SessionUser } from "../auth/session";
import type { Locale } from "../i18n/locale";
import type { UnnamedProblem } from "./cell-problems";

export interface CriterionRules {
  id: string;
  code: string;
  kind: CriterionKind;
  maxPoints: number;
  reporting: Reporting;
  unitOfMeasure: string | null;
}

export interface CellRules {
  user: SessionUser;
  year: number;
  quarter: number;
  memberIds: Set<string>;
  criteria: Map<string, CriterionRules>;
  /** The caller's language, in which the bounds a refusal names are written. */
  locale: Locale;
}

export interface CellEdit {
  unitId: string;
  criterionId: string;
  reportedValue?: number | null;
  verifiedValue?: number | null;
}

type Problem = Pick<UnnamedProblem, "reason" | "params">;

/** The engine's refusal of a figure (the same check the sheet runs as it is typed), as a message key. */
function valueProblem(criterion: CriterionRules, value: number, locale: Locale): Problem | null {
  const problem = figureProblem(criterion, value);
  return problem && toMessage(problem, locale);
}

function toMessage(problem: FigureProblem, locale: Locale): Problem {
  switch (problem.code) {
    case "yesNo":
      return { reason: "cell.yesNo" };
    case "wholeNumber":
      return { reason: "cell.wholeNumber" };
    case "negative":
      return { reason: "cell.nonNegative" };
    case "aboveMax":
      return { reason: "cell.aboveMax", params: { max: formatPoints(problem.maxPoints, locale) } };
    case "countFraction":
      return { reason: "cell.countFraction", params: { unit: problem.unit } };
    case "percentAbove100":
      return { reason: "cell.percentAbove100" };
  }
}

/** Why a cell may not be saved by this user, or null; the first reason found is enough to name it. */
export function cellProblem(
  edit: CellEdit,
  { user, year, quarter, memberIds, criteria, locale }: CellRules,
): Problem | null {
  if (user.role === "UNIT" && edit.unitId !== user.unitId) return { reason: "cell.otherUnit" };
  if (user.role === "UNIT" && edit.verifiedValue !== undefined) return { reason: "cell.unitCannotVerify" };
  if (!memberIds.has(edit.unitId)) return { reason: "cell.notMember", params: { year } };
  const criterion = criteria.get(edit.criterionId);
  if (!criterion) return { reason: "cell.notInSet" };
  if (criterion.reporting === "YEAR_END" && quarter !== 4) return { reason: "cell.yearEndOnly" };
  for (const value of [edit.reportedValue, edit.verifiedValue]) {
    const problem = value === null || value === undefined ? null : valueProblem(criterion, value, locale);
    if (problem) return problem;
  }
  return null;
}
