import type { PeriodTarget } from "./criterion-points";
import { usesTarget } from "./criterion-role";
import type { Explanation } from "./explanation";
import { cleanNumber } from "./rounding";
import type { Accumulation, CriterionDef, Period, Quarter } from "./types";

/** One criterion's figures by quarter for one unit and side: index 0 is quarter I, null is "not reported". */
export type QuarterValues = readonly (number | null)[];

/** Combines the quarters' values into a year-to-date value; quarters without a value are skipped. */
export function accumulateValue(values: QuarterValues, accumulation: Accumulation): number | null {
  let count = 0;
  let sum = 0;
  let last = 0;
  let max = -Infinity;
  for (const value of values) {
    if (value === null) continue;
    count += 1;
    sum += value;
    last = value;
    max = Math.max(max, value);
  }
  if (count === 0) return null;
  switch (accumulation) {
    case "SUM":
      return cleanNumber(sum);
    case "LAST":
      return last;
    case "MAX":
      return max;
    case "AVERAGE":
      return cleanNumber(sum / count);
  }
}

/** Year-end criteria (e.g. the year's summary) only exist in the fourth quarter. */
export function isDue(criterion: CriterionDef, period: Period): boolean {
  return criterion.reporting === "QUARTERLY" || period.quarter === 4;
}

export interface PeriodValue {
  value: number | null;
  explanation: Explanation;
}

/** The value a period scores: quarters I..q accumulated (YTD), or quarter q alone (QUARTER). */
export function periodValue(criterion: CriterionDef, quarterValues: QuarterValues, period: Period): PeriodValue {
  const firstQuarter: Quarter = period.basis === "YTD" ? 1 : period.quarter;
  const values: (number | null)[] = [];
  for (let quarter = firstQuarter; quarter <= period.quarter; quarter += 1) {
    values.push(quarterValues[quarter - 1] ?? null);
  }
  const value = period.basis === "YTD" ? accumulateValue(values, criterion.accumulation) : (values[0] ?? null);
  return {
    value,
    explanation: {
      key: "periodValue",
      basis: period.basis,
      accumulation: criterion.accumulation,
      firstQuarter,
      values,
      value,
      unit: criterion.unitOfMeasure,
    },
  };
}

/**
 * Targets are annual. A year-to-date value is measured against the whole year's target (progress
 * toward it). A single quarter's value of a summed quantity (funds raised, houses built) is measured
 * against a quarter of the annual target, so a quarter on plan scores like a year on plan.
 * Levels (LAST, MAX, AVERAGE: e.g. % of cultured households) and year-end criteria keep the annual target.
 * A missing or non-positive target means "no target".
 */
export function periodTarget(criterion: CriterionDef, annual: number | undefined, period: Period): PeriodTarget | null {
  if (annual === undefined || annual <= 0 || !usesTarget(criterion.rule)) return null;
  const proRate = period.basis === "QUARTER" && criterion.accumulation === "SUM" && criterion.reporting === "QUARTERLY";
  return proRate ? { value: cleanNumber(annual / 4), proRatedFrom: annual } : { value: annual, proRatedFrom: null };
}
