import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankBloc, scoreBloc, type BlocInput } from "./bloc";
import { compareUnit } from "./comparison";
import { scoreCriterion } from "./criterion-points";
import type { Explanation } from "./explanation";
import { renderExplanation } from "./render-explanation";
import type { BlocRanking } from "./ranking";
import { round2, sumPoints } from "./rounding";
import { fixtureSet, STANDARD_TARGETS } from "./test-fixtures";
import { QUARTERS, type CriterionDef, type Period, type ResultInput, type TargetInput } from "./types";
import type { UnitScore } from "./unit-score";

const set = fixtureSet();
const runs = { numRuns: 60 };
/**
 * Quiet, each property takes well under a second; with turbo running every package at once on 2
 * cores it has taken 30 times that, so each gets an explicit timeout far above vitest's 5 s.
 */
const heavy = { timeout: 60_000 };

/** Figures in the range each criterion sees in practice, missing now and then. */
function valueArbitrary(criterion: CriterionDef): fc.Arbitrary<number | null> {
  const target = STANDARD_TARGETS[criterion.code];
  const value =
    target !== undefined
      ? fc.integer({ min: 0, max: 200 }).map((percent) => (target * percent) / 400)
      : criterion.rule.kind === "YES_NO"
        ? fc.constantFrom(0, 1)
        : criterion.rule.kind === "QUALITATIVE"
          ? fc.integer({ min: 0, max: 60 }).map((tenths) => tenths / 10)
          : criterion.rule.kind === "BANDS"
            ? fc.integer({ min: 0, max: 100 })
            : fc.integer({ min: 0, max: 8 });
  return fc.option(value, { nil: null, freq: 6 });
}

const targetChoice = fc.constantFrom("standard", "standard", "standard", "double", "none", "zero");
const unitArbitrary = fc.record({
  name: fc.constantFrom("An", "Bình", "Cường", "Dũng"),
  targets: fc.array(targetChoice, { minLength: set.criteria.length, maxLength: set.criteria.length }),
  figures: fc.tuple(
    ...set.criteria.map((criterion) =>
      fc.array(fc.tuple(valueArbitrary(criterion), valueArbitrary(criterion)), { minLength: 4, maxLength: 4 }),
    ),
  ),
});
const periodArbitrary: fc.Arbitrary<Period> = fc.record({
  quarter: fc.constantFrom(...QUARTERS),
  basis: fc.constantFrom("YTD" as const, "QUARTER" as const),
});

type GeneratedUnit = typeof unitArbitrary extends fc.Arbitrary<infer T> ? T : never;

function blocInput(units: readonly GeneratedUnit[]): BlocInput {
  const targets: TargetInput[] = [];
  const results: ResultInput[] = [];
  units.forEach((unit, index) => {
    const unitId = `u${index}`;
    set.criteria.forEach((criterion, position) => {
      const standard = STANDARD_TARGETS[criterion.code];
      const choice = unit.targets[position];
      if (standard !== undefined && choice !== "none") {
        const value = choice === "zero" ? 0 : choice === "double" ? standard * 2 : standard;
        targets.push({ criterionId: criterion.id, unitId, value });
      }
      unit.figures[position]?.forEach(([reportedValue, verifiedValue], quarterIndex) => {
        const quarter = QUARTERS[quarterIndex];
        if (quarter !== undefined)
          results.push({ criterionId: criterion.id, unitId, quarter, reportedValue, verifiedValue });
      });
    });
  });
  return { set, units: units.map((unit, index) => ({ id: `u${index}`, name: unit.name })), targets, results };
}

const blocArbitrary = fc.array(unitArbitrary, { minLength: 1, maxLength: 9 }).map(blocInput);

const summary = (ranking: BlocRanking) =>
  ranking.entries.map((entry) => [entry.unitId, entry.rank, entry.total, entry.tied, entry.decidedBy?.by ?? null]);

function explanationsOf(score: UnitScore): Explanation[] {
  return [
    score.explanations.maxAttainable,
    score.explanations.gap,
    ...score.criteria.flatMap((criterion) =>
      [criterion.self, criterion.verified].flatMap((side) => [
        side.explanation,
        side.valueExplanation ?? side.explanation,
      ]),
    ),
    ...score.groups.flatMap((group) => [group.self.explanation, group.verified.explanation]),
    ...[score.self, score.verified].flatMap((totals) => [
      totals.explanations.bonus,
      totals.explanations.deduction,
      totals.explanations.total,
      totals.classification.explanation,
    ]),
  ];
}

describe("properties", () => {
  it("keeps every total between 0 and the content maximum plus the bonus cap", heavy, () => {
    fc.assert(
      fc.property(blocArbitrary, periodArbitrary, (input, period) => {
        for (const score of scoreBloc(input, period)) {
          for (const totals of [score.self, score.verified]) {
            expect(totals.total).toBeGreaterThanOrEqual(0);
            expect(totals.total).toBeLessThanOrEqual(score.fullContentMax + set.bonusCap);
            expect(totals.content).toBeLessThanOrEqual(score.maxAttainable);
            expect(totals.bonus).toBeLessThanOrEqual(set.bonusCap);
            expect(totals.deduction).toBeLessThanOrEqual(0);
            expect(totals.classification.score).toBeLessThanOrEqual(score.fullContentMax + set.bonusCap);
          }
        }
      }),
      runs,
    );
  });

  it("adds every group's rows into its subtotal, so the subtotals make the total before the bonus cap", heavy, () => {
    fc.assert(
      fc.property(blocArbitrary, periodArbitrary, (input, period) => {
        for (const score of scoreBloc(input, period)) {
          for (const side of ["self", "verified"] as const) {
            const totals = score[side];
            const subtotals = sumPoints(score.groups.map((group) => group[side].subtotal));
            expect(subtotals).toBeCloseTo(totals.content + totals.bonusUncapped + totals.deduction, 2);
            for (const group of score.groups) {
              const rows = score.criteria.filter((criterion) => criterion.groupId === group.groupId && criterion.due);
              expect(group[side].subtotal).toBeCloseTo(sumPoints(rows.map((row) => row[side].points ?? 0)), 2);
            }
          }
        }
      }),
      runs,
    );
  });

  it("ranks the same whatever the order of the members and of their results", heavy, () => {
    const shuffled = blocArbitrary.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray([...input.units], { minLength: input.units.length }),
        fc.shuffledSubarray([...input.results], { minLength: input.results.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, periodArbitrary, ([input, units, results], period) => {
        const reordered = { ...input, units, results };
        expect(summary(rankBloc(reordered, period))).toEqual(summary(rankBloc(input, period)));
        expect(summary(rankBloc(reordered, period, { side: "self" }))).toEqual(
          summary(rankBloc(input, period, { side: "self" })),
        );
      }),
      runs,
    );
  });

  it("never lowers a unit's rank when it earns more on a criterion", heavy, () => {
    const bumpable = set.criteria.filter((criterion) => criterion.rule.kind !== "DEDUCTION");
    const change = blocArbitrary.chain((input) =>
      fc.record({
        input: fc.constant(input),
        unit: fc.integer({ min: 0, max: input.units.length - 1 }),
        criterion: fc.constantFrom(...bumpable),
        quarter: fc.constantFrom(...QUARTERS),
        extra: fc.integer({ min: 1, max: 5000 }).map((n) => n / 100),
      }),
    );
    fc.assert(
      fc.property(change, periodArbitrary, ({ input, unit, criterion, quarter, extra }, period) => {
        const unitId = `u${unit}`;
        const row = input.results.find(
          (candidate) =>
            candidate.unitId === unitId && candidate.criterionId === criterion.id && candidate.quarter === quarter,
        );
        fc.pre(row?.verifiedValue !== null && row?.verifiedValue !== undefined);
        const results = input.results.map((candidate) =>
          candidate === row ? { ...candidate, verifiedValue: (candidate.verifiedValue ?? 0) + extra } : candidate,
        );
        const rankOf = (ranking: BlocRanking) => ranking.entries.find((entry) => entry.unitId === unitId)?.rank ?? 0;
        expect(rankOf(rankBloc({ ...input, results }, period))).toBeLessThanOrEqual(rankOf(rankBloc(input, period)));
      }),
      runs,
    );
  });

  it("gives competition ranks from 1 to the number of units", heavy, () => {
    fc.assert(
      fc.property(blocArbitrary, periodArbitrary, (input, period) => {
        const { entries } = rankBloc(input, period);
        expect(entries).toHaveLength(input.units.length);
        entries.forEach((entry, index) => {
          const ahead = entries.filter((other) => other.rank < entry.rank).length;
          const sameRank = entries.filter((other) => other.rank === entry.rank);
          expect(entry.rank).toBeGreaterThanOrEqual(1);
          expect(entry.rank).toBeLessThanOrEqual(entries.length);
          expect(entry.rank).toBe(ahead + 1);
          expect(entry.tied).toBe(sameRank.length > 1);
          expect(sameRank.every((other) => other.total === entry.total)).toBe(true);
          const previous = entries[index - 1];
          if (previous !== undefined) {
            expect(previous.rank).toBeLessThanOrEqual(entry.rank);
            expect(previous.total).toBeGreaterThanOrEqual(entry.total);
          }
        });
      }),
      runs,
    );
  });

  it(
    "proposes move-up plans whose every step its rule gives, and whose sum passes the unit above when covered",
    heavy,
    () => {
      const byId = new Map(set.criteria.map((criterion) => [criterion.id, criterion]));
      fc.assert(
        fc.property(
          blocArbitrary,
          periodArbitrary,
          fc.constantFrom("self" as const, "verified" as const),
          (input, period, side) => {
            const ranking = rankBloc(input, period, { side });
            for (const entry of ranking.entries) {
              const plan = compareUnit(ranking, entry.unitId)?.moveUp;
              if (!plan) continue;
              for (const source of plan.sources) {
                const scored = entry.score.criteria.find((criterion) => criterion.criterionId === source.criterionId);
                const criterion = byId.get(source.criterionId);
                if (!scored || !criterion) throw new Error(`no criterion ${source.code}`);
                const target = scored.target === null ? null : { value: scored.target, proRatedFrom: null };
                const value = source.step.reach === "yes" ? 1 : (source.step.value ?? NaN);
                // The rule itself gives the step's points for the step's figure, and they are the points counted on.
                expect(scoreCriterion(criterion, value, target).points).toBe(source.step.points);
                expect(source.take).toBe(round2(source.step.points - source.points));
                expect(source.take).toBeGreaterThan(0);
                expect(source.take).toBeLessThanOrEqual(source.headroom);
                if (criterion.rule.kind === "BANDS" || criterion.rule.kind === "YES_NO") {
                  const steps =
                    criterion.rule.kind === "YES_NO"
                      ? [criterion.maxPoints]
                      : criterion.rule.bands.map((band) => Math.min(band.points, criterion.maxPoints));
                  expect(steps).toContain(source.step.points);
                }
              }
              expect(plan.gain).toBe(sumPoints(plan.sources.map((source) => source.take)));
              expect(plan.covered).toBe(plan.gain >= plan.pointsNeeded);
              const totals = entry.score[side];
              if (plan.covered) {
                expect(round2(totals.content + totals.bonus + totals.deduction + plan.gain)).toBeGreaterThan(
                  plan.aboveTotal,
                );
              }
            }
          },
        ),
        runs,
      );
    },
  );

  it("renders every explanation as text in both languages", heavy, () => {
    fc.assert(
      fc.property(blocArbitrary, periodArbitrary, (input, period) => {
        const ranking = rankBloc(input, period);
        const explanations = ranking.entries.flatMap((entry) => [
          entry.explanations.rank,
          ...(entry.explanations.movement === null ? [] : [entry.explanations.movement]),
          ...explanationsOf(entry.score),
        ]);
        // One assertion per case rather than two per sentence: thousands of expect calls were most of the time.
        const broken = explanations.flatMap((explanation) =>
          (["vi", "en"] as const)
            .map((locale) => renderExplanation(explanation, locale))
            .filter((text) => text.length === 0 || /undefined|NaN|null|Infinity|\[object/.test(text)),
        );
        expect(broken).toEqual([]);
      }),
      // Rendering thousands of sentences per case is the slow part; fewer cases cover every key.
      { numRuns: 25 },
    );
  });
});
