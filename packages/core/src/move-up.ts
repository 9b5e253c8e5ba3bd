import type { RankedUnit } from "./ranking";
import { round2 } from "./rounding";
import type { ScoreSide } from "./types";

export interface HeadroomSource {
  criterionId: string;
  code: string;
  name: string;
  /** Content points the unit has not earned on the criterion. */
  headroom: number;
  /** The part of the headroom this plan counts on. */
  take: number;
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
  /** Content criteria with the most headroom, taken greedily until the points needed are covered. */
  sources: HeadroomSource[];
  /** False when even all the content headroom cannot close the gap this period. */
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
  const { sources, covered } = takeHeadroom(contentHeadroom(unit, side), pointsNeeded);
  return {
    aboveUnitId: above.unitId,
    aboveUnitName: above.unitName,
    aboveRank: above.rank,
    aboveTotal: above.total,
    gap: round2(above.total - unit.total),
    pointsNeeded,
    sources,
    covered,
    bonusRoom: Math.max(0, round2(unit.score.bonusCap - totals.bonus)),
  };
}

function contentHeadroom(unit: RankedUnit, side: ScoreSide): Omit<HeadroomSource, "take">[] {
  return unit.score.criteria
    .filter((criterion) => criterion.due && criterion.role === "CONTENT")
    .map((criterion) => ({
      criterionId: criterion.criterionId,
      code: criterion.code,
      name: criterion.name,
      headroom: round2(criterion.maxPoints - (criterion[side].points ?? 0)),
    }))
    .filter((source) => source.headroom > 0);
}

function takeHeadroom(
  candidates: readonly Omit<HeadroomSource, "take">[],
  needed: number,
): { sources: HeadroomSource[]; covered: boolean } {
  // Stable sort: equal headroom keeps the covenant's order.
  const ordered = [...candidates].sort((a, b) => b.headroom - a.headroom);
  const sources: HeadroomSource[] = [];
  let remaining = needed;
  for (const candidate of ordered) {
    if (remaining <= 0) break;
    const take = round2(Math.min(candidate.headroom, remaining));
    sources.push({ ...candidate, take });
    remaining = round2(remaining - take);
  }
  return { sources, covered: remaining <= 0 };
}
