/**
 * The scoring engine's inputs. They mirror the database model but carry plain numbers,
 * so the same engine runs on the server and in the browser (live totals while typing).
 */

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export function isQuarter(quarter: number): quarter is Quarter {
  return Number.isInteger(quarter) && quarter >= 1 && quarter <= 4;
}

/** A quarter number read from storage or a checked input, as the engine takes it; anything else is a bug. */
export function asQuarter(quarter: number): Quarter {
  if (!isQuarter(quarter)) throw new RangeError(`Not a quarter: ${quarter}`);
  return quarter;
}

/** How a quarter's score is formed: the year to date through that quarter, or that quarter alone. */
export type PeriodBasis = "YTD" | "QUARTER";

/**
 * Added for the engine's outputs: every score exists twice, as the unit's self-assessment (tự chấm)
 * and as verified (thẩm định); rankings and comparisons can be asked for either.
 */
export type ScoreSide = "self" | "verified";

export interface Period {
  quarter: Quarter;
  basis: PeriodBasis;
}

export type Reporting = "QUARTERLY" | "YEAR_END";

/** How the quarterly values of a criterion make the year-to-date value. */
export type Accumulation = "SUM" | "LAST" | "MAX" | "AVERAGE";

export interface Band {
  /** Lower bound (inclusive) of the band, on the basis named by the rule. */
  from: number;
  points: number;
}

export type CriterionRule =
  /** Points proportional to the percent of target reached, full points at `fullAtPercent`, capped at the maximum. */
  | { kind: "TARGET_PERCENT"; fullAtPercent: number }
  /** Points of the highest band whose `from` the value (or the percent of target) reaches; below every band: 0. */
  | { kind: "BANDS"; basis: "VALUE" | "PERCENT_OF_TARGET"; bands: Band[] }
  /** Value 1 (yes) gives the maximum, 0 (no) gives nothing. */
  | { kind: "YES_NO" }
  /** The assessor's score itself, 0..max. */
  | { kind: "QUALITATIVE" }
  /** `pointsPerEvent` deducted per event; the criterion's maximum is the most it can deduct. */
  | { kind: "DEDUCTION"; pointsPerEvent: number }
  /** `pointsPerUnit` earned per unit of value (e.g. per recognised model); capped at the criterion's maximum. */
  | { kind: "BONUS"; pointsPerUnit: number };

export type CriterionKind = CriterionRule["kind"];

export interface CriteriaGroupDef {
  id: string;
  code: string;
  name: string;
}

export interface CriterionDef {
  id: string;
  groupId: string;
  code: string;
  name: string;
  unitOfMeasure: string | null;
  /** Maximum points; for a deduction, the most it can take away; for a bonus, its own cap. */
  maxPoints: number;
  rule: CriterionRule;
  reporting: Reporting;
  accumulation: Accumulation;
  /** A violation (YES_NO answered "no", or any DEDUCTION event) bars the unit from the top classification. */
  knockOut: boolean;
}

/** A class of the year's result (xuất sắc, tốt, ...). The top class is withheld from knocked-out units. */
export interface ClassificationBand {
  code: string;
  label: string;
  /** Minimum total (inclusive) for this class. */
  minTotal: number;
  /**
   * Added for the province overview: sets often end with a class such as "không hoàn thành" from 0 points,
   * and leaders want units in it listed as lagging. Absent means passing.
   */
  passing?: boolean;
}

export type TieBreakRule =
  | { by: "GROUP"; groupId: string }
  | { by: "CRITERION"; criterionId: string }
  /** Fewer points lost to deductions ranks higher. */
  | { by: "FEWER_DEDUCTIONS" };

export interface CriteriaSetDef {
  /** Groups in display order. */
  groups: CriteriaGroupDef[];
  /** Criteria in display order. */
  criteria: CriterionDef[];
  /** Cap on the sum of all bonus criteria (e.g. 10 in a 90 + 10 scheme). */
  bonusCap: number;
  /** Classification bands, any order; the engine picks the highest band reached. */
  classification: ClassificationBand[];
  /** Applied in order to separate equal totals; units still equal share a rank. */
  tieBreak: TieBreakRule[];
  /**
   * Added so validateCriteriaSet can check the covenant adds up: the declared maximum of the content
   * criteria (e.g. 90 in a 90 + 10 scheme), as stored on the criteria set.
   */
  contentMaxPoints?: number;
}

/** One unit's figures for one criterion and one quarter. A null value is "not reported / not verified". */
export interface ResultInput {
  criterionId: string;
  unitId: string;
  quarter: Quarter;
  reportedValue: number | null;
  verifiedValue: number | null;
}

/** The year's target for one unit and criterion (used by TARGET_PERCENT and percent-of-target bands). */
export interface TargetInput {
  criterionId: string;
  unitId: string;
  value: number;
}

export interface UnitRef {
  id: string;
  name: string;
}
