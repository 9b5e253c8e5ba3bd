import { describe, expect, it } from "vitest";
import { rankBloc, scoreBloc } from "./bloc";
import { renderExplanation } from "./render-explanation";
import { rankUnitScores, type BlocRanking } from "./ranking";
import { blocOf, onPlanYear } from "./test-fixtures";
import type { Period, ResultInput, UnitRef } from "./types";

const q4: Period = { quarter: 4, basis: "YTD" };
const unitsNamed = (...names: string[]): UnitRef[] => names.map((name) => ({ id: name.toLowerCase(), name }));
const ranks = (ranking: BlocRanking) => ranking.entries.map((entry) => [entry.unitName, entry.rank, entry.total]);
const entryOf = (ranking: BlocRanking, name: string) => {
  const entry = ranking.entries.find((candidate) => candidate.unitName === name);
  if (entry === undefined) throw new Error(`${name} is not ranked`);
  return entry;
};

describe("rankBloc", () => {
  it("gives equal totals the same rank and skips the next (1, 2, 2, 4)", () => {
    const units = unitsNamed("An", "Binh", "Cuong", "Dung");
    const results: ResultInput[] = [
      ...onPlanYear("an"),
      ...onPlanYear("binh", { 4: { "II.1": 0.6 } }), // 3,6 of 4: 9 points, total 89
      ...onPlanYear("cuong", { 4: { "II.1": 0.6 } }),
      ...onPlanYear("dung", { 4: { "I.3": 0 } }), // 85
    ];
    const ranking = rankBloc(blocOf(units, results), q4);
    expect(ranks(ranking)).toEqual([
      ["An", 1, 90],
      ["Binh", 2, 89],
      ["Cuong", 2, 89],
      ["Dung", 4, 85],
    ]);
    expect(ranking.entries.map((entry) => [entry.tied, entry.decidedBy])).toEqual([
      [false, null],
      [true, null],
      [true, null],
      [false, null],
    ]);
    expect(entryOf(ranking, "Binh").explanations.rank).toMatchObject({ tiedWith: ["Cuong"], rank: 2, unitCount: 4 });
  });

  it("breaks a tie by the group named first in the tie-break rules", () => {
    const units = unitsNamed("Em", "Phuong");
    const results = [
      ...onPlanYear("em", { 4: { "II.1": 0.6 } }), // loses 1 point in group II
      ...onPlanYear("phuong", { 4: { "I.2": 1000 } }), // 16.000 of 20.000: loses 1 point in group I
    ];
    const ranking = rankBloc(blocOf(units, results), q4);
    expect(ranks(ranking)).toEqual([
      ["Phuong", 1, 89],
      ["Em", 2, 89],
    ]);
    expect(entryOf(ranking, "Phuong").decidedBy).toEqual({
      by: "GROUP",
      code: "II",
      points: 30,
      otherPoints: 29,
      otherUnitId: "em",
      otherUnitName: "Em",
      won: true,
    });
    expect(entryOf(ranking, "Em").decidedBy).toMatchObject({ by: "GROUP", code: "II", won: false });
    expect(renderExplanation(entryOf(ranking, "Em").explanations.rank)).toBe(
      "Hạng 2/2 với 89 điểm. Bằng tổng điểm với Phuong; xếp dưới do điểm nhóm II (29 so với 30).",
    );
  });

  it("goes on to the next rule while the group is equal", () => {
    const units = unitsNamed("Giang", "Hoa");
    const tied = [
      ...onPlanYear("giang", { 4: { "II.1": 0.6 } }), // II.1: 9
      ...onPlanYear("hoa", { 4: { "II.2": 750 } }), // II.2: 12.000 of 15.000 is 80%: 4
    ];
    const ranking = rankBloc(blocOf(units, tied), q4);
    expect(ranks(ranking)).toEqual([
      ["Hoa", 1, 89],
      ["Giang", 2, 89],
    ]);
    expect(entryOf(ranking, "Hoa").decidedBy).toMatchObject({
      by: "CRITERION",
      code: "II.1",
      points: 10,
      otherPoints: 9,
    });
  });

  it("ranks fewer deductions higher when the group and criterion are equal", () => {
    const units = unitsNamed("Khanh", "Lan");
    const results = [
      ...onPlanYear("khanh", { 3: { "VI.3": 4 } }), // 90 − 4 × 0,5
      ...onPlanYear("lan", { 4: { "V.2": 3 } }), // loses 2 in group V
    ];
    const ranking = rankBloc(blocOf(units, results), q4);
    expect(ranks(ranking)).toEqual([
      ["Lan", 1, 88],
      ["Khanh", 2, 88],
    ]);
    expect(entryOf(ranking, "Lan").decidedBy).toMatchObject({
      by: "FEWER_DEDUCTIONS",
      code: null,
      points: 0,
      otherPoints: -2,
    });
  });

  it("does not depend on the order of the units or of their results", () => {
    const units = unitsNamed("An", "Binh", "Cuong", "Dung");
    const results = [
      ...onPlanYear("an", { 4: { "II.1": 0.6 } }),
      ...onPlanYear("binh", { 4: { "II.1": 0.6 } }),
      ...onPlanYear("cuong"),
      ...onPlanYear("dung", { 2: { "VI.3": 2 } }),
    ];
    const forward = rankBloc(blocOf(units, results), q4);
    const backward = rankBloc(blocOf([...units].reverse(), [...results].reverse()), q4);
    expect(ranks(backward)).toEqual(ranks(forward));
    // Dung's 89 keeps all of group II, so it goes ahead of An and Binh, who stay tied.
    expect(ranks(forward)).toEqual([
      ["Cuong", 1, 90],
      ["Dung", 2, 89],
      ["An", 3, 89],
      ["Binh", 3, 89],
    ]);
    expect(forward.entries.map((entry) => entry.decidedBy?.by ?? null)).toEqual([null, "GROUP", "GROUP", "GROUP"]);
  });

  it("ranks on the self-assessment when asked", () => {
    const units = unitsNamed("An", "Binh");
    const results = [
      ...onPlanYear("an", { 4: { "II.1": [2, 0.6] } }),
      ...onPlanYear("binh", { 4: { "II.1": [0.8, 1] } }),
    ];
    const verified = rankBloc(blocOf(units, results), q4);
    const self = rankBloc(blocOf(units, results), q4, { side: "self" });
    expect(ranks(verified)).toEqual([
      ["Binh", 1, 90],
      ["An", 2, 89],
    ]);
    expect(ranks(self)).toEqual([
      ["An", 1, 90],
      ["Binh", 2, 89.5],
    ]);
    expect(entryOf(verified, "An")).toMatchObject({ totalSelf: 90, totalVerified: 89, gap: 1 });
  });

  it("withholds the top class from a knocked-out unit whatever its rank", () => {
    const units = unitsNamed("An", "Binh");
    const results = [
      ...onPlanYear("an", { 2: { "VI.1": 2, "IV.3": 0 }, 3: { "IV.3": 0 }, 4: { "IV.3": 0 } }),
      ...onPlanYear("binh"),
    ];
    const ranking = rankBloc(blocOf(units, results), q4);
    // IV.3 is LAST-accumulated: the fourth quarter's "no" costs its 5 points; the bonus brings 5 back.
    expect(ranks(ranking)).toEqual([
      ["An", 1, 90],
      ["Binh", 1, 90],
    ]);
    expect(entryOf(ranking, "An")).toMatchObject({ knockedOut: true, classification: { band: { code: "TOT" } } });
    expect(entryOf(ranking, "Binh")).toMatchObject({
      knockedOut: false,
      classification: { band: { code: "XUAT_SAC" } },
    });
  });

  it("reports movement since the previous quarter, positive for a unit moving up", () => {
    const units = unitsNamed("An", "Binh", "Cuong");
    const results = [
      ...onPlanYear("an", { 2: { "II.1": 0 } }, 2),
      ...onPlanYear("binh", { 1: { "II.1": 0 }, 2: { "II.1": 2 } }, 2),
      ...onPlanYear("cuong", { 1: { "I.3": 0 }, 2: { "I.3": 0 } }, 2),
    ];
    const input = blocOf(units, results);
    const first = rankBloc(input, { quarter: 1, basis: "YTD" });
    expect(ranks(first)).toEqual([
      ["An", 1, 45.75],
      ["Binh", 2, 43.25],
      ["Cuong", 3, 40.75],
    ]);
    expect(first.entries.map((entry) => entry.movement)).toEqual([null, null, null]);

    const second = rankBloc(input, { quarter: 2, basis: "YTD" });
    expect(second.entries.map((entry) => [entry.unitName, entry.previousRank, entry.rank, entry.movement])).toEqual([
      ["Binh", 2, 1, 1],
      ["An", 1, 2, -1],
      ["Cuong", 3, 3, 0],
    ]);
    expect(renderExplanation(entryOf(second, "Binh").explanations.movement ?? { key: "notReported" })).toBe(
      "Tăng 1 bậc so với quý trước (hạng 2 → 1).",
    );
  });

  it("leaves movement empty for a unit new to the bloc", () => {
    const units = unitsNamed("An", "Binh");
    const input = blocOf(units, [...onPlanYear("an", {}, 2), ...onPlanYear("binh", {}, 2)]);
    const previous = rankUnitScores(
      scoreBloc({ ...input, units: units.slice(0, 1) }, { quarter: 1, basis: "YTD" }),
      input.set,
      {
        quarter: 1,
        basis: "YTD",
      },
    );
    const ranking = rankUnitScores(
      scoreBloc(input, { quarter: 2, basis: "YTD" }),
      input.set,
      { quarter: 2, basis: "YTD" },
      { previous },
    );
    expect(ranking.entries.map((entry) => [entry.unitName, entry.movement])).toEqual([
      ["An", 0],
      ["Binh", null],
    ]);
  });

  it("ranks an empty bloc as empty", () => {
    expect(rankBloc(blocOf([], []), q4).entries).toEqual([]);
  });
});
