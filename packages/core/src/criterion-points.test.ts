import { describe, expect, it } from "vitest";
import { scoreCriterion } from "./criterion-points";
import { criterionByCode as byCode } from "./test-fixtures";
import type { CriterionDef, CriterionRule } from "./types";

const annual = (value: number) => ({ value, proRatedFrom: null });
const withRule = (rule: CriterionRule, maxPoints = 5): CriterionDef => ({ ...byCode("I.1"), rule, maxPoints });

describe("TARGET_PERCENT", () => {
  it("gives full points for a poor fund raised at 110,75% of plan", () => {
    const result = scoreCriterion(byCode("II.1"), 4.43, annual(4));
    expect(result.points).toBe(10);
    expect(result.explanation).toEqual({
      key: "targetPercent",
      value: 4.43,
      unit: "tỷ đồng",
      target: 4,
      annualTarget: null,
      percent: 110.75,
      fullAtPercent: 100,
      maxPoints: 10,
      points: 10,
      capped: true,
    });
  });

  it("gives 4,1 of 5 points at 82% of target", () => {
    expect(scoreCriterion(byCode("I.2"), 16400, annual(20000)).points).toBe(4.1);
  });

  it("reaches full points at fullAtPercent", () => {
    const criterion = withRule({ kind: "TARGET_PERCENT", fullAtPercent: 80 });
    expect(scoreCriterion(criterion, 60, annual(100)).points).toBe(3.75);
    expect(scoreCriterion(criterion, 80, annual(100)).points).toBe(5);
  });

  it("does not score without a target, or with a zero target", () => {
    for (const target of [null, annual(0)]) {
      const result = scoreCriterion(byCode("II.1"), 3, target);
      expect(result).toEqual({
        points: null,
        status: "NO_TARGET",
        explanation: { key: "noTarget", value: 3, unit: "tỷ đồng" },
      });
    }
  });

  it("keeps the annual target in the explanation when the quarter's share is used", () => {
    const result = scoreCriterion(byCode("II.1"), 0.5, { value: 1, proRatedFrom: 4 });
    expect(result.points).toBe(5);
    expect(result.explanation).toMatchObject({ target: 1, annualTarget: 4, percent: 50 });
  });
});

describe("missing value", () => {
  it("is not scored and is reported as missing", () => {
    expect(scoreCriterion(byCode("II.1"), null, annual(4))).toEqual({
      points: null,
      status: "MISSING",
      explanation: { key: "notReported" },
    });
  });
});

describe("BANDS", () => {
  it("takes the highest band reached by the value", () => {
    const sessions = byCode("I.1");
    expect(scoreCriterion(sessions, 4).points).toBe(0);
    expect(scoreCriterion(sessions, 5).points).toBe(2);
    expect(scoreCriterion(sessions, 19.99).points).toBe(4);
    expect(scoreCriterion(sessions, 25).points).toBe(5);
    expect(scoreCriterion(sessions, 4).explanation).toMatchObject({ bandFrom: null, points: 0 });
  });

  it("does not depend on the order the bands are listed in", () => {
    const criterion = withRule({
      kind: "BANDS",
      basis: "VALUE",
      bands: [
        { from: 20, points: 5 },
        { from: 5, points: 2 },
        { from: 10, points: 4 },
      ],
    });
    expect(scoreCriterion(criterion, 12).points).toBe(4);
  });

  it("reads the percent of target, reaching a bound exactly despite float arithmetic", () => {
    const houses = byCode("II.3");
    expect(scoreCriterion(houses, 16, annual(20)).points).toBe(7);
    expect(scoreCriterion(houses, 9, annual(20)).points).toBe(0);
    expect(
      scoreCriterion(
        withRule({ kind: "BANDS", basis: "PERCENT_OF_TARGET", bands: [{ from: 57, points: 3 }] }),
        0.57,
        annual(1),
      ).points,
    ).toBe(3);
    expect(scoreCriterion(houses, 16, null).status).toBe("NO_TARGET");
  });

  it("caps band points at the criterion's maximum", () => {
    const criterion = withRule({ kind: "BANDS", basis: "VALUE", bands: [{ from: 1, points: 8 }] });
    expect(scoreCriterion(criterion, 3).explanation).toMatchObject({ bandPoints: 8, points: 5, capped: true });
  });
});

describe("YES_NO", () => {
  it("gives the maximum for yes (any nonzero value) and nothing for no", () => {
    const plan = byCode("I.3");
    expect(scoreCriterion(plan, 1).points).toBe(5);
    expect(scoreCriterion(plan, 2).points).toBe(5);
    expect(scoreCriterion(plan, 0).points).toBe(0);
  });
});

describe("QUALITATIVE", () => {
  it("uses the assessor's score, kept within 0..max", () => {
    const quality = byCode("V.1");
    expect(scoreCriterion(quality, 3.456).points).toBe(3.46);
    expect(scoreCriterion(quality, 7).explanation).toMatchObject({ points: 5, clamped: true });
    expect(scoreCriterion(quality, -1).points).toBe(0);
  });
});

describe("DEDUCTION", () => {
  it("deducts per event up to the criterion's maximum, as a negative number", () => {
    const lateReports = byCode("VI.3");
    expect(scoreCriterion(lateReports, 3).points).toBe(-1.5);
    expect(scoreCriterion(lateReports, 10).explanation).toMatchObject({ points: -3, capped: true });
    expect(Object.is(scoreCriterion(lateReports, 0).points, 0)).toBe(true);
  });
});

describe("BONUS", () => {
  it("earns per unit up to the criterion's own cap", () => {
    const models = byCode("VI.1");
    expect(scoreCriterion(models, 2).points).toBe(5);
    expect(scoreCriterion(models, 4).explanation).toMatchObject({ points: 7.5, capped: true });
  });
});
