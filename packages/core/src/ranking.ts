import type { Classification } from "./classification";
import type { Explanation, TieBreakDecision } from "./explanation";
import { rankMovement } from "./movement";
import { compareRankingKeys, tieBreakDecision, tieBreakValue, type TieBreakSubject } from "./tie-break";
import type { CriteriaSetDef, Period, ScoreSide } from "./types";
import type { UnitScore } from "./unit-score";

export interface RankedGroup {
  groupId: string;
  code: string;
  points: number;
}

export interface RankedUnit {
  unitId: string;
  unitName: string;
  /** Competition rank: units still equal after every tie-break share it, and the next rank skips (1, 2, 2, 4). */
  rank: number;
  /** Shares its rank with another unit. */
  tied: boolean;
  /** The tie-break rule that separated it from a unit with the same total; null when totals alone decided. */
  decidedBy: TieBreakDecision | null;
  /** The total on the ranking's side. */
  total: number;
  totalVerified: number;
  totalSelf: number;
  /** Self total minus verified total. */
  gap: number;
  /** Before quarter IV, the class on the plan to date (see rankPreparedBloc); else on the year. */
  classification: Classification;
  /** Classified on the plan to date, not the year: tạm xếp loại. */
  provisional: boolean;
  knockedOut: boolean;
  missingCount: number;
  previousRank: number | null;
  movement: number | null;
  /** Content points per group on the ranking's side, in display order. */
  groups: RankedGroup[];
  score: UnitScore;
  explanations: { rank: Explanation; movement: Explanation | null; classification: Explanation };
}

export interface BlocRanking {
  period: Period;
  side: ScoreSide;
  /**
   * Whether the period's quarter has figures of its own on the ranking's side; without any, the
   * ranking only repeats the quarter before (year to date) or ranks everyone at 0 (the quarter alone).
   */
  hasFigures: boolean;
  /** In rank order; units sharing a rank are listed by name, then id, for display only. */
  entries: RankedUnit[];
}

export interface RankOptions {
  side?: ScoreSide;
  /** The previous quarter's ranking on the same basis and side, for movement. */
  previous?: BlocRanking | null;
  /** Whether the quarter has figures of its own; callers that know the bloc's figures say (default true). */
  hasFigures?: boolean;
}

const displayOrder = new Intl.Collator("vi");

/** Ranks already scored units; the result does not depend on the order of `scores`. */
export function rankUnitScores(
  scores: readonly UnitScore[],
  set: CriteriaSetDef,
  period: Period,
  options: RankOptions = {},
): BlocRanking {
  const side = options.side ?? "verified";
  const rules = set.tieBreak;
  const subjects: TieBreakSubject[] = scores.map((score) => ({
    score,
    keys: [score[side].total, ...rules.map((rule) => tieBreakValue(score, rule, side))],
  }));
  subjects.sort((a, b) => compareRankingKeys(a.keys, b.keys) || compareForDisplay(a.score, b.score));

  const runs = equalRuns(subjects);
  // Movement is measured from a quarter that had figures of its own, never from an empty one.
  const previousRanks = options.previous?.hasFigures
    ? new Map(options.previous.entries.map((entry) => [entry.unitId, entry.rank]))
    : null;
  const entries: RankedUnit[] = [];
  runs.forEach((run, runIndex) => {
    const decidedBy = runDecision(rules, runs, runIndex);
    for (const subject of run.members) {
      const { score } = subject;
      const totals = score[side];
      const movement = rankMovement(previousRanks, score.unitId, run.rank);
      entries.push({
        unitId: score.unitId,
        unitName: score.unitName,
        rank: run.rank,
        tied: run.members.length > 1,
        decidedBy,
        total: totals.total,
        totalVerified: score.verified.total,
        totalSelf: score.self.total,
        gap: score.gap,
        classification: totals.classification,
        provisional: false,
        knockedOut: totals.knockedOut,
        missingCount: totals.missingCount,
        previousRank: movement.previousRank,
        movement: movement.movement,
        groups: score.groups.map((group) => ({ groupId: group.groupId, code: group.code, points: group[side].points })),
        score,
        explanations: {
          rank: {
            key: "rank",
            side,
            rank: run.rank,
            unitCount: subjects.length,
            total: totals.total,
            tiedWith: run.members.filter((member) => member !== subject).map((member) => member.score.unitName),
            decidedBy,
          },
          movement: movement.explanation,
          classification: totals.classification.explanation,
        },
      });
    }
  });
  return { period, side, hasFigures: options.hasFigures ?? true, entries };
}

interface EqualRun {
  rank: number;
  members: TieBreakSubject[];
}

/** Consecutive units equal on total and every tie-break value share the rank of the first of them. */
function equalRuns(sorted: readonly TieBreakSubject[]): EqualRun[] {
  const runs: EqualRun[] = [];
  sorted.forEach((subject, index) => {
    const current = runs[runs.length - 1];
    if (current?.members[0] !== undefined && compareRankingKeys(current.members[0].keys, subject.keys) === 0) {
      current.members.push(subject);
    } else {
      runs.push({ rank: index + 1, members: [subject] });
    }
  });
  return runs;
}

/**
 * Why a run of units is not higher (the rule that put the run above it ahead) or, for the first of
 * several equal totals, why it is ahead of the run below. Null when the totals differ on both sides.
 */
function runDecision(
  rules: CriteriaSetDef["tieBreak"],
  runs: readonly EqualRun[],
  index: number,
): TieBreakDecision | null {
  const unit = runs[index]?.members[0];
  if (unit === undefined) return null;
  for (const neighbour of [runs[index - 1]?.members[0], runs[index + 1]?.members[0]]) {
    if (neighbour !== undefined && neighbour.keys[0] === unit.keys[0]) {
      return tieBreakDecision(rules, unit, neighbour);
    }
  }
  return null;
}

function compareForDisplay(a: UnitScore, b: UnitScore): number {
  return displayOrder.compare(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
}
