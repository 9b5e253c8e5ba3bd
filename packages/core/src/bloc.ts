import { indexFigures, quartersWithFigures, type UnitFigures } from "./figures";
import { planToDate, provisionalOf, type ProvisionalClassification, type TargetPhasing } from "./plan-to-date";
import { prepareSet, type PreparedSet } from "./prepared-set";
import { rankUnitScores, type BlocRanking } from "./ranking";
import type { CriteriaSetDef, Period, Quarter, ResultInput, ScoreSide, TargetInput, UnitRef } from "./types";
import { scorePreparedUnit, type UnitScore } from "./unit-score";

/** Everything a bloc's year needs: its covenant, its members and their figures for every quarter. */
export interface BlocInput {
  set: CriteriaSetDef;
  units: readonly UnitRef[];
  targets: readonly TargetInput[];
  results: readonly ResultInput[];
  /** Seasonal targets' spread over the quarters, for the plan to date; a criterion without one is spread evenly. */
  phasings?: readonly TargetPhasing[];
}

/** A bloc's inputs indexed once, so several periods can be scored without indexing again. */
export interface PreparedBloc {
  input: BlocInput;
  prepared: PreparedSet;
  units: readonly UnitRef[];
  figures: ReadonlyMap<string, UnitFigures>;
  /** The quarters with any figure, per side. */
  filled: Record<ScoreSide, ReadonlySet<Quarter>>;
}

export function prepareBloc(input: BlocInput): PreparedBloc {
  return {
    input,
    prepared: prepareSet(input.set),
    units: input.units,
    figures: indexFigures(input.targets, input.results),
    filled: quartersWithFigures(input.results),
  };
}

/** Scores every member for a period, in the order of `input.units`. */
export function scoreBloc(input: BlocInput, period: Period): UnitScore[] {
  return scorePreparedBloc(prepareBloc(input), period);
}

function scorePreparedBloc(bloc: PreparedBloc, period: Period): UnitScore[] {
  return bloc.units.map((unit) => scorePreparedUnit(bloc.prepared, unit, bloc.figures.get(unit.id), period));
}

/** A unit's class on each side as every reader shows it (ranking, score sheet, reports): see classesToDate. */
export type ClassesToDate = Record<ScoreSide, ProvisionalClassification>;

/** A unit's score with the class each side shows. */
export interface UnitScoreToDate extends UnitScore {
  classes: ClassesToDate;
}

/**
 * Scores every member for a period, in the order of `input.units`, each with the class its readers
 * show: the ranking, the score sheet and the self-assessment report all take it from here.
 */
export function scoreBlocToDate(input: BlocInput, period: Period): UnitScoreToDate[] {
  const bloc = prepareBloc(input);
  const scores = scorePreparedBloc(bloc, period);
  const classes = classesToDate(bloc, period, scores);
  return scores.map((score) => ({ ...score, classes: classes.get(score.unitId) ?? yearClasses(score) }));
}

const SIDES: readonly ScoreSide[] = ["self", "verified"];

function yearClasses(score: UnitScore): ClassesToDate {
  const year = (side: ScoreSide) => {
    const { classification } = score[side];
    return { provisional: false, classification, explanation: classification.explanation };
  };
  return { self: year("self"), verified: year("verified") };
}

/**
 * Each unit's class on both sides. Before quarter IV (year to date) it is against the plan to date,
 * each target cut to its expected share (phased when the bloc phased it), marked provisional; else
 * the class on the year that `scores` already hold.
 */
function classesToDate(bloc: PreparedBloc, period: Period, scores: readonly UnitScore[]): Map<string, ClassesToDate> {
  if (period.quarter === 4 || period.basis !== "YTD") {
    return new Map(scores.map((score) => [score.unitId, yearClasses(score)]));
  }
  const { quarter } = period;
  const plan = planToDate(bloc.input.set, bloc.input.targets, quarter, bloc.input.phasings);
  const toDate = new Map(scoreBloc({ ...bloc.input, targets: plan.targets }, period).map((s) => [s.unitId, s]));
  return new Map(
    scores.flatMap((score) => {
      const planned = toDate.get(score.unitId);
      if (!planned) return [];
      const shares = plan.sharesOf(score.unitId);
      const [self, verified] = SIDES.map((side) =>
        provisionalOf(score[side].classification, planned[side].classification, quarter, shares),
      ) as [ProvisionalClassification, ProvisionalClassification];
      return [[score.unitId, { self, verified }] as const];
    }),
  );
}

/**
 * Ranks a bloc for a period, with movement since the previous quarter's ranking on the same basis
 * and side (the first quarter has none).
 */
export function rankBloc(input: BlocInput, period: Period, options: { side?: ScoreSide } = {}): BlocRanking {
  const bloc = prepareBloc(input);
  const previousQuarter = period.quarter - 1;
  // The previous quarter only gives movement: its classes are not needed.
  const previous = isQuarter(previousQuarter)
    ? rankOnYear(bloc, { ...period, quarter: previousQuarter }, options.side, null)
    : null;
  return rankPreparedBloc(bloc, period, options.side, previous);
}

/**
 * Ranks a prepared bloc. Ranks and totals are always against the year's targets; before quarter IV
 * (year to date) each unit's class is against the plan to date instead, marked provisional, so every
 * reader of a ranking (table, progress, briefing, overview, trend) shows the same class.
 */
export function rankPreparedBloc(
  bloc: PreparedBloc,
  period: Period,
  side: ScoreSide | undefined,
  previous: BlocRanking | null,
): BlocRanking {
  const ranking = rankOnYear(bloc, period, side, previous);
  if (period.quarter === 4 || period.basis !== "YTD") return ranking;
  const classes = classesToDate(
    bloc,
    period,
    ranking.entries.map((entry) => entry.score),
  );
  return {
    ...ranking,
    entries: ranking.entries.map((entry) => {
      const shown = classes.get(entry.unitId)?.[ranking.side];
      if (!shown) return entry;
      return {
        ...entry,
        classification: shown.classification,
        provisional: shown.provisional,
        explanations: { ...entry.explanations, classification: shown.explanation },
      };
    }),
  };
}

function rankOnYear(
  bloc: PreparedBloc,
  period: Period,
  side: ScoreSide | undefined,
  previous: BlocRanking | null,
): BlocRanking {
  const hasFigures = bloc.filled[side ?? "verified"].has(period.quarter);
  return rankUnitScores(scorePreparedBloc(bloc, period), bloc.prepared.set, period, { side, previous, hasFigures });
}

function isQuarter(quarter: number): quarter is Quarter {
  return quarter >= 1 && quarter <= 4;
}
