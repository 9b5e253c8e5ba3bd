import type { Explanation } from "./explanation";
import { cleanNumber, round2 } from "./rounding";
import type { Band, CriterionDef } from "./types";

/**
 * SCORED: points computed. MISSING: no value reported or verified. NO_TARGET: the rule needs a target
 * the unit does not have. NOT_DUE: a year-end criterion before the fourth quarter.
 * Only SCORED carries points; the others count as 0 in totals.
 */
export type CriterionStatus = "SCORED" | "MISSING" | "NO_TARGET" | "NOT_DUE";

export interface CriterionPoints {
  /** Rounded to two decimals; negative for a deduction; null when not scored. */
  points: number | null;
  status: CriterionStatus;
  explanation: Explanation;
}

/** The target a value is measured against in the period being scored. */
export interface PeriodTarget {
  value: number;
  /** The annual target when `value` is its quarterly share, so explanations can say so. */
  proRatedFrom: number | null;
}

export function scoreCriterion(
  criterion: Pick<CriterionDef, "rule" | "maxPoints" | "unitOfMeasure">,
  value: number | null,
  target: PeriodTarget | null = null,
): CriterionPoints {
  if (value === null) return { points: null, status: "MISSING", explanation: { key: "notReported" } };
  const { rule, maxPoints, unitOfMeasure: unit } = criterion;
  // A zero target cannot be reached "by a percent"; treating it as absent avoids dividing by zero.
  const goal = target !== null && target.value > 0 ? target : null;
  switch (rule.kind) {
    case "TARGET_PERCENT": {
      if (goal === null) return noTarget(value, unit);
      const percent = percentOfTarget(value, goal.value);
      const points = round2(maxPoints * shareOfFullPoints(percent, rule.fullAtPercent));
      return scored(points, {
        key: "targetPercent",
        value,
        unit,
        target: goal.value,
        annualTarget: goal.proRatedFrom,
        percent: round2(percent),
        fullAtPercent: rule.fullAtPercent,
        maxPoints,
        points,
        capped: percent > rule.fullAtPercent,
      });
    }
    case "BANDS": {
      const byPercent = rule.basis === "PERCENT_OF_TARGET";
      if (byPercent && goal === null) return noTarget(value, unit);
      const percent = byPercent && goal !== null ? percentOfTarget(value, goal.value) : null;
      const band = bandReached(rule.bands, percent ?? value);
      const bandPoints = band?.points ?? 0;
      const points = round2(clamp(bandPoints, 0, maxPoints));
      return scored(points, {
        key: "band",
        basis: rule.basis,
        value,
        unit,
        target: goal?.value ?? null,
        annualTarget: goal?.proRatedFrom ?? null,
        percent: percent === null ? null : round2(percent),
        bandFrom: band?.from ?? null,
        bandPoints,
        maxPoints,
        points,
        capped: bandPoints > maxPoints,
      });
    }
    case "YES_NO": {
      const answer = value !== 0;
      const points = answer ? round2(maxPoints) : 0;
      return scored(points, { key: "yesNo", value, answer, maxPoints, points });
    }
    case "QUALITATIVE": {
      const points = round2(clamp(value, 0, maxPoints));
      return scored(points, { key: "qualitative", value, maxPoints, points, clamped: points !== round2(value) });
    }
    case "DEDUCTION": {
      const events = Math.max(0, value);
      const deducted = cleanNumber(events * rule.pointsPerEvent);
      const points = round2(-Math.min(deducted, maxPoints));
      return scored(points, {
        key: "deduction",
        events,
        unit,
        pointsPerEvent: rule.pointsPerEvent,
        maxPoints,
        points,
        capped: deducted > maxPoints,
      });
    }
    case "BONUS": {
      const earned = cleanNumber(Math.max(0, value) * rule.pointsPerUnit);
      const points = round2(Math.min(earned, maxPoints));
      return scored(points, {
        key: "bonus",
        value,
        unit,
        pointsPerUnit: rule.pointsPerUnit,
        maxPoints,
        points,
        capped: earned > maxPoints,
      });
    }
  }
}

/** Percent of target, free of float noise so that a value exactly on a band's bound reaches the band. */
function percentOfTarget(value: number, target: number): number {
  return cleanNumber((value * 100) / target);
}

/** A non-positive fullAtPercent is reported by validateCriteriaSet; until fixed, any progress earns full points. */
function shareOfFullPoints(percent: number, fullAtPercent: number): number {
  if (fullAtPercent <= 0) return percent > 0 ? 1 : 0;
  return clamp(percent / fullAtPercent, 0, 1);
}

/** The band with the highest lower bound the value reaches, whatever order the bands are listed in. */
function bandReached(bands: readonly Band[], x: number): Band | null {
  let reached: Band | null = null;
  for (const band of bands) {
    if (band.from <= x && (reached === null || band.from > reached.from)) reached = band;
  }
  return reached;
}

function scored(points: number, explanation: Explanation): CriterionPoints {
  return { points, status: "SCORED", explanation };
}

function noTarget(value: number, unit: string | null): CriterionPoints {
  return { points: null, status: "NO_TARGET", explanation: { key: "noTarget", value, unit } };
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(Math.max(x, min), max);
}
