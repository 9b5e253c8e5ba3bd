import { describe, expect, it } from "vitest";
import { rankBloc } from "./bloc";
import { compareUnit } from "./comparison";
import { blocOf, onPlanYear } from "./test-fixtures";
import type { Period, UnitRef } from "./types";

const q4: Period = { quarter: 4, basis: "YTD" };
const units: UnitRef[] = [
  { id: "sa-pa", name: "thị xã Sa Pa" },
  { id: "bac-ha", name: "Bắc Hà" },
  { id: "van-ban", name: "Văn Bàn" },
];
const ranking = rankBloc(
  blocOf(units, [
    ...onPlanYear("sa-pa"), // 90
    ...onPlanYear("bac-ha", { 4: { "II.1": 0.6, "I.3": 0 } }), // 90 − 1 − 5 = 84
    ...onPlanYear("van-ban", { 4: { "II.3": 0, "VI.3": 2 } }), // 15 of 20 houses: 4 of 10; 2 late reports: −1; 83
  ]),
  q4,
);

describe("compareUnit", () => {
  it("compares a unit with the bloc average and the leader", () => {
    const comparison = compareUnit(ranking, "van-ban");
    expect(comparison).toMatchObject({
      rank: 3,
      unitCount: 3,
      total: 83,
      blocAverage: 85.67,
      leader: { unitId: "sa-pa", unitName: "thị xã Sa Pa", total: 90 },
      leaderTied: false,
    });
    expect(comparison?.groups.find((group) => group.code === "II")).toMatchObject({
      maxPoints: 30,
      points: 24,
      blocAverage: 27.67,
      leaderPoints: 30,
    });
    expect(comparison?.criteria.find((criterion) => criterion.code === "VI.3")).toMatchObject({
      points: -1,
      blocAverage: -0.33,
      leaderPoints: 0,
    });
  });

  it("lists where the unit loses most, deductions included", () => {
    expect(compareUnit(ranking, "van-ban")?.biggestLosses.map((loss) => [loss.code, loss.lost])).toEqual([
      ["II.3", 6],
      ["VI.3", 1],
    ]);
  });

  it("works out what it takes to pass the unit just above", () => {
    expect(compareUnit(ranking, "van-ban")?.moveUp).toEqual({
      aboveUnitId: "bac-ha",
      aboveUnitName: "Bắc Hà",
      aboveRank: 2,
      aboveTotal: 84,
      gap: 1,
      pointsNeeded: 1.01,
      sources: [
        {
          criterionId: "criterion-II.3",
          code: "II.3",
          name: "Nhà Đại đoàn kết xây mới, sửa chữa",
          headroom: 6,
          take: 1.01,
        },
      ],
      covered: true,
      bonusRoom: 10,
    });
  });

  it("takes headroom greedily and says when it cannot cover the gap", () => {
    const moveUp = compareUnit(ranking, "bac-ha")?.moveUp;
    expect(moveUp).toMatchObject({ aboveUnitId: "sa-pa", gap: 6, pointsNeeded: 6.01, covered: false });
    expect(moveUp?.sources.map((source) => [source.code, source.take])).toEqual([
      ["I.3", 5],
      ["II.1", 1],
    ]);
  });

  it("needs 0,01 point to pass a unit ahead on a tie-break", () => {
    const tied = rankBloc(
      blocOf(units.slice(0, 2), [
        ...onPlanYear("sa-pa", { 4: { "II.1": 0.6 } }),
        ...onPlanYear("bac-ha", { 4: { "I.2": 1000 } }),
      ]),
      q4,
    );
    expect(compareUnit(tied, "sa-pa")?.moveUp).toMatchObject({ aboveUnitId: "bac-ha", gap: 0, pointsNeeded: 0.01 });
  });

  it("has nothing above the leader and nothing for a unit outside the bloc", () => {
    expect(compareUnit(ranking, "sa-pa")?.moveUp).toBeNull();
    expect(compareUnit(ranking, "lao-cai")).toBeNull();
  });
});
