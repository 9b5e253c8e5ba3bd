import { describe, expect, it } from "vitest";
import { bandRanges, earnedShare, groupHeatCell, heatBand, heatCell, HEAT_BANDS } from "./heat-map";

describe("earnedShare", () => {
  it("divides points by the maximum, capped to 0..1", () => {
    expect(earnedShare(7.5, 10, "CONTENT")).toBe(0.75);
    expect(earnedShare(12, 10, "BONUS")).toBe(1);
    expect(earnedShare(null, 10, "CONTENT")).toBeNull();
    expect(earnedShare(3, 0, "CONTENT")).toBeNull();
  });

  it("counts a deduction as the share kept", () => {
    expect(earnedShare(0, 5, "DEDUCTION")).toBe(1);
    expect(earnedShare(-2, 5, "DEDUCTION")).toBeCloseTo(0.6);
    expect(earnedShare(-9, 5, "DEDUCTION")).toBe(0);
  });
});

describe("heatBand", () => {
  it("puts each share in the band it reaches", () => {
    expect(heatBand(1)).toBe(HEAT_BANDS[0]);
    expect(heatBand(0.9)).toBe(HEAT_BANDS[0]);
    expect(heatBand(0.89)).toBe(HEAT_BANDS[1]);
    expect(heatBand(0.5)).toBe(HEAT_BANDS[2]);
    expect(heatBand(0)).toBe(HEAT_BANDS[4]);
    expect(heatBand(null)).toBeNull();
  });

  it("describes the bands from the top down for the legend", () => {
    expect(bandRanges().map(({ from, to }) => [from, to])).toEqual([
      [90, 100],
      [75, 90],
      [50, 75],
      [25, 50],
      [0, 25],
    ]);
  });
});

describe("heatCell", () => {
  it("colours scored cells, hatches missing ones and leaves unearned bonus and bonus-only groups neutral", () => {
    expect(heatCell(4, 4, "CONTENT")).toEqual({ state: "band", band: HEAT_BANDS[0] });
    expect(heatCell(null, 4, "CONTENT")).toEqual({ state: "missing" });
    expect(heatCell(0, 5, "BONUS")).toEqual({ state: "neutral" });
    expect(heatCell(2.5, 5, "BONUS")).toEqual({ state: "band", band: HEAT_BANDS[2] });
    expect(heatCell(0, 0, "CONTENT")).toEqual({ state: "neutral" });
  });
});

describe("groupHeatCell", () => {
  it("judges a group's subtotal against what it can reach, a bonus-only group like a bonus item", () => {
    // 4 + 4 + 0 − 1 of a 10-point group.
    expect(groupHeatCell(7, { maxPoints: 10, bonusMaxPoints: 0 })).toEqual({ state: "band", band: HEAT_BANDS[2] });
    expect(groupHeatCell(2, { maxPoints: 0, bonusMaxPoints: 10 })).toEqual({ state: "band", band: HEAT_BANDS[4] });
    expect(groupHeatCell(0, { maxPoints: 0, bonusMaxPoints: 10 })).toEqual({ state: "neutral" });
  });
});
