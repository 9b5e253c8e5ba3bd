import { describe, expect, it } from "vitest";
import { cellText, parseCell } from "./cell-value";

const figure = { kind: "TARGET_PERCENT", maxPoints: 4, unitOfMeasure: null } as const;
const words = { yes: "Có", no: "Không", locale: "vi" } as const;
const english = { yes: "Yes", no: "No", locale: "en" } as const;

describe("parseCell", () => {
  it("reads Vietnamese numbers and empty cells", () => {
    expect(parseCell("3,7", figure, "vi")).toEqual({ ok: true, value: 3.7 });
    expect(parseCell("127.600", figure, "vi")).toEqual({ ok: true, value: 127600 });
    expect(parseCell("1.234,5", figure, "vi")).toEqual({ ok: true, value: 1234.5 });
    expect(parseCell("  ", figure, "vi")).toEqual({ ok: true, value: null });
  });

  it("names why a figure cannot be saved, with the server's rules per kind", () => {
    expect(parseCell("ba", figure, "vi")).toEqual({ ok: false, problem: { code: "notNumber" } });
    expect(parseCell("-2", figure, "vi")).toEqual({ ok: false, problem: { code: "negative" } });
    expect(parseCell("4,5", { kind: "QUALITATIVE", maxPoints: 4, unitOfMeasure: null }, "vi")).toEqual({
      ok: false,
      problem: { code: "aboveMax", max: "4" },
    });
    expect(parseCell("1,5", { kind: "DEDUCTION", maxPoints: 5, unitOfMeasure: null }, "vi")).toEqual({
      ok: false,
      problem: { code: "wholeNumber" },
    });
    expect(parseCell("2", { kind: "BONUS", maxPoints: 5, unitOfMeasure: null }, "vi")).toEqual({ ok: true, value: 2 });
    expect(parseCell("2", { kind: "YES_NO", maxPoints: 5, unitOfMeasure: null }, "vi")).toEqual({
      ok: false,
      problem: { code: "yesNo" },
    });
  });

  it("refuses a fraction of a count and a share of a whole above 100%, as the server does", () => {
    const houses = { kind: "TARGET_PERCENT", maxPoints: 7, unitOfMeasure: "căn" } as const;
    expect(parseCell("2,5", houses, "vi")).toEqual({ ok: false, problem: { code: "countFraction", unit: "căn" } });
    expect(parseCell("193", houses, "vi")).toEqual({ ok: true, value: 193 });
    const households = { kind: "BANDS", maxPoints: 5, unitOfMeasure: "% hộ" } as const;
    expect(parseCell("100,5", households, "vi")).toEqual({ ok: false, problem: { code: "percentAbove100" } });
    expect(parseCell("91,4", households, "vi")).toEqual({ ok: true, value: 91.4 });
  });

  it("takes yes/no as words in either language or as 1/0", () => {
    const yesNo = { kind: "YES_NO", maxPoints: 3, unitOfMeasure: null } as const;
    expect(["Có", "co", "x", "Yes", "1"].map((text) => parseCell(text, yesNo, "vi"))).toEqual(
      Array(5).fill({ ok: true, value: 1 }),
    );
    expect(["Không", "khong", "no", "0"].map((text) => parseCell(text, yesNo, "vi"))).toEqual(
      Array(4).fill({ ok: true, value: 0 }),
    );
    expect(parseCell("có lẽ", yesNo, "vi")).toEqual({ ok: false, problem: { code: "yesNo" } });
  });
});

describe("cells in English", () => {
  it("write and read back the English way", () => {
    expect(cellText(127600, "TARGET_PERCENT", english)).toBe("127,600");
    expect(cellText(3.7125, "BANDS", english)).toBe("3.7125");
    expect(parseCell("127,600", figure, "en")).toEqual({ ok: true, value: 127600 });
    expect(parseCell("3.125", figure, "en")).toEqual({ ok: true, value: 3.125 });
    expect(parseCell("3,7", figure, "en")).toEqual({ ok: true, value: 3.7 });
    expect(parseCell("4.5", { kind: "QUALITATIVE", maxPoints: 2.5, unitOfMeasure: null }, "en")).toEqual({
      ok: false,
      problem: { code: "aboveMax", max: "2.5" },
    });
  });
});

describe("cellText", () => {
  it("writes figures the Vietnamese way in Vietnamese and answers as words", () => {
    expect(cellText(127600, "TARGET_PERCENT", words)).toBe("127.600");
    expect(cellText(3.7125, "BANDS", words)).toBe("3,7125");
    expect(cellText(null, "BANDS", words)).toBe("");
    expect(cellText(1, "YES_NO", words)).toBe("Có");
    expect(cellText(0, "YES_NO", words)).toBe("Không");
  });
});
