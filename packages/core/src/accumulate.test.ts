import { describe, expect, it } from "vitest";
import { accumulateValue, isDue, periodTarget, periodValue } from "./accumulate";
import { criterionByCode as byCode } from "./test-fixtures";

describe("accumulateValue", () => {
  const quarters = [1.2, null, 0.8, 1.7];
  it("SUM adds the reported quarters", () => expect(accumulateValue(quarters, "SUM")).toBe(3.7));
  it("LAST takes the latest reported quarter", () => expect(accumulateValue([91, 92.5, null], "LAST")).toBe(92.5));
  it("MAX takes the highest quarter", () => expect(accumulateValue(quarters, "MAX")).toBe(1.7));
  it("AVERAGE averages the reported quarters only", () => expect(accumulateValue([4, null, 5], "AVERAGE")).toBe(4.5));
  it("gives null when no quarter was reported", () => {
    for (const accumulation of ["SUM", "LAST", "MAX", "AVERAGE"] as const) {
      expect(accumulateValue([null, null], accumulation)).toBeNull();
    }
  });
});

describe("periodValue", () => {
  const fund = byCode("II.1");
  const quarters = [1, 0.7, 0.1, 2];

  it("accumulates quarters I..q year to date", () => {
    const result = periodValue(fund, quarters, { quarter: 3, basis: "YTD" });
    expect(result.value).toBe(1.8);
    expect(result.explanation).toEqual({
      key: "periodValue",
      basis: "YTD",
      accumulation: "SUM",
      firstQuarter: 1,
      values: [1, 0.7, 0.1],
      value: 1.8,
      unit: "tỷ đồng",
    });
  });

  it("takes quarter q alone on the QUARTER basis", () => {
    expect(periodValue(fund, quarters, { quarter: 2, basis: "QUARTER" }).value).toBe(0.7);
  });
});

describe("isDue", () => {
  it("scores year-end criteria only in the fourth quarter", () => {
    const review = byCode("V.2");
    expect([1, 2, 3, 4].map((quarter) => isDue(review, { quarter: quarter as 1, basis: "YTD" }))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(isDue(byCode("V.1"), { quarter: 1, basis: "YTD" })).toBe(true);
  });
});

describe("periodTarget", () => {
  it("measures year-to-date values against the annual target", () => {
    expect(periodTarget(byCode("II.1"), 4, { quarter: 2, basis: "YTD" })).toEqual({ value: 4, proRatedFrom: null });
  });

  it("pro-rates summed targets to a quarter on the QUARTER basis", () => {
    expect(periodTarget(byCode("II.1"), 4, { quarter: 2, basis: "QUARTER" })).toEqual({ value: 1, proRatedFrom: 4 });
    expect(periodTarget(byCode("II.3"), 20, { quarter: 2, basis: "QUARTER" })).toEqual({ value: 5, proRatedFrom: 20 });
  });

  it("keeps the annual target for levels", () => {
    expect(periodTarget(byCode("III.2"), 95, { quarter: 2, basis: "QUARTER" })).toEqual({
      value: 95,
      proRatedFrom: null,
    });
  });

  it("has no target when none is set, it is zero, or the rule needs none", () => {
    expect(periodTarget(byCode("II.1"), undefined, { quarter: 1, basis: "YTD" })).toBeNull();
    expect(periodTarget(byCode("II.1"), 0, { quarter: 1, basis: "YTD" })).toBeNull();
    expect(periodTarget(byCode("I.1"), 10, { quarter: 1, basis: "YTD" })).toBeNull();
  });
});
