import {
  renderExplanation,
  type BlocRanking,
  type Classification,
  type Explanation,
  type Locale,
  type RankedUnit,
} from "@thidua/core";

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

export type RankedUnitView = ReturnType<typeof rankedUnitView>;
