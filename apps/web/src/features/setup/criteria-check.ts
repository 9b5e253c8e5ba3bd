import { criterionRole, round2, validateCriteriaSet, type SetProblemCode } from "@thidua/core";
import { engineCriterionOf, engineSetOf, type DraftCriterion, type DraftGroup, type DraftSet } from "./criteria-draft";

/** The engine's problems plus what the form itself needs filled in before the server can read it. */
export type DraftProblemCode =
  | Exclude<SetProblemCode, "DUPLICATE_GROUP_ID" | "DUPLICATE_CRITERION_ID" | "UNKNOWN_GROUP">
  | "SET_NAME_REQUIRED"
  | "SET_POINTS_REQUIRED"
  | "GROUP_CODE_REQUIRED"
  | "GROUP_NAME_REQUIRED"
  | "CODE_REQUIRED"
  | "NAME_REQUIRED"
  | "VALUE_REQUIRED"
  | "POINTS_INVALID"
  | "CLASS_INCOMPLETE";

/** A problem with the draft and the rows it concerns; none means it is about the set as a whole. */
export interface DraftProblem {
  code: DraftProblemCode;
  params: Record<string, string | number>;
  groupKeys: string[];
  criterionKeys: string[];
}

export interface PointsTotals {
  content: number;
  bonus: number;
  deduction: number;
}

export interface SetTotals extends PointsTotals {
  byGroup: Map<string, PointsTotals>;
}

function add(totals: PointsTotals, group: DraftGroup, criterion: DraftCriterion) {
  const points = criterion.maxPoints ?? 0;
  const role = criterionRole(engineCriterionOf(group, criterion));
  if (role === "CONTENT") totals.content = round2(totals.content + points);
  else if (role === "BONUS") totals.bonus = round2(totals.bonus + points);
  else totals.deduction = round2(totals.deduction + points);
}

/** The maxima added up, for the set and each group: content points must reach the declared total. */
export function setTotals(set: DraftSet): SetTotals {
  const all: PointsTotals = { content: 0, bonus: 0, deduction: 0 };
  const byGroup = new Map<string, PointsTotals>();
  for (const group of set.groups) {
    const totals: PointsTotals = { content: 0, bonus: 0, deduction: 0 };
    for (const criterion of group.criteria) {
      add(totals, group, criterion);
      add(all, group, criterion);
    }
    byGroup.set(group.key, totals);
  }
  return { ...all, byGroup };
}

/** Points are stored with two decimals, from 0 to 1.000. */
const validPoints = (points: number) => points >= 0 && points <= 1000 && Math.abs(round2(points) - points) < 1e-9;

function formProblems(set: DraftSet): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const onSet = (code: DraftProblemCode, params: DraftProblem["params"] = {}) =>
    problems.push({ code, params, groupKeys: [], criterionKeys: [] });
  if (!set.name.trim()) onSet("SET_NAME_REQUIRED");
  for (const points of [set.contentMaxPoints, set.bonusCap]) {
    if (points === null) onSet("SET_POINTS_REQUIRED");
    else if (!validPoints(points)) onSet("POINTS_INVALID", { criterionCode: "", points });
  }
  for (const band of set.classification) {
    if (!band.code.trim() || !band.label.trim() || band.minTotal === null) {
      onSet("CLASS_INCOMPLETE", { bandCode: band.code.trim() || band.label.trim() });
    } else if (!validPoints(band.minTotal))
      onSet("POINTS_INVALID", { criterionCode: band.code, points: band.minTotal });
  }
  for (const group of set.groups) {
    const onGroup = (code: DraftProblemCode) =>
      problems.push({ code, params: { groupCode: group.code }, groupKeys: [group.key], criterionKeys: [] });
    if (!group.code.trim()) onGroup("GROUP_CODE_REQUIRED");
    if (!group.name.trim()) onGroup("GROUP_NAME_REQUIRED");
    for (const criterion of group.criteria) {
      const on = (code: DraftProblemCode, params: DraftProblem["params"] = {}) =>
        problems.push({
          code,
          params: { criterionCode: criterion.code, ...params },
          groupKeys: [],
          criterionKeys: [criterion.key],
        });
      if (!criterion.code.trim()) on("CODE_REQUIRED");
      if (!criterion.name.trim()) on("NAME_REQUIRED");
      const needed: (number | null)[] = [criterion.maxPoints];
      if (criterion.kind === "TARGET_PERCENT") needed.push(criterion.fullAtPercent);
      if (criterion.kind === "BANDS") needed.push(...criterion.bands.flatMap((band) => [band.from, band.points]));
      if (criterion.kind === "DEDUCTION") needed.push(criterion.pointsPerEvent);
      if (criterion.kind === "BONUS") needed.push(criterion.pointsPerUnit);
      if (needed.some((value) => value === null)) on("VALUE_REQUIRED");
      const points = [criterion.maxPoints, ...(criterion.kind === "BANDS" ? criterion.bands.map((b) => b.points) : [])];
      for (const value of points) if (value !== null && !validPoints(value)) on("POINTS_INVALID", { points: value });
    }
  }
  return problems;
}

const IGNORED: SetProblemCode[] = ["DUPLICATE_GROUP_ID", "DUPLICATE_CRITERION_ID", "UNKNOWN_GROUP"];

/**
 * Everything that keeps the draft from being saved: missing fields first, then the engine's own
 * check (validateCriteriaSet), each placed on the rows whose code it names.
 */
export function draftProblems(set: DraftSet): DraftProblem[] {
  const criteriaByCode = new Map<string, string[]>();
  for (const criterion of set.groups.flatMap((group) => group.criteria)) {
    criteriaByCode.set(criterion.code, [...(criteriaByCode.get(criterion.code) ?? []), criterion.key]);
  }
  const engine = validateCriteriaSet(engineSetOf(set))
    .filter((problem) => !IGNORED.includes(problem.code))
    .map((problem) => {
      const { criterionCode, groupCode } = problem.params;
      return {
        code: problem.code as DraftProblemCode,
        params: problem.params,
        criterionKeys: typeof criterionCode === "string" ? (criteriaByCode.get(criterionCode) ?? []) : [],
        groupKeys:
          typeof groupCode === "string"
            ? set.groups.filter((group) => group.code === groupCode).map((group) => group.key)
            : [],
      };
    });
  return [...formProblems(set), ...engine];
}
