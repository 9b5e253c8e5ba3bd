import type { CriterionRole } from "./criterion-role";
import { moveUpPlan, type MoveUpPlan } from "./move-up";
import type { BlocRanking, RankedUnit } from "./ranking";
import { round2, sumPoints } from "./rounding";
import type { CriterionKind, ScoreSide } from "./types";
import type { CriterionScore } from "./unit-score";

export interface PointsComparison {
  maxPoints: number;
  points: number;
  blocAverage: number;
  leaderPoints: number;
}

export interface GroupComparison extends PointsComparison {
  groupId: string;
  code: string;
  name: string;
}

export interface CriterionComparison extends PointsComparison {
  criterionId: string;
  code: string;
  name: string;
  groupId: string;
  kind: CriterionKind;
  role: CriterionRole;
}

export interface PointsLost {
  criterionId: string;
  code: string;
  name: string;
  role: CriterionRole;
  maxPoints: number;
  points: number;
  /** Content: maximum minus points earned. Deduction: points deducted. */
  lost: number;
}

export interface UnitComparison {
  unitId: string;
  unitName: string;
  side: ScoreSide;
  rank: number;
  unitCount: number;
  total: number;
  blocAverage: number;
  /** The first unit ranked first; `leaderTied` says whether others share first place. */
  leader: { unitId: string; unitName: string; total: number };
  leaderTied: boolean;
  groups: GroupComparison[];
  /** Criteria due in the period, in the covenant's order. */
  criteria: CriterionComparison[];
  /** Where the unit loses most, largest first. */
  biggestLosses: PointsLost[];
  moveUp: MoveUpPlan | null;
}

/** A unit against its bloc's average and leader, on the ranking's side; null when it is not in the ranking. */
export function compareUnit(ranking: BlocRanking, unitId: string): UnitComparison | null {
  const { entries, side } = ranking;
  const unit = entries.find((entry) => entry.unitId === unitId);
  const leader = entries[0];
  if (unit === undefined || leader === undefined) return null;
  // Every entry of a ranking was scored on the same set, so groups and criteria line up by position.
  const criterionPoints = (entry: RankedUnit, index: number): number => entry.score.criteria[index]?.[side].points ?? 0;
  const groupPoints = (entry: RankedUnit, index: number): number => entry.groups[index]?.points ?? 0;
  const average = (pointsOf: (entry: RankedUnit) => number): number =>
    round2(sumPoints(entries.map(pointsOf)) / entries.length);

  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    side,
    rank: unit.rank,
    unitCount: entries.length,
    total: unit.total,
    blocAverage: average((entry) => entry.total),
    leader: { unitId: leader.unitId, unitName: leader.unitName, total: leader.total },
    leaderTied: leader.tied,
    groups: unit.score.groups.map((group, index) => ({
      groupId: group.groupId,
      code: group.code,
      name: group.name,
      maxPoints: group.maxPoints,
      points: groupPoints(unit, index),
      blocAverage: average((entry) => groupPoints(entry, index)),
      leaderPoints: groupPoints(leader, index),
    })),
    criteria: unit.score.criteria.flatMap((criterion, index) =>
      criterion.due
        ? [
            {
              criterionId: criterion.criterionId,
              code: criterion.code,
              name: criterion.name,
              groupId: criterion.groupId,
              kind: criterion.kind,
              role: criterion.role,
              maxPoints: criterion.maxPoints,
              points: criterionPoints(unit, index),
              blocAverage: average((entry) => criterionPoints(entry, index)),
              leaderPoints: criterionPoints(leader, index),
            },
          ]
        : [],
    ),
    biggestLosses: pointsLost(unit.score.criteria, side),
    moveUp: moveUpPlan(entries, unit, side),
  };
}

/** Content criteria below their maximum and deductions taken, largest loss first (ties in covenant order). */
function pointsLost(criteria: readonly CriterionScore[], side: ScoreSide): PointsLost[] {
  return criteria
    .filter((criterion) => criterion.due && criterion.role !== "BONUS")
    .map((criterion) => {
      const points = criterion[side].points ?? 0;
      return {
        criterionId: criterion.criterionId,
        code: criterion.code,
        name: criterion.name,
        role: criterion.role,
        maxPoints: criterion.maxPoints,
        points,
        lost: criterion.role === "DEDUCTION" ? -points : round2(criterion.maxPoints - points),
      };
    })
    .filter((loss) => loss.lost > 0)
    .sort((a, b) => b.lost - a.lost);
}
