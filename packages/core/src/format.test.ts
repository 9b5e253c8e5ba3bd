import { describe, expect, it } from "vitest";
import { formatCodedSum, formatNumber, formatPercent, formatQuarter, formatValue, romanQuarter } from "./format";

describe("formatNumber", () => {
  it("uses a comma decimal mark and dot thousands in Vietnamese", () => {
    expect(formatNumber(3.7, "vi")).toBe("3,7");
    expect(formatNumber(127600, "vi")).toBe("127.600");
    expect(formatNumber(1234.5, "vi")).toBe("1.234,5");
    expect(formatNumber(4.105, "vi", 2)).toBe("4,11");
    expect(formatValue(3.7125, "vi")).toBe("3,7125");
  });

  it("uses a dot decimal mark and comma thousands in English", () => {
    expect(formatNumber(3.7, "en")).toBe("3.7");
    expect(formatNumber(127600, "en")).toBe("127,600");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatValue(3.7125, "en")).toBe("3.7125");
  });

  it("prints -0 as 0", () => {
    expect(formatNumber(-0, "vi")).toBe("0");
    expect(formatNumber(-0, "en")).toBe("0");
  });
});

describe("formatPercent", () => {
  it("writes the percent sign right after the number", () => {
    expect(formatPercent(110.75, "vi")).toBe("110,75%");
    expect(formatPercent(110.75, "en")).toBe("110.75%");
    expect(formatPercent(73, "vi")).toBe("73%");
  });
});

describe("quarters", () => {
  it("uses Roman numerals", () => {
    expect([1, 2, 3, 4].map((quarter) => romanQuarter(quarter))).toEqual(["I", "II", "III", "IV"]);
    expect(formatQuarter(1, 2024)).toBe("Quý I/2024");
    expect(formatQuarter(3, 2024, { style: "long" })).toBe("quý III năm 2024");
    expect(formatQuarter(4, 2025, { locale: "en" })).toBe("Q4/2025");
  });
});

describe("formatCodedSum", () => {
  it("lists the terms of a subtotal by code", () => {
    const terms = [
      { code: "II.1", points: 10 },
      { code: "II.2", points: 4.1 },
    ];
    expect(formatCodedSum(terms, "vi")).toBe("II.1 10 + II.2 4,1");
    expect(formatCodedSum(terms, "en")).toBe("II.1 10 + II.2 4.1");
    expect(formatCodedSum([], "vi")).toBe("0");
  });
});
