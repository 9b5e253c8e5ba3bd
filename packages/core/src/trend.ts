import { prepareBloc, rankPreparedBloc, type BlocInput } from "./bloc";
import type { BlocRanking } from "./ranking";
import {
  QUARTERS,
  type ClassificationBand,
  type Period,
  type PeriodBasis,
  type Quarter,
  type ScoreSide,
} from "./types";

export interface TrendPoint {
  quarter: Quarter;
  total: number;
  rank: number;
  tied: boolean;
  unitCount: number;
  maxAttainable: number;
  classification: ClassificationBand | null;
  /** The class is on the plan to date (before quarter IV): tạm xếp loại. */
  provisional: boolean;
  movement: number | null;
}

export interface UnitTrend {
  unitId: string;
  unitName: string;
  side: ScoreSide;
  basis: PeriodBasis;
  /** The quarters I..q of the period that have figures. */
  points: TrendPoint[];
  /** The quarters I..q with no figures at all: a chart leaves a gap there rather than a made-up point. */
  gaps: Quarter[];
}

/** The bloc's ranking for each quarter I..q on the period's basis, each with movement from the one before. */
export function blocTrend(input: BlocInput, period: Period, options: { side?: ScoreSide } = {}): BlocRanking[] {
  const bloc = prepareBloc(input);
  const rankings: BlocRanking[] = [];
  for (const quarter of QUARTERS.slice(0, period.quarter)) {
    const previous = rankings[rankings.length - 1] ?? null;
    rankings.push(rankPreparedBloc(bloc, { quarter, basis: period.basis }, options.side, previous));
  }
  return rankings;
}

/** One unit's total and rank over quarters I..q; null when the unit is not a member of the bloc. */
export function unitTrend(
  input: BlocInput,
  unitId: string,
  period: Period,
  options: { side?: ScoreSide } = {},
): UnitTrend | null {
  const unit = input.units.find((member) => member.id === unitId);
  if (unit === undefined) return null;
  const points: TrendPoint[] = [];
  const gaps: Quarter[] = [];
  for (const ranking of blocTrend(input, period, options)) {
    if (!ranking.hasFigures) {
      gaps.push(ranking.period.quarter);
      continue;
    }
    const entry = ranking.entries.find((candidate) => candidate.unitId === unitId);
    if (entry === undefined) continue;
    points.push({
      quarter: ranking.period.quarter,
      total: entry.total,
      rank: entry.rank,
      tied: entry.tied,
      unitCount: ranking.entries.length,
      maxAttainable: entry.score.maxAttainable,
      classification: entry.classification.band,
      provisional: entry.provisional,
      movement: entry.movement,
    });
  }
  return { unitId, unitName: unit.name, side: options.side ?? "verified", basis: period.basis, points, gaps };
}
