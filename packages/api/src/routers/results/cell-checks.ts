import { formatPoints } from "@thidua/core";
import type { CriterionKind, Reporting } from "@thidua/db";
import type { SessionUser } from "../../auth/session";
import type { Locale } from "../../i18n/locale";
import type { UnnamedProblem } from "./cell-problems";

export interface CriterionRules {
  id: string;
  code: string;
  kind: CriterionKind;
  maxPoints: number;
  reporting: Reporting;
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

function valueProblem(criterion: CriterionRules, value: number, locale: Locale): Problem | null {
  switch (criterion.kind) {
    case "YES_NO":
      return value === 0 || value === 1 ? null : { reason: "cell.yesNo" };
    case "DEDUCTION":
    case "BONUS":
      return Number.isInteger(value) && value >= 0 ? null : { reason: "cell.wholeNumber" };
    case "QUALITATIVE":
      if (value > criterion.maxPoints) {
        return { reason: "cell.aboveMax", params: { max: formatPoints(criterion.maxPoints, locale) } };
      }
      return value >= 0 ? null : { reason: "cell.nonNegative" };
    default:
      return value >= 0 ? null : { reason: "cell.nonNegative" };
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
