import { criterionRole } from "./criterion-role";
import { round2, sumPoints } from "./rounding";
import type { CriteriaSetDef, CriterionDef } from "./types";

export type SetProblemCode =
  | "DUPLICATE_GROUP_ID"
  | "DUPLICATE_GROUP_CODE"
  | "DUPLICATE_CRITERION_ID"
  | "DUPLICATE_CRITERION_CODE"
  | "UNKNOWN_GROUP"
  | "MAX_POINTS_NOT_POSITIVE"
  | "CONTENT_MAX_MISMATCH"
  | "FULL_AT_PERCENT_NOT_POSITIVE"
  | "BANDS_EMPTY"
  | "BANDS_NOT_ASCENDING"
  | "BAND_POINTS_OUT_OF_RANGE"
  | "POINTS_PER_EVENT_NOT_POSITIVE"
  | "POINTS_PER_UNIT_NOT_POSITIVE"
  | "KNOCK_OUT_NOT_SUPPORTED"
  | "BONUS_CAP_NEGATIVE"
  | "DUPLICATE_CLASSIFICATION_CODE"
  | "DUPLICATE_CLASSIFICATION_MIN"
  | "CLASSIFICATION_MIN_NEGATIVE"
  | "CLASSIFICATION_UNREACHABLE"
  | "UNKNOWN_TIE_BREAK_GROUP"
  | "UNKNOWN_TIE_BREAK_CRITERION";

/** A problem in a criteria set: a stable code plus the values a translated message needs. */
export interface SetProblem {
  code: SetProblemCode;
  params: Record<string, string | number>;
}

/** Checks that a covenant adds up and that every rule can be applied; an empty list means it is sound. */
export function validateCriteriaSet(set: CriteriaSetDef): SetProblem[] {
  const problems: SetProblem[] = [];
  const report = (code: SetProblemCode, params: SetProblem["params"] = {}): void => {
    problems.push({ code, params });
  };

  for (const code of duplicates(set.groups.map((group) => group.id))) report("DUPLICATE_GROUP_ID", { groupId: code });
  for (const code of duplicates(set.groups.map((group) => group.code)))
    report("DUPLICATE_GROUP_CODE", { groupCode: code });
  for (const id of duplicates(set.criteria.map((criterion) => criterion.id))) {
    report("DUPLICATE_CRITERION_ID", { criterionId: id });
  }
  for (const code of duplicates(set.criteria.map((criterion) => criterion.code))) {
    report("DUPLICATE_CRITERION_CODE", { criterionCode: code });
  }

  const groupIds = new Set(set.groups.map((group) => group.id));
  for (const criterion of set.criteria) {
    if (!groupIds.has(criterion.groupId)) {
      report("UNKNOWN_GROUP", { criterionCode: criterion.code, groupId: criterion.groupId });
    }
    if (!(criterion.maxPoints > 0)) {
      report("MAX_POINTS_NOT_POSITIVE", { criterionCode: criterion.code, maxPoints: criterion.maxPoints });
    }
    for (const problem of ruleProblems(criterion)) problems.push(problem);
  }

  const contentMax = sumPoints(
    set.criteria.filter((criterion) => criterionRole(criterion) === "CONTENT").map((criterion) => criterion.maxPoints),
  );
  if (set.contentMaxPoints !== undefined && round2(set.contentMaxPoints) !== contentMax) {
    report("CONTENT_MAX_MISMATCH", { declared: set.contentMaxPoints, actual: contentMax });
  }
  if (set.bonusCap < 0) report("BONUS_CAP_NEGATIVE", { bonusCap: set.bonusCap });

  for (const code of duplicates(set.classification.map((band) => band.code))) {
    report("DUPLICATE_CLASSIFICATION_CODE", { bandCode: code });
  }
  for (const minTotal of duplicates(set.classification.map((band) => band.minTotal))) {
    report("DUPLICATE_CLASSIFICATION_MIN", { minTotal });
  }
  const highestTotal = round2(contentMax + Math.max(0, set.bonusCap));
  for (const band of set.classification) {
    if (band.minTotal < 0) report("CLASSIFICATION_MIN_NEGATIVE", { bandCode: band.code, minTotal: band.minTotal });
    if (band.minTotal > highestTotal) {
      report("CLASSIFICATION_UNREACHABLE", { bandCode: band.code, minTotal: band.minTotal, highestTotal });
    }
  }

  const criterionIds = new Set(set.criteria.map((criterion) => criterion.id));
  for (const rule of set.tieBreak) {
    if (rule.by === "GROUP" && !groupIds.has(rule.groupId))
      report("UNKNOWN_TIE_BREAK_GROUP", { groupId: rule.groupId });
    if (rule.by === "CRITERION" && !criterionIds.has(rule.criterionId)) {
      report("UNKNOWN_TIE_BREAK_CRITERION", { criterionId: rule.criterionId });
    }
  }
  return problems;
}

function ruleProblems(criterion: CriterionDef): SetProblem[] {
  const criterionCode = criterion.code;
  const { rule } = criterion;
  const problems: SetProblem[] = [];
  if (criterion.knockOut && rule.kind !== "YES_NO" && rule.kind !== "DEDUCTION") {
    problems.push({ code: "KNOCK_OUT_NOT_SUPPORTED", params: { criterionCode, kind: rule.kind } });
  }
  switch (rule.kind) {
    case "TARGET_PERCENT":
      if (!(rule.fullAtPercent > 0)) {
        problems.push({
          code: "FULL_AT_PERCENT_NOT_POSITIVE",
          params: { criterionCode, fullAtPercent: rule.fullAtPercent },
        });
      }
      break;
    case "BANDS":
      if (rule.bands.length === 0) problems.push({ code: "BANDS_EMPTY", params: { criterionCode } });
      rule.bands.forEach((band, index) => {
        const previous = rule.bands[index - 1];
        if (previous !== undefined && !(band.from > previous.from)) {
          problems.push({
            code: "BANDS_NOT_ASCENDING",
            params: { criterionCode, from: band.from, previousFrom: previous.from },
          });
        }
        if (!(band.points >= 0 && band.points <= criterion.maxPoints)) {
          problems.push({
            code: "BAND_POINTS_OUT_OF_RANGE",
            params: { criterionCode, from: band.from, points: band.points, maxPoints: criterion.maxPoints },
          });
        }
      });
      break;
    case "DEDUCTION":
      if (!(rule.pointsPerEvent > 0)) {
        problems.push({
          code: "POINTS_PER_EVENT_NOT_POSITIVE",
          params: { criterionCode, pointsPerEvent: rule.pointsPerEvent },
        });
      }
      break;
    case "BONUS":
      if (!(rule.pointsPerUnit > 0)) {
        problems.push({
          code: "POINTS_PER_UNIT_NOT_POSITIVE",
          params: { criterionCode, pointsPerUnit: rule.pointsPerUnit },
        });
      }
      break;
    case "YES_NO":
    case "QUALITATIVE":
      break;
  }
  return problems;
}

/** Each value that occurs more than once, reported once, in order of first repetition. */
function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}
