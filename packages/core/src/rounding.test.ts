import { describe, expect, it } from "vitest";
import { cleanNumber, round2, sumPoints } from "./rounding";

describe("round2", () => {
  it("rounds halves away from zero despite binary noise", () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(0.125)).toBe(0.13);
  });

  it("removes float noise", () => {
    expect(round2(4.1000000001)).toBe(4.1);
    expect(round2(5 * 0.82)).toBe(4.1);
  });

  it("never returns -0", () => {
    expect(Object.is(round2(-0), 0)).toBe(true);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe("sumPoints", () => {
  it("rounds the sum once", () => {
    expect(sumPoints([4.1, 0.2])).toBe(4.3);
    expect(sumPoints([])).toBe(0);
  });
});

describe("cleanNumber", () => {
  it("lets computed values meet exact bounds", () => {
    expect(cleanNumber(0.7 + 0.1)).toBe(0.8);
    expect(cleanNumber(0.57 * 100)).toBe(57);
    expect(cleanNumber(1 / 3)).toBe(0.33333333);
  });
});
