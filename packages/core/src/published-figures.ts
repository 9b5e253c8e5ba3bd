import { prepareBloc, rankPreparedBloc, type BlocInput } from "./bloc";
import type { PeriodBasis, Quarter, ScoreSide } from "./types";
import type { RankedUnit } from "./ranking";
import type { CriterionScore } from "./unit-score";

const BASES: readonly PeriodBasis[] = ["YTD", "QUARTER"];
const SIDES: readonly ScoreSide[] = ["verified", "self"];

const shows = (criterion: CriterionScore) =>
  criterion.due || criterion.verified.value !== null || criterion.self.value !== null;

/** The figures of one ranked unit that a published quarter shows, without any name or label. */
function figuresOf(entry: RankedUnit) {
  const { score } = entry;
  const side = (totals: typeof score.verified) => [
    totals.content,
    totals.bonus,
    totals.deduction,
    totals.total,
    totals.missingCount,
    totals.knockedOut,
    totals.classification.score,
    totals.classification.band?.code ?? null,
    totals.classification.band?.minTotal ?? null,
    totals.classification.withheld?.code ?? null,
    totals.classification.passing,
  ];
  const shown = entry.classification;
  return [
    entry.unitId,
    entry.rank,
    entry.tied,
    // The class the quarter shows: before quarter IV on the plan to date, so a target's phasing counts.
    [entry.provisional, shown.score, shown.band?.code ?? null, shown.withheld?.code ?? null, shown.passing],
    score.maxAttainable,
    score.fullContentMax,
    score.bonusCap,
    side(score.verified),
    side(score.self),
    score.groups.map((group) => [group.code, group.maxPoints, group.verified.subtotal, group.self.subtotal]),
    // A criterion not yet due and without a figure (a year-end item before quarter IV) shows nothing.
    score.criteria
      .filter(shows)
      .map((criterion) => [
        criterion.criterionId,
        criterion.groupId,
        criterion.maxPoints,
        criterion.knockOut,
        criterion.due,
        criterion.target,
        criterion.verified.value,
        criterion.verified.points,
        criterion.self.value,
        criterion.self.points,
      ]),
  ];
}

/**
 * Everything a quarter's published results show (ranks, totals, classes, group and criterion
 * points and the targets behind them and their phasing, on both sides and both bases) as one comparable string.
 * Names, labels and explanations are left out on purpose: renaming a criterion, group or unit does
 * not change a published figure, while any change to points, rules, bands, caps, targets, members
 * or figures does. Two calls give equal strings exactly when the quarter would read the same.
 */
export function publishedFigures(input: BlocInput, quarter: Quarter): string {
  const bloc = prepareBloc(input);
  const rankings = BASES.flatMap((basis) =>
    SIDES.map((side) => {
      const ranking = rankPreparedBloc(bloc, { quarter, basis }, side, null);
      // Units are compared in a stable order: the ranking's display order depends on names.
      return ranking.entries.map(figuresOf).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    }),
  );
  return JSON.stringify(rankings);
}
