import { describe, expect, it } from "vitest";
import { periodOf, refusedPeriodParams } from "./useRouteSelection";

describe("the period an address names", () => {
  it("reads a year from 2000 and a quarter from I to IV", () => {
    expect(periodOf({ year: "2025", quarter: "3" })).toEqual({ year: 2025, quarter: 3 });
    expect(refusedPeriodParams({ year: "2025", quarter: "3" })).toEqual([]);
  });

  it("names what it cannot show, as the address wrote it, so the page can say what it corrected", () => {
    expect(refusedPeriodParams({ year: "2025", quarter: "7" })).toEqual([{ name: "quarter", value: "7" }]);
    expect(refusedPeriodParams({ year: "1999", quarter: "2" })).toEqual([{ name: "year", value: "1999" }]);
    expect(refusedPeriodParams({ year: "hai", quarter: "0" })).toEqual([
      { name: "quarter", value: "0" },
      { name: "year", value: "hai" },
    ]);
  });

  it("leaves out what the address does not name: the page then picks its default without a word", () => {
    expect(refusedPeriodParams({})).toEqual([]);
    expect(refusedPeriodParams({ basis: "QUARTER" })).toEqual([]);
  });
});
