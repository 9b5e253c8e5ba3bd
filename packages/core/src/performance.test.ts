import { describe, expect, it } from "vitest";
import { rankBloc, type BlocInput } from "./bloc";
import { QUARTERS, type CriteriaSetDef, type CriterionRule, type ResultInput, type TargetInput } from "./types";

/** A large bloc: 15 units × 40 criteria of every kind × 4 quarters (2.400 results). */
function largeBloc(): BlocInput {
  const rules: CriterionRule[] = [
    { kind: "TARGET_PERCENT", fullAtPercent: 100 },
    {
      kind: "BANDS",
      basis: "PERCENT_OF_TARGET",
      bands: [
        { from: 50, points: 1 },
        { from: 100, points: 2.5 },
      ],
    },
    { kind: "YES_NO" },
    { kind: "QUALITATIVE" },
    { kind: "DEDUCTION", pointsPerEvent: 0.5 },
    { kind: "BONUS", pointsPerUnit: 1 },
  ];
  const set: CriteriaSetDef = {
    groups: Array.from({ length: 6 }, (_, index) => ({
      id: `g${index}`,
      code: `${index + 1}`,
      name: `Nhóm ${index + 1}`,
    })),
    criteria: Array.from({ length: 40 }, (_, index) => ({
      id: `c${index}`,
      groupId: `g${index % 6}`,
      code: `${(index % 6) + 1}.${index}`,
      name: `Tiêu chí ${index}`,
      unitOfMeasure: null,
      maxPoints: 2.5,
      rule: rules[index % rules.length] ?? { kind: "YES_NO" },
      reporting: index === 39 ? "YEAR_END" : "QUARTERLY",
      accumulation: "SUM",
      knockOut: false,
    })),
    bonusCap: 10,
    classification: [
      { code: "A", label: "Xuất sắc", minTotal: 60 },
      { code: "B", label: "Tốt", minTotal: 40 },
    ],
    tieBreak: [{ by: "GROUP", groupId: "g1" }, { by: "FEWER_DEDUCTIONS" }],
  };
  const units = Array.from({ length: 15 }, (_, index) => ({ id: `u${index}`, name: `Đơn vị ${index}` }));
  const targets: TargetInput[] = [];
  const results: ResultInput[] = [];
  units.forEach((unit, u) =>
    set.criteria.forEach((criterion, c) => {
      targets.push({ criterionId: criterion.id, unitId: unit.id, value: 10 });
      for (const quarter of QUARTERS) {
        const value = (u * 7 + c * 3 + quarter) % 6;
        results.push({
          criterionId: criterion.id,
          unitId: unit.id,
          quarter,
          reportedValue: value,
          verifiedValue: value,
        });
      }
    }),
  );
  return { set, units, targets, results };
}

describe("performance", () => {
  // A coarse guard against gross regressions (re-indexing per unit, scanning the rows per criterion),
  // not a benchmark: ranking with movement (two quarters scored) takes about 1 ms in Node and about
  // 2 ms under the test runner's module transform; the bound leaves room for slow CI machines.
  it("ranks a bloc of 15 units × 40 criteria × 4 quarters in a few milliseconds", () => {
    const input = largeBloc();
    const period = { quarter: 4, basis: "YTD" } as const;
    for (let warmUp = 0; warmUp < 20; warmUp += 1) rankBloc(input, period);
    const runs = 50;
    const started = Date.now();
    for (let run = 0; run < runs; run += 1) rankBloc(input, period);
    expect((Date.now() - started) / runs).toBeLessThan(10);
  });
});
