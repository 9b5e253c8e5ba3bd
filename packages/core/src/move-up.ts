import type { ExplanationOf } from "./explanation";
import { stepFor } from "./move-up-steps";
import type { RankedUnit } from "./ranking";
import { round2, sumPoints } from "./rounding";
import type { ScoreSide } from "./types";

export interface MoveUpSource {
  criterionId: string;
  code: string;
  name: string;
  /** The unit's points on the criterion now (0 when not yet scored). */
  points: number;
  maxPoints: number;
  /** Content points the unit has not earned on the criterion. */
  headroom: number;
  /** The points the plan counts on: what reaching `step` gives the unit over what it has. */
  take: number;
  /** The figure, answer or score to reach, with the points the rule gives for it. */
  step: ExplanationOf<"moveUpStep">;
}

export interface MoveUpPlan {
  /** The unit ranked just above; the first listed when several share that rank. */
  aboveUnitId: string;
  aboveUnitName: string;
  aboveRank: number;
  aboveTotal: number;
  /** The unit above's total minus this unit's total (0 when a tie-break put it above). */
  gap: number;
  /**
   * Points to gain to pass the unit above on total alone. Totals are kept to 0.01, so 0.01 more than
   * the unit above is enough whatever the tie-break rules would decide at an equal total; a unit whose
   * total is floored at 0 must first make up its excess deductions.
   */
  pointsNeeded: number;
  /**
   * Content criteria with the most headroom, each with a step its rule really offers, taken until
   * the points needed are covered. A banded or yes/no criterion gives whole steps, so the plan may
   * gain more than needed.
   */
  sources: MoveUpSource[];
  /** What the plan gains in all: the sum of its steps, each one reachable on its own. */
  gain: number;
  /** False when even every step the content criteria offer cannot close the gap this period. */
  covered: boolean;
  /**
   * Bonus points still possible under the set's cap. Kept apart from the sources: bonus items
   * (recognised models, initiatives) are opportunities, not points the unit lost.
   */
  bonusRoom: number;
}

/** What it takes to move up one place; null for a unit already ranked first. */
export function moveUpPlan(entries: readonly RankedUnit[], unit: RankedUnit, side: ScoreSide): MoveUpPlan | null {
  const nextRankUp = entries.filter((entry) => entry.rank < unit.rank).at(-1)?.rank;
  const above = entries.find((entry) => entry.rank === nextRankUp);
  if (above === undefined) return null;
  const totals = unit.score[side];
  const raw = round2(totals.content + totals.bonus + totals.deduction);
  const pointsNeeded = round2(above.total - raw + 0.01);
  const sources = planSteps(unit, side, pointsNeeded);
  const gain = sumPoints(sources.map((source) => source.take));
  return {
    aboveUnitId: above.unitId,
    aboveUnitName: above.unitName,
    aboveRank: above.rank,
    aboveTotal: above.total,
    gap: round2(above.total - unit.total),
    pointsNeeded,
    sources,
    gain,
    covered: gain >= pointsNeeded,
    bonusRoom: Math.max(0, round2(unit.score.bonusCap - totals.bonus)),
  };
}

/**
 * Criteria with the most headroom first (equal headroom in the covenant's order); each gives the
 * smallest step that covers what is still needed, or its biggest step when none does.
 */
function planSteps(unit: RankedUnit, side: ScoreSide, needed: number): MoveUpSource[] {
  const candidates = unit.score.criteria
    .map((criterion) => ({ criterion, headroom: round2(criterion.maxPoints - (criterion[side].points ?? 0)) }))
    .filter(({ criterion, headroom }) => criterion.due && criterion.role === "CONTENT" && headroom > 0)
    .sort((a, b) => b.headroom - a.headroom);
  const sources: MoveUpSource[] = [];
  let remaining = needed;
  for (const { criterion, headroom } of candidates) {
    if (remaining <= 0) break;
    const step = stepFor(criterion, side, remaining);
    if (step === null) continue;
    sources.push({
      criterionId: criterion.criterionId,
      code: criterion.code,
      name: criterion.name,
      points: criterion[side].points ?? 0,
      maxPoints: criterion.maxPoints,
      headroom,
      take: step.take,
      step: step.explanation,
    });
    remaining = round2(remaining - step.take);
  }
  return sources;
}
