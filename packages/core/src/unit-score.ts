import { isDue, periodTarget, periodValue, type QuarterValues } from "./accumulate";
import { classify, type Classification } from "./classification";
import { scoreCriterion, type CriterionStatus, type PeriodTarget } from "./criterion-points";
import { criterionRole, type CriterionRole } from "./criterion-role";
import type { CodedPoints, Explanation, GroupTerm } from "./explanation";
import { indexFigures, type UnitFigures } from "./figures";
import { prepareSet, type PreparedSet } from "./prepared-set";
import { round2, sumPoints } from "./rounding";
import type {
  CriteriaGroupDef,
  CriteriaSetDef,
  CriterionDef,
  CriterionKind,
  CriterionRule,
  Period,
  ResultInput,
  ScoreSide,
  TargetInput,
  UnitRef,
} from "./types";

export interface UnitInput {
  set: CriteriaSetDef;
  unit: UnitRef;
  /** May hold other units' rows too; only this unit's are used. */
  targets: readonly TargetInput[];
  results: readonly ResultInput[];
}

export interface CriterionSideScore {
  /** The period's value (accumulated for YTD); null when missing or not due. */
  value: number | null;
  points: number | null;
  status: CriterionStatus;
  /** How the value was formed from the quarters; null when the criterion is not due. */
  valueExplanation: Explanation | null;
  explanation: Explanation;
}

export interface CriterionScore {
  criterionId: string;
  code: string;
  name: string;
  groupId: string;
  kind: CriterionKind;
  /** The rule with its parameters (bands, points per unit), for advice on what it takes to earn more. */
  rule: CriterionRule;
  unitOfMeasure: string | null;
  role: CriterionRole;
  maxPoints: number;
  knockOut: boolean;
  due: boolean;
  /** The target used in this period (a quarter's share under the QUARTER basis); null when none applies. */
  target: number | null;
  self: CriterionSideScore;
  verified: CriterionSideScore;
}

export interface GroupSideScore {
  /** Content points of the group's criteria; the group's bonus and deductions are kept apart. */
  points: number;
  /** The group's bonus criteria before the set's bonus cap. */
  bonus: number;
  deduction: number;
  /** Content + bonus + deductions: what the group's rows add up to on a sheet or heat map. */
  subtotal: number;
  explanation: Explanation;
}

export interface GroupScore {
  groupId: string;
  code: string;
  name: string;
  /** Content points attainable in the group in this period. */
  maxPoints: number;
  /** The most the group's bonus items can add in this period: their maxima, within the set's bonus cap. */
  bonusMaxPoints: number;
  self: GroupSideScore;
  verified: GroupSideScore;
}

export interface UnitSideTotals {
  content: number;
  bonusUncapped: number;
  /** Bonus after the set's cap. */
  bonus: number;
  /** Zero or negative. */
  deduction: number;
  /** content + bonus + deduction, floored at 0. */
  total: number;
  /** Due content criteria without a value. */
  missingCount: number;
  knockedOut: boolean;
  knockOutCriterionIds: string[];
  classification: Classification;
  explanations: { bonus: Explanation; deduction: Explanation; total: Explanation };
}

export interface UnitScore {
  unitId: string;
  unitName: string;
  period: Period;
  /** Content points attainable in the period: year-end criteria are left out before the fourth quarter. */
  maxAttainable: number;
  fullContentMax: number;
  bonusCap: number;
  /** In the set's display order. */
  criteria: CriterionScore[];
  /** In the set's display order. */
  groups: GroupScore[];
  self: UnitSideTotals;
  verified: UnitSideTotals;
  /** Self total minus verified total: how far the self-assessment ran ahead of verification. */
  gap: number;
  explanations: { maxAttainable: Explanation; gap: Explanation };
}

export function scoreUnit(input: UnitInput, period: Period): UnitScore {
  const figures = indexFigures(input.targets, input.results).get(input.unit.id);
  return scorePreparedUnit(prepareSet(input.set), input.unit, figures, period);
}

const NO_VALUES: QuarterValues = [null, null, null, null];

/** Scores one unit from already indexed figures; bloc-wide callers index and prepare once. */
export function scorePreparedUnit(
  prepared: PreparedSet,
  unit: UnitRef,
  figures: UnitFigures | undefined,
  period: Period,
): UnitScore {
  const criteria = prepared.set.criteria.map((criterion) => scoreCriterionInPeriod(criterion, figures, period));
  let attainable = 0;
  const notDue: CodedPoints[] = [];
  for (const criterion of criteria) {
    if (criterion.role !== "CONTENT") continue;
    if (criterion.due) attainable += criterion.maxPoints;
    else notDue.push({ code: criterion.code, points: criterion.maxPoints });
  }
  const maxAttainable = round2(attainable);
  const groups = scoreGroups(prepared, criteria);
  const self = sideTotals(prepared, criteria, groups, "self", maxAttainable);
  const verified = sideTotals(prepared, criteria, groups, "verified", maxAttainable);
  const gap = round2(self.total - verified.total);
  return {
    unitId: unit.id,
    unitName: unit.name,
    period,
    maxAttainable,
    fullContentMax: prepared.fullContentMax,
    bonusCap: prepared.set.bonusCap,
    criteria,
    groups,
    self,
    verified,
    gap,
    explanations: {
      maxAttainable: {
        key: "maxAttainable",
        fullContentMax: prepared.fullContentMax,
        notDue,
        maxAttainable,
      },
      gap: { key: "selfVerifiedGap", self: self.total, verified: verified.total, gap },
    },
  };
}

function scoreCriterionInPeriod(
  criterion: CriterionDef,
  figures: UnitFigures | undefined,
  period: Period,
): CriterionScore {
  const due = isDue(criterion, period);
  const quarters = figures?.results.get(criterion.id);
  const target = due ? periodTarget(criterion, figures?.targets.get(criterion.id), period) : null;
  return {
    criterionId: criterion.id,
    code: criterion.code,
    name: criterion.name,
    groupId: criterion.groupId,
    kind: criterion.rule.kind,
    rule: criterion.rule,
    unitOfMeasure: criterion.unitOfMeasure,
    role: criterionRole(criterion),
    maxPoints: criterion.maxPoints,
    knockOut: criterion.knockOut,
    due,
    target: target?.value ?? null,
    self: scoreSide(criterion, quarters?.reported ?? NO_VALUES, target, period, due),
    verified: scoreSide(criterion, quarters?.verified ?? NO_VALUES, target, period, due),
  };
}

function scoreSide(
  criterion: CriterionDef,
  quarters: QuarterValues,
  target: PeriodTarget | null,
  period: Period,
  due: boolean,
): CriterionSideScore {
  if (!due) {
    return {
      value: null,
      points: null,
      status: "NOT_DUE",
      valueExplanation: null,
      explanation: { key: "notYetDue", quarter: period.quarter },
    };
  }
  const { value, explanation: valueExplanation } = periodValue(criterion, quarters, period);
  const { points, status, explanation } = scoreCriterion(criterion, value, target);
  return { value, points, status, valueExplanation, explanation };
}

function scoreGroups(prepared: PreparedSet, criteria: readonly CriterionScore[]): GroupScore[] {
  const members: CriterionScore[][] = prepared.set.groups.map(() => []);
  for (const criterion of criteria) {
    const position = prepared.groupPosition.get(criterion.groupId);
    if (position !== undefined) members[position]?.push(criterion);
  }
  const { bonusCap } = prepared.set;
  return prepared.set.groups.map((group, position) => groupScore(group, members[position] ?? [], bonusCap));
}

function groupScore(group: CriteriaGroupDef, criteria: readonly CriterionScore[], bonusCap: number): GroupScore {
  let maxPoints = 0;
  let bonusMax = 0;
  for (const criterion of criteria) {
    if (!criterion.due) continue;
    if (criterion.role === "CONTENT") maxPoints += criterion.maxPoints;
    else if (criterion.role === "BONUS") bonusMax += criterion.maxPoints;
  }
  maxPoints = round2(maxPoints);
  const bonusMaxPoints = round2(Math.min(bonusMax, bonusCap));
  return {
    groupId: group.id,
    code: group.code,
    name: group.name,
    maxPoints,
    bonusMaxPoints,
    self: groupSide(group, criteria, "self", maxPoints, bonusCap),
    verified: groupSide(group, criteria, "verified", maxPoints, bonusCap),
  };
}

function groupSide(
  group: CriteriaGroupDef,
  criteria: readonly CriterionScore[],
  side: ScoreSide,
  maxPoints: number,
  bonusCap: number,
): GroupSideScore {
  const sums: Record<CriterionRole, number> = { CONTENT: 0, BONUS: 0, DEDUCTION: 0 };
  const terms: GroupTerm[] = [];
  for (const criterion of criteria) {
    if (!criterion.due) continue;
    const points = criterion[side].points ?? 0;
    sums[criterion.role] += points;
    terms.push({ code: criterion.code, points, role: criterion.role });
  }
  const points = round2(sums.CONTENT);
  const bonus = round2(sums.BONUS);
  const deduction = round2(sums.DEDUCTION);
  const subtotal = round2(points + bonus + deduction);
  return {
    points,
    bonus,
    deduction,
    subtotal,
    explanation: {
      key: "groupSubtotal",
      groupCode: group.code,
      points,
      maxPoints,
      criteria: terms,
      bonus,
      deduction,
      subtotal,
      bonusCap,
    },
  };
}

function sideTotals(
  prepared: PreparedSet,
  criteria: readonly CriterionScore[],
  groups: readonly GroupScore[],
  side: ScoreSide,
  maxAttainable: number,
): UnitSideTotals {
  let contentSum = 0;
  let missingCount = 0;
  const bonusItems: CodedPoints[] = [];
  const deductionItems: CodedPoints[] = [];
  const knockOuts: CriterionScore[] = [];
  for (const criterion of criteria) {
    const { points, status } = criterion[side];
    // A bonus or deduction left empty means nothing to add or take away, not a gap in reporting.
    if (status === "MISSING" && criterion.role === "CONTENT") missingCount += 1;
    if (isKnockOutViolation(criterion, side)) knockOuts.push(criterion);
    if (points === null) continue;
    if (criterion.role === "CONTENT") contentSum += points;
    // Only criteria that earned or cost something are named in explanations.
    else if (points !== 0)
      (criterion.role === "BONUS" ? bonusItems : deductionItems).push({ code: criterion.code, points });
  }
  const { bonusCap } = prepared.set;
  const content = round2(contentSum);
  const bonusUncapped = sumPoints(bonusItems.map((item) => item.points));
  const bonus = round2(Math.max(0, Math.min(bonusUncapped, bonusCap)));
  const deduction = sumPoints(deductionItems.map((item) => item.points));
  const raw = round2(content + bonus + deduction);
  const total = Math.max(0, raw);
  return {
    content,
    bonusUncapped,
    bonus,
    deduction,
    total,
    missingCount,
    knockedOut: knockOuts.length > 0,
    knockOutCriterionIds: knockOuts.map((criterion) => criterion.criterionId),
    classification: classify(prepared.bandsDescending, {
      content,
      bonus,
      deduction,
      maxAttainable,
      fullContentMax: prepared.fullContentMax,
      knockOutCodes: knockOuts.map((criterion) => criterion.code),
    }),
    explanations: {
      bonus: {
        key: "bonusTotal",
        items: bonusItems,
        uncapped: bonusUncapped,
        cap: bonusCap,
        points: bonus,
        capped: bonusUncapped > bonus,
      },
      deduction: { key: "deductionTotal", items: deductionItems, points: deduction },
      total: {
        key: "unitTotal",
        // Groups made only of bonus and deduction criteria have no content to add.
        groups: groups
          .filter((group) => group.maxPoints > 0)
          .map((group) => ({ code: group.code, points: group[side].points })),
        content,
        bonus,
        bonusItems,
        bonusUncapped,
        bonusCap,
        deduction,
        raw,
        total,
        floored: raw < 0,
      },
    },
  };
}

/** A "no" on a knock-out yes/no criterion, or any event on a knock-out deduction. */
function isKnockOutViolation(criterion: CriterionScore, side: ScoreSide): boolean {
  const { value } = criterion[side];
  if (!criterion.knockOut || value === null) return false;
  if (criterion.kind === "YES_NO") return value === 0;
  return criterion.kind === "DEDUCTION" && value > 0;
}
