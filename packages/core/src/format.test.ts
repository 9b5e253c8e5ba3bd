import { describe, expect, it } from "vitest";
import { formatCodedSum, formatNumberVi, formatPercentVi, formatQuarter, formatValue, romanQuarter } from "./format";

describe("formatNumberVi", () => {
  it("uses a comma decimal mark and dot thousands", () => {
    expect(formatNumberVi(3.7)).toBe("3,7");
    expect(formatNumberVi(127600)).toBe("127.600");
    expect(formatNumberVi(1234.5)).toBe("1.234,5");
    expect(formatNumberVi(4.105, 2)).toBe("4,11");
    expect(formatValue(3.7125)).toBe("3,7125");
  });

  it("prints -0 as 0", () => {
    expect(formatNumberVi(-0)).toBe("0");
  });
});

describe("formatPercentVi", () => {
  it("writes the percent sign right after the number", () => {
    expect(formatPercentVi(110.75)).toBe("110,75%");
    expect(formatPercentVi(73)).toBe("73%");
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
    expect(
      formatCodedSum([
        { code: "II.1", points: 10 },
        { code: "II.2", points: 4.1 },
      ]),
    ).toBe("II.1 10 + II.2 4,1");
    expect(formatCodedSum([])).toBe("0");
  });
});
