import { describe, expect, it } from "vitest";
import { defaultPeriod, hasFigures, latestQuarterWithData, type QuarterStatus } from "./period-default";

const touched = new Date("2025-06-30");
const quarters = (...statuses: (QuarterStatus["status"] | null)[]): QuarterStatus[] =>
  statuses.map((status, index) => ({
    quarter: index + 1,
    status: status ?? "OPEN",
    updatedAt: status === null ? null : touched,
  }));

describe("latestQuarterWithData", () => {
  it("takes the last quarter that was opened, locked or published", () => {
    expect(latestQuarterWithData(quarters("PUBLISHED", "PUBLISHED", "OPEN", null), false)).toBe(3);
    expect(latestQuarterWithData(quarters(null, null, null, null), false)).toBeNull();
  });

  it("takes the last published quarter for unit users", () => {
    expect(latestQuarterWithData(quarters("PUBLISHED", "PUBLISHED", "LOCKED", null), true)).toBe(2);
    expect(latestQuarterWithData(quarters("OPEN", null, null, null), true)).toBeNull();
  });
});

describe("defaultPeriod", () => {
  it("picks the newest year with figures and its latest quarter across blocs", () => {
    const years = [
      { year: 2025, periods: quarters("PUBLISHED", "PUBLISHED", null, null) },
      { year: 2025, periods: quarters(null, null, "PUBLISHED", "LOCKED") },
      { year: 2024, periods: quarters("PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED") },
    ];
    expect(defaultPeriod(years, false)).toEqual({ year: 2025, quarter: 4 });
    expect(defaultPeriod(years, true)).toEqual({ year: 2025, quarter: 3 });
  });

  it("falls back to an older year, then to the newest year's first quarter", () => {
    expect(
      defaultPeriod(
        [
          { year: 2026, periods: quarters(null, null, null, null) },
          { year: 2025, periods: quarters("PUBLISHED", null, null, null) },
        ],
        false,
      ),
    ).toEqual({ year: 2025, quarter: 1 });
    expect(defaultPeriod([{ year: 2026, periods: quarters(null, null, null, null) }], false)).toEqual({
      year: 2026,
      quarter: 1,
    });
    expect(defaultPeriod([], false)).toBeNull();
  });
});

describe("hasFigures", () => {
  it("counts a quarter once it was opened for entry", () => {
    const [opened, untouched] = quarters("OPEN", null);
    expect(opened && hasFigures(opened)).toBe(true);
    expect(untouched && hasFigures(untouched)).toBe(false);
  });
});
