import { indexFigures, quartersWithFigures, type UnitFigures } from "./figures";
import { planToDate, provisionalOf } from "./plan-to-date";
import { prepareSet, type PreparedSet } from "./prepared-set";
import { rankUnitScores, type BlocRanking } from "./ranking";
import {
  isQuarter,
  type CriteriaSetDef,
  type Period,
  type Quarter,
  type ResultInput,
  type ScoreSide,
  type TargetInput,
  type UnitRef,
} from "./types";
import { scorePreparedUnit, type UnitScore } from "./unit-score";

/** Everything a bloc's year needs: its covenant, its members and their figures for every quarter. */
export interface BlocInput {
  set: CriteriaSetDef;
  units: readonly UnitRef[];
  targets: readonly TargetInput[];
  results: readonly ResultInput[];
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
  const plan = planToDate(bloc.input.set, bloc.input.targets, period.quarter);
  const toDate = new Map(
    scoreBloc({ ...bloc.input, targets: plan.targets }, period).map((score) => [
      score.unitId,
      score[ranking.side].classification,
    ]),
  );
  return {
    ...ranking,
    entries: ranking.entries.map((entry) => {
      const classified = toDate.get(entry.unitId);
      if (!classified) return entry;
      const { classification, explanation } = provisionalOf(
        entry.classification,
        classified,
        period.quarter,
        plan.sharesOf(entry.unitId),
      );
      return {
        ...entry,
        classification,
        provisional: true,
        explanations: { ...entry.explanations, classification: explanation },
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
