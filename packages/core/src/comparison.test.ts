import { describe, expect, it } from "vitest";
import { rankBloc } from "./bloc";
import { compareUnit } from "./comparison";
import { renderExplanation } from "./render-explanation";
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

  it("works out what it takes to pass the unit just above, in steps the rules really give", () => {
    // 15 of 20 houses is 75% of target: the 50% band, 4 of 10 points. The next band, 80% (16 houses),
    // gives 7 points: 3 more, although 1,01 would be enough; no rule gives exactly 1,01.
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
          points: 4,
          maxPoints: 10,
          headroom: 6,
          take: 3,
          step: {
            key: "moveUpStep",
            reach: "percentOfTarget",
            percent: 80,
            value: 16,
            unit: "căn",
            points: 7,
            maxPoints: 10,
          },
        },
      ],
      gain: 3,
      covered: true,
      bonusRoom: 10,
    });
  });

  it("takes the headroom of each rule as it can be earned, and says when it cannot cover the gap", () => {
    const moveUp = compareUnit(ranking, "bac-ha")?.moveUp;
    expect(moveUp).toMatchObject({ aboveUnitId: "sa-pa", gap: 6, pointsNeeded: 6.01, gain: 6, covered: false });
    // I.3 is yes/no: all 5 points or none. II.1 at 3,6 of 4 tỷ đồng (90%) earns its last point at 100%.
    expect(moveUp?.sources.map((source) => [source.code, source.take, renderExplanation(source.step)])).toEqual([
      ["I.3", 5, "đạt yêu cầu để được 5/5 điểm"],
      ["II.1", 1, "đạt từ 100% chỉ tiêu (4 tỷ đồng) để được 10/10 điểm"],
    ]);
  });

  it("asks a proportional rule for the figure that earns what is needed, and a banded one for its next band", () => {
    const pair = rankBloc(
      blocOf(units.slice(0, 2), [
        // Sa Pa: I.2 at 19.200 of 20.000 people (96%): 4,8 of 5 points, 89,8 in all.
        ...onPlanYear("sa-pa", { 4: { "I.2": 4200 } }),
        // Bắc Hà: II.1 at 3,25 of 4 tỷ đồng (81,25%): 8,13 of 10; II.4 at 82% of households, the 80% band: 1 of 5.
        ...onPlanYear("bac-ha", { 4: { "II.1": 0.25, "II.4": 82 } }),
      ]),
      q4,
    );
    const moveUp = compareUnit(pair, "bac-ha")?.moveUp;
    // 89,8 − 84,13 + 0,01.
    expect(moveUp).toMatchObject({ pointsNeeded: 5.68, covered: true });
    // II.4 first (4 points of headroom): only its 90% band gives more than 2. Then II.1 needs 1,68 more,
    // 9,81 points: 98,1% of target is 3,924 tỷ đồng, rounded up to the figures' 0,01 (3,93, 98,25%): 9,83.
    expect(moveUp?.sources.map((source) => [source.code, source.take, renderExplanation(source.step)])).toEqual([
      ["II.4", 4, "đạt từ 90% hộ để được 5/5 điểm"],
      ["II.1", 1.7, "đạt từ 98,25% chỉ tiêu (3,93 tỷ đồng) để được 9,83/10 điểm"],
    ]);
    expect(moveUp?.gain).toBe(5.7);
    expect(renderExplanation(moveUp?.sources[0]?.step ?? { key: "notReported" }, "en")).toBe(
      "reach at least 90% hộ for 5/5 points",
    );
  });

  it("asks for whole figures when the unit's figures and target are whole", () => {
    const pair = rankBloc(
      blocOf(units.slice(0, 2), [
        ...onPlanYear("sa-pa", { 4: { "IV.2": 46 } }), // 196 of 200 members: 4,9 of 5, 89,9 in all
        ...onPlanYear("bac-ha", { 4: { "IV.2": 0 } }), // 150 of 200: 3,75 of 5, 88,75 in all
      ]),
      q4,
    );
    // 1,16 more is 4,91 points, 98,2% of 200 members: 196,4, so 197 members (98,5%), which earn 4,93.
    expect(compareUnit(pair, "bac-ha")?.moveUp?.sources.map((source) => renderExplanation(source.step))).toEqual([
      "đạt từ 98,5% chỉ tiêu (197 người) để được 4,93/5 điểm",
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
