import { scoreCriterion } from "./criterion-points";
import type { ExplanationOf } from "./explanation";
import { cleanNumber, round2 } from "./rounding";
import type { ScoreSide } from "./types";
import type { CriterionScore } from "./unit-score";

/** One step a criterion's rule offers: the figure to reach and the points it really gives. */
export interface MoveUpStep {
  /** Points gained over what the unit has now. */
  take: number;
  explanation: ExplanationOf<"moveUpStep">;
}

/**
 * The step of a content criterion's rule that gains at least `wanted` points with the least, or its
 * biggest step when none gains that much; null when the rule offers nothing more (full points
 * already, or no target to measure a figure against). Proportional rules (percent of target, an
 * assessed score) can give any amount up to the maximum; bands and yes/no only their steps. Every
 * step is scored again by the rule itself, so its points are ones the rule gives.
 */
export function stepFor(criterion: CriterionScore, side: ScoreSide, wanted: number): MoveUpStep | null {
  const { rule, maxPoints, target } = criterion;
  const { status } = criterion[side];
  if (criterion.role !== "CONTENT" || !criterion.due || status === "NO_TARGET") return null;
  const current = criterion[side].points ?? 0;
  const goal = round2(Math.min(maxPoints, current + wanted));
  switch (rule.kind) {
    case "TARGET_PERCENT": {
      if (target === null || target <= 0 || rule.fullAtPercent <= 0) return null;
      return reaching(
        criterion,
        current,
        "percentOfTarget",
        roundUp(((goal / maxPoints) * rule.fullAtPercent * target) / 100, criterion, side),
      );
    }
    case "QUALITATIVE":
      return reaching(criterion, current, "assessed", goal);
    case "YES_NO":
      return reaching(criterion, current, "yes", 1);
    case "BANDS": {
      const byPercent = rule.basis === "PERCENT_OF_TARGET";
      if (byPercent && (target === null || target <= 0)) return null;
      const steps = rule.bands
        .map((band) =>
          reaching(
            criterion,
            current,
            byPercent ? "percentOfTarget" : "value",
            byPercent ? roundUp((band.from * (target ?? 0)) / 100, criterion, side) : band.from,
          ),
        )
        .filter((step): step is MoveUpStep => step !== null)
        .sort((a, b) => a.take - b.take);
      return steps.find((step) => step.take >= round2(goal - current)) ?? steps.at(-1) ?? null;
    }
    default:
      return null;
  }
}

/** The step of reaching `value`: null when it earns nothing more than the unit has. */
function reaching(
  criterion: CriterionScore,
  current: number,
  reach: ExplanationOf<"moveUpStep">["reach"],
  value: number,
): MoveUpStep | null {
  const { target } = criterion;
  const points =
    scoreCriterion(criterion, value, target === null ? null : { value: target, proRatedFrom: null }).points ?? 0;
  const take = round2(points - current);
  if (take <= 0) return null;
  return {
    take,
    explanation: {
      key: "moveUpStep",
      reach,
      percent: reach === "percentOfTarget" && target !== null ? round2((value * 100) / target) : null,
      value: reach === "yes" ? null : value,
      unit: reach === "assessed" ? null : criterion.unitOfMeasure,
      points,
      maxPoints: criterion.maxPoints,
    },
  };
}

/**
 * A figure to reach, rounded up to the decimals the unit's figures are kept in (whole houses when
 * its figure and target are whole, 3,93 tỷ đồng when they carry decimals), so reaching the rounded
 * figure still earns the points.
 */
function roundUp(value: number, criterion: CriterionScore, side: ScoreSide): number {
  const decimals = Math.min(4, Math.max(decimalsOf(criterion[side].value), decimalsOf(criterion.target)));
  const scale = 10 ** decimals;
  return Math.ceil(cleanNumber(value * scale)) / scale;
}

function decimalsOf(figure: number | null): number {
  if (figure === null) return 0;
  const text = String(cleanNumber(figure));
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}
