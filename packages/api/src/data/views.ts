import {
  renderExplanation,
  type BlocRanking,
  type Classification,
  type Explanation,
  type Locale,
  type CriterionKind,
  type CriterionRole,
  type RankedUnit,
} from "@thidua/core";
import { z } from "zod";

export const ZCriterionKind = z.enum([
  "TARGET_PERCENT",
  "BANDS",
  "YES_NO",
  "QUALITATIVE",
  "DEDUCTION",
  "BONUS",
] as const satisfies readonly CriterionKind[]);
/** What a criterion's points count as in a total. */
export const ZCriterionRole = z.enum(["CONTENT", "BONUS", "DEDUCTION"] as const satisfies readonly CriterionRole[]);
export const ZBasisValue = z.enum(["YTD", "QUARTER"]);
export const ZSideValue = z.enum(["verified", "self"]);

/** A criterion as the heat map and the comparison list it, before their own figures. */
export const ZCriterionRow = z.object({
  criterionId: z.string(),
  code: z.string(),
  name: z.string(),
  groupId: z.string(),
  kind: ZCriterionKind,
  role: ZCriterionRole,
  maxPoints: z.number(),
});
/** A classification band by its code and label, as charts and overviews name it. */
export const ZBandRef = z.object({ code: z.string(), label: z.string() });

export const ZClassificationView = z.object({
  code: z.string().nullable(),
  label: z.string().nullable(),
  withheldLabel: z.string().nullable(),
  passing: z.boolean(),
  score: z.number(),
  provisional: z.boolean(),
  explanation: z.string(),
});

/**
 * A classification as clients show it: the band reached, if any, whether it passes, and whether it
 * is provisional (tạm xếp loại: against the plan to date, before quarter IV), explained as such.
 */
export function classificationView(
  classification: Classification,
  locale: Locale,
  { provisional, explanation }: { provisional: boolean; explanation: Explanation } = {
    provisional: false,
    explanation: classification.explanation,
  },
) {
  const { band, withheld, passing, score } = classification;
  return {
    code: band?.code ?? null,
    label: band?.label ?? null,
    withheldLabel: withheld?.label ?? null,
    passing,
    score,
    provisional,
    explanation: renderExplanation(explanation, locale),
  };
}

/**
 * A ranked unit without its full score sheet (which is 100× larger): what a ranking table, a stacked
 * bar chart and an "how was this computed" popover need, with the explanations already in words.
 */
export function rankedUnitView(entry: RankedUnit, side: BlocRanking["side"], locale: Locale) {
  const totals = entry.score[side];
  return {
    unitId: entry.unitId,
    unitName: entry.unitName,
    rank: entry.rank,
    tied: entry.tied,
    previousRank: entry.previousRank,
    movement: entry.movement,
    total: entry.total,
    totalSelf: entry.totalSelf,
    totalVerified: entry.totalVerified,
    gap: entry.gap,
    content: totals.content,
    bonus: totals.bonus,
    deduction: totals.deduction,
    maxAttainable: entry.score.maxAttainable,
    missingCount: entry.missingCount,
    knockedOut: entry.knockedOut,
    classification: classificationView(entry.classification, locale, {
      provisional: entry.provisional,
      explanation: entry.explanations.classification,
    }),
    groups: entry.groups.map(({ groupId, code, points }) => ({ groupId, code, points })),
    explanations: {
      total: renderExplanation(totals.explanations.total, locale),
      rank: renderExplanation(entry.explanations.rank, locale),
      movement: entry.explanations.movement && renderExplanation(entry.explanations.movement, locale),
    },
  };
}

export const ZRankedUnitView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  rank: z.number().int(),
  tied: z.boolean(),
  previousRank: z.number().int().nullable(),
  movement: z.number().int().nullable(),
  total: z.number(),
  totalSelf: z.number(),
  totalVerified: z.number(),
  gap: z.number(),
  content: z.number(),
  bonus: z.number(),
  deduction: z.number(),
  maxAttainable: z.number(),
  missingCount: z.number().int(),
  knockedOut: z.boolean(),
  classification: ZClassificationView,
  groups: z.array(z.object({ groupId: z.string(), code: z.string(), points: z.number() })),
  explanations: z.object({ total: z.string(), rank: z.string(), movement: z.string().nullable() }),
});
export type RankedUnitView = ReturnType<typeof rankedUnitView>;
