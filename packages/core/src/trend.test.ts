import { describe, expect, it } from "vitest";
import { rankBloc } from "./bloc";
import { blocOf, onPlanYear } from "./test-fixtures";
import { blocTrend, unitTrend } from "./trend";
import type { UnitRef } from "./types";

const units: UnitRef[] = [
  { id: "ba-be", name: "Ba Bể" },
  { id: "na-ri", name: "Na Rì" },
];
const input = blocOf(units, [
  ...onPlanYear("ba-be", { 2: { "II.1": 0 } }, 3),
  ...onPlanYear("na-ri", { 1: { "II.1": 0 }, 2: { "II.1": 2 } }, 3),
]);

describe("unitTrend", () => {
  it("gives a unit's total and rank for each quarter so far", () => {
    // Classes before quarter IV are against the plan to date (provisional), so an on-plan unit is not Yếu in quarter I.
    expect(unitTrend(input, "na-ri", { quarter: 3, basis: "YTD" })).toEqual({
      unitId: "na-ri",
      unitName: "Na Rì",
      side: "verified",
      basis: "YTD",
      points: [
        {
          quarter: 1,
          total: 43.25,
          rank: 2,
          tied: false,
          unitCount: 2,
          maxAttainable: 85,
          classification: expect.objectContaining({ code: "KHA" }),
          provisional: true,
          movement: null,
        },
        {
          quarter: 2,
          total: 60.5,
          rank: 1,
          tied: false,
          unitCount: 2,
          maxAttainable: 85,
          classification: expect.objectContaining({ code: "TOT" }),
          provisional: true,
          movement: 1,
        },
        {
          quarter: 3,
          total: 69.25,
          rank: 1,
          tied: false,
          unitCount: 2,
          maxAttainable: 85,
          classification: expect.objectContaining({ code: "TOT" }),
          provisional: true,
          movement: 0,
        },
      ],
      gaps: [],
    });
  });

  it("leaves out quarters nobody has figures for, and measures no movement from one", () => {
    // A cluster founded mid-year (figures from quarter III), and a bloc whose quarter III is open and empty.
    const founded = blocOf(
      units,
      [...onPlanYear("ba-be", {}, 4), ...onPlanYear("na-ri", { 3: { "II.1": 0 } }, 4)].filter(
        (row) => row.quarter >= 3,
      ),
    );
    const cluster = unitTrend(founded, "na-ri", { quarter: 4, basis: "YTD" });
    expect(cluster?.gaps).toEqual([1, 2]);
    expect(cluster?.points.map((point) => [point.quarter, point.rank, point.movement])).toEqual([
      [3, 2, null],
      [4, 2, 0],
    ]);

    const open = blocOf(
      units,
      [...onPlanYear("ba-be"), ...onPlanYear("na-ri", { 1: { "II.1": 0 } })].filter((row) => row.quarter !== 3),
    );
    const skipped = unitTrend(open, "ba-be", { quarter: 4, basis: "YTD" });
    expect(skipped?.gaps).toEqual([3]);
    expect(skipped?.points.map((point) => [point.quarter, point.movement])).toEqual([
      [1, null],
      [2, 0],
      [4, null],
    ]);
    // Figures reported but none verified yet: a gap on the verified side only.
    const unverified = blocOf(
      units,
      onPlanYear("ba-be", {}, 2).map((row) => (row.quarter === 2 ? { ...row, verifiedValue: null } : row)),
    );
    expect(unitTrend(unverified, "ba-be", { quarter: 2, basis: "YTD" })?.gaps).toEqual([2]);
    expect(unitTrend(unverified, "ba-be", { quarter: 2, basis: "YTD" }, { side: "self" })?.gaps).toEqual([]);
  });

  it("follows the period's basis", () => {
    // A quarter on plan alone scores 82: I.1's bands count sessions, which a single quarter does not reach.
    const quarterly = unitTrend(input, "ba-be", { quarter: 3, basis: "QUARTER" });
    expect(quarterly?.points.map((point) => [point.quarter, point.total, point.rank, point.tied])).toEqual([
      [1, 82, 1, false],
      [2, 72, 2, false],
      [3, 82, 1, true],
    ]);
  });

  it("is null for a unit outside the bloc", () => {
    expect(unitTrend(input, "cho-don", { quarter: 2, basis: "YTD" })).toBeNull();
  });
});

describe("rankBloc", () => {
  it("says whether the quarter has figures of its own", () => {
    const empty = blocOf(units, onPlanYear("ba-be", {}, 2));
    expect(rankBloc(empty, { quarter: 2, basis: "YTD" }).hasFigures).toBe(true);
    expect(rankBloc(empty, { quarter: 3, basis: "YTD" }).hasFigures).toBe(false);
    expect(rankBloc(empty, { quarter: 3, basis: "YTD" }).entries.every((entry) => entry.movement !== null)).toBe(true);
    expect(rankBloc(empty, { quarter: 4, basis: "YTD" }).entries.every((entry) => entry.movement === null)).toBe(true);
  });
});

describe("blocTrend", () => {
  it("ranks the bloc for every quarter up to the period's", () => {
    const rankings = blocTrend(input, { quarter: 2, basis: "YTD" });
    expect(rankings.map((ranking) => ranking.entries.map((entry) => entry.unitName))).toEqual([
      ["Ba Bể", "Na Rì"],
      ["Na Rì", "Ba Bể"],
    ]);
  });
});
