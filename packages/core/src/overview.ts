import type { BlocRanking, RankedUnit } from "./ranking";
import { round2, sumPoints } from "./rounding";
import type { ClassificationBand } from "./types";

export interface BlocOverviewInput {
  blocId: string;
  blocName: string;
  ranking: BlocRanking;
}

export interface OverviewUnit {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  classification: ClassificationBand | null;
  movement: number | null;
}

/** BOTTOM: ranked last. BELOW_PASSING: reaches no passing classification band. */
export type LaggardReason = "BOTTOM" | "BELOW_PASSING";

export interface Laggard extends OverviewUnit {
  reasons: LaggardReason[];
}

export interface BlocOverview {
  blocId: string;
  blocName: string;
  unitCount: number;
  averageTotal: number;
  /** Every unit ranked first. */
  leaders: OverviewUnit[];
  /** In rank order. */
  laggards: Laggard[];
  /** Largest rank changes first; empty in the first quarter. */
  movers: OverviewUnit[];
}

export interface OverviewOptions {
  /** How many movers to list per bloc; units moving as much as the last one listed are kept too. Default 3. */
  moversPerBloc?: number;
}

/** What provincial leaders look at first across their blocs: who leads, who lags, who moved. */
export function provinceOverview(blocs: readonly BlocOverviewInput[], options: OverviewOptions = {}): BlocOverview[] {
  return blocs.map(({ blocId, blocName, ranking }) => {
    const highlights = blocHighlights(
      ranking.entries.map((entry) => ({ ...overviewUnit(entry), passing: entry.classification.passing })),
      options,
    );
    const plain = ({ passing: _, ...unit }: OverviewUnit & { passing: boolean }): OverviewUnit => unit;
    return {
      blocId,
      blocName,
      unitCount: highlights.unitCount,
      averageTotal: highlights.averageTotal,
      leaders: highlights.leaders.map(plain),
      laggards: highlights.laggards.map((laggard) => ({ ...plain(laggard), reasons: laggard.reasons })),
      movers: highlights.movers.map(plain),
    };
  });
}

/** What highlights are picked from: a ranked unit, whatever else it carries. */
export interface HighlightEntry {
  rank: number;
  total: number;
  movement: number | null;
  /** Reaches a passing classification band. */
  passing: boolean;
}

export interface BlocHighlights<T extends HighlightEntry> {
  unitCount: number;
  averageTotal: number;
  leaders: T[];
  laggards: (T & { reasons: LaggardReason[] })[];
  movers: T[];
}

/**
 * One bloc's leaders, laggards and biggest movers, from its ranking in rank order: for the
 * province overview and for the briefing report alike.
 */
export function blocHighlights<T extends HighlightEntry>(
  entries: readonly T[],
  options: OverviewOptions = {},
): BlocHighlights<T> {
  return {
    unitCount: entries.length,
    averageTotal: entries.length === 0 ? 0 : round2(sumPoints(entries.map((entry) => entry.total)) / entries.length),
    leaders: entries.filter((entry) => entry.rank === 1),
    laggards: laggards(entries),
    movers: biggestMovers(entries, options.moversPerBloc ?? 3),
  };
}

/** A bloc where everyone shares first place has no bottom unit. */
function laggards<T extends HighlightEntry>(entries: readonly T[]): (T & { reasons: LaggardReason[] })[] {
  const lastRank = Math.max(...entries.map((entry) => entry.rank));
  return entries.flatMap((entry) => {
    const reasons: LaggardReason[] = [];
    if (lastRank > 1 && entry.rank === lastRank) reasons.push("BOTTOM");
    if (!entry.passing) reasons.push("BELOW_PASSING");
    return reasons.length === 0 ? [] : [{ ...entry, reasons }];
  });
}

function biggestMovers<T extends HighlightEntry>(entries: readonly T[], limit: number): T[] {
  const moved = entries
    .filter((entry) => entry.movement !== null && entry.movement !== 0)
    .sort((a, b) => Math.abs(b.movement ?? 0) - Math.abs(a.movement ?? 0) || (b.movement ?? 0) - (a.movement ?? 0));
  const threshold = Math.abs(moved[limit - 1]?.movement ?? 0);
  return moved.filter((entry, index) => index < limit || Math.abs(entry.movement ?? 0) === threshold);
}

function overviewUnit(entry: RankedUnit): OverviewUnit {
  return {
    unitId: entry.unitId,
    unitName: entry.unitName,
    rank: entry.rank,
    total: entry.total,
    classification: entry.classification.band,
    movement: entry.movement,
  };
}
