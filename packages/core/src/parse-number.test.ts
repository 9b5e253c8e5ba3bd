import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatValue } from "./format";
import { parseNumber } from "./parse-number";

const parseNumberVi = (text: string) => parseNumber(text, "vi");

describe("parseNumber in Vietnamese", () => {
  it("reads the Vietnamese marks: comma decimal, dot thousands", () => {
    expect(parseNumberVi("3,7")).toBe(3.7);
    expect(parseNumberVi("127.600")).toBe(127600);
    expect(parseNumberVi("1.234,5")).toBe(1234.5);
    expect(parseNumberVi("1.234.567")).toBe(1234567);
    expect(parseNumberVi("110,75%")).toBe(110.75);
    expect(parseNumberVi("0,5")).toBe(0.5);
    expect(parseNumberVi(",5")).toBe(0.5);
    expect(parseNumberVi("42")).toBe(42);
  });

  it("tolerates spaces, signs and figures copied from English files", () => {
    expect(parseNumberVi(" 1 234,5 ")).toBe(1234.5);
    expect(parseNumberVi("127\u00a0600")).toBe(127600);
    expect(parseNumberVi("-3,7")).toBe(-3.7);
    expect(parseNumberVi("\u22122")).toBe(-2);
    expect(parseNumberVi("+4")).toBe(4);
    expect(parseNumberVi("1,234.5")).toBe(1234.5);
    expect(parseNumberVi("3.75")).toBe(3.75);
    expect(parseNumberVi("3.7")).toBe(3.7);
    expect(parseNumberVi("0.500")).toBe(0.5);
    expect(parseNumberVi("1,234,567")).toBe(1234567);
  });

  it("refuses what is not a number", () => {
    for (const text of ["", " ", "abc", "3,7a", "1.2,5", "1,2.5.6", "12.34.5", "3,", "3.", "--1", "1e5", "Infinity"]) {
      expect(parseNumberVi(text), text).toBeNull();
    }
  });

  it("reads back every value formatValue writes, in either language", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("vi" as const, "en" as const),
        (units, decimals, locale) => {
          const value = units / 10 ** decimals;
          expect(parseNumber(formatValue(value, locale), locale)).toBe(value === 0 ? 0 : value);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("parseNumber in English", () => {
  const parseNumberEn = (text: string) => parseNumber(text, "en");

  it("reads a single comma before three digits as thousands, a single dot as the decimal mark", () => {
    expect(parseNumberEn("127,600")).toBe(127600);
    expect(parseNumberEn("127.600")).toBe(127.6);
    expect(parseNumberEn("3.125")).toBe(3.125);
  });

  it("keeps accepting both marks wherever they cannot be misread", () => {
    expect(parseNumberEn("3,7")).toBe(3.7);
    expect(parseNumberEn("3.7")).toBe(3.7);
    expect(parseNumberEn("1.234,5")).toBe(1234.5);
    expect(parseNumberEn("1,234.5")).toBe(1234.5);
    expect(parseNumberEn("1.234.567")).toBe(1234567);
    expect(parseNumberEn("110,75%")).toBe(110.75);
    expect(parseNumberEn("0,500")).toBe(0.5);
  });
});
