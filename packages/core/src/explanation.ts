import type { CriterionRole } from "./criterion-role";
import type { Accumulation, PeriodBasis, Quarter, ScoreSide, TieBreakRule } from "./types";

/**
 * Every number the engine produces carries one of these: plain data (so it crosses the API and is
 * rendered in the browser) holding the inputs and rule parameters that produced the number.
 * renderExplanation turns it into a sentence.
 */
export type Explanation =
  | { key: "notReported" }
  | { key: "notYetDue"; quarter: Quarter }
  | { key: "noTarget"; value: number; unit: string | null }
  | {
      key: "periodValue";
      basis: PeriodBasis;
      accumulation: Accumulation;
      /** The quarter of `values[0]`; the others follow in order. */
      firstQuarter: Quarter;
      /** Each quarter's value, null when not reported. */
      values: (number | null)[];
      value: number | null;
      /** The criterion's unit of measure as the bloc wrote it ("% hộ", "cuộc"); null for none. */
      unit: string | null;
    }
  | {
      key: "targetPercent";
      value: number;
      unit: string | null;
      target: number;
      /** The annual target when `target` is its quarterly share; null when `target` is the annual one. */
      annualTarget: number | null;
      percent: number;
      fullAtPercent: number;
      maxPoints: number;
      points: number;
      capped: boolean;
    }
  | {
      key: "band";
      basis: "VALUE" | "PERCENT_OF_TARGET";
      value: number;
      unit: string | null;
      target: number | null;
      annualTarget: number | null;
      percent: number | null;
      /** Lower bound of the band reached; null below every band. */
      bandFrom: number | null;
      bandPoints: number;
      maxPoints: number;
      points: number;
      capped: boolean;
    }
  | { key: "yesNo"; value: number; answer: boolean; maxPoints: number; points: number }
  | { key: "qualitative"; value: number; maxPoints: number; points: number; clamped: boolean }
  | {
      key: "deduction";
      events: number;
      unit: string | null;
      pointsPerEvent: number;
      maxPoints: number;
      points: number;
      capped: boolean;
    }
  | {
      key: "bonus";
      value: number;
      unit: string | null;
      pointsPerUnit: number;
      maxPoints: number;
      points: number;
      capped: boolean;
    }
  | {
      key: "groupSubtotal";
      groupCode: string;
      /** Content points and the content maximum of the period. */
      points: number;
      maxPoints: number;
      /** Every due criterion of the group in the covenant's order, so the terms add up as the rows do. */
      criteria: GroupTerm[];
      /** The group's bonus items before the set's cap; zero or negative for deductions. */
      bonus: number;
      deduction: number;
      /** Content + bonus + deductions: what the group's rows add up to. */
      subtotal: number;
      /** The set's cap on all bonus items together. */
      bonusCap: number;
    }
  | { key: "maxAttainable"; fullContentMax: number; notDue: CodedPoints[]; maxAttainable: number }
  | {
      key: "bonusTotal";
      items: CodedPoints[];
      uncapped: number;
      cap: number;
      points: number;
      capped: boolean;
    }
  | { key: "deductionTotal"; items: CodedPoints[]; points: number }
  | {
      key: "unitTotal";
      groups: CodedPoints[];
      content: number;
      /** The bonus counted, after the set's cap. */
      bonus: number;
      /** The bonus items that earned something, before the set's cap. */
      bonusItems: CodedPoints[];
      bonusUncapped: number;
      bonusCap: number;
      deduction: number;
      raw: number;
      total: number;
      floored: boolean;
    }
  | { key: "selfVerifiedGap"; self: number; verified: number; gap: number }
  | {
      key: "classification";
      score: number;
      scaled: boolean;
      content: number;
      scaledContent: number;
      maxAttainable: number;
      fullContentMax: number;
      bonus: number;
      deduction: number;
      band: BandRef | null;
      /** The top class the unit reached but was denied because of a knock-out criterion. */
      withheld: BandRef | null;
      knockOutCodes: string[];
    }
  | {
      key: "provisionalClassification";
      quarter: Quarter;
      /** The criteria whose target was cut to the plan to date: percent of the annual target, phased or a quarter's share. */
      shares: { code: string; share: number; phased: boolean }[];
      /** The score against the year's targets, which the ranking keeps. */
      yearScore: number;
      /** The classification on the plan to date. */
      classification: ExplanationOf<"classification">;
    }
  | {
      key: "rank";
      side: ScoreSide;
      rank: number;
      unitCount: number;
      total: number;
      /** Names of the units sharing this rank. */
      tiedWith: string[];
      decidedBy: TieBreakDecision | null;
    }
  | { key: "movement"; previousRank: number; rank: number; movement: number }
  | {
      key: "moveUpStep";
      /**
       * What the criterion's rule asks for the points: a percent of the target (with the figure it
       * takes), a figure, a "yes", or an assessed score.
       */
      reach: "percentOfTarget" | "value" | "yes" | "assessed";
      percent: number | null;
      value: number | null;
      unit: string | null;
      /** The points the step gives, as the rule computes them. */
      points: number;
      maxPoints: number;
    };

export type ExplanationKey = Explanation["key"];
export type ExplanationOf<K extends ExplanationKey> = Extract<Explanation, { key: K }>;

/** Points attributed to a group or criterion, named by its code as printed in the covenant. */
export interface CodedPoints {
  code: string;
  points: number;
}

/** A criterion's points inside a group subtotal, with where they go. */
export interface GroupTerm extends CodedPoints {
  role: CriterionRole;
}

export interface BandRef {
  code: string;
  label: string;
  minTotal: number;
}

/** How a tie-break rule separated two units with the same total. */
export interface TieBreakDecision {
  by: TieBreakRule["by"];
  /** Code of the group or criterion compared; null for FEWER_DEDUCTIONS. */
  code: string | null;
  points: number;
  otherPoints: number;
  otherUnitId: string;
  otherUnitName: string;
  /** True when this unit came out ahead of the other one. */
  won: boolean;
}
