import { describe, expect, it } from "vitest";
import { quarterLabel, quarterOptions, selectQuarter, type AvailableQuarter } from "./selection";

const districts = (year: number, quarters: number[]): AvailableQuarter[] =>
  quarters.map((quarter) => ({ year, quarter, blocId: "huyen", blocName: "Khối huyện" }));
const available = [...districts(2024, [1, 2, 3, 4]), ...districts(2025, [1, 2])];
const none = { year: null, quarter: null, blocId: null };

describe("selectQuarter", () => {
  it("defaults to the latest quarter the caller may see", () => {
    expect(selectQuarter(available, none)).toEqual({ year: 2025, quarter: 2, blocId: "huyen", available: true });
  });

  it("has nothing to show before any quarter is published", () => {
    expect(selectQuarter([], none)).toBeNull();
  });

  it("keeps the URL's quarter and completes a year alone with its latest quarter", () => {
    expect(selectQuarter(available, { year: 2024, quarter: 3, blocId: null })).toMatchObject({
      year: 2024,
      quarter: 3,
      available: true,
    });
    expect(selectQuarter(available, { year: 2024, quarter: null, blocId: null })).toMatchObject({ quarter: 4 });
  });

  it("passes on a quarter not available, so the API can say why, in the year's bloc", () => {
    expect(selectQuarter(available, { year: 2025, quarter: 3, blocId: "other" })).toEqual({
      year: 2025,
      quarter: 3,
      blocId: "huyen",
      available: false,
    });
  });

  it("takes the year's bloc when the unit changed blocs", () => {
    const moved = [...districts(2024, [4]), { year: 2025, quarter: 3, blocId: "cum", blocName: "Cụm 1" }];
    expect(selectQuarter(moved, { year: 2024, quarter: 4, blocId: "cum" })?.blocId).toBe("huyen");
    expect(selectQuarter(moved, none)?.blocId).toBe("cum");
  });
});

describe("quarter labels", () => {
  it("writes quarters in Roman numerals in Vietnamese", () => {
    expect(quarterLabel(2025, 3, "vi")).toBe("Quý III/2025");
    expect(quarterLabel(2025, 3, "en")).toBe("Q3/2025");
  });

  it("lists the newest first and names the bloc only when the unit changed blocs", () => {
    expect(quarterOptions(available, "vi").map((option) => option.label)).toEqual([
      "Quý II/2025",
      "Quý I/2025",
      "Quý IV/2024",
      "Quý III/2024",
      "Quý II/2024",
      "Quý I/2024",
    ]);
    const moved = [...districts(2024, [4]), { year: 2025, quarter: 3, blocId: "cum", blocName: "Cụm 1" }];
    expect(quarterOptions(moved, "vi")[0]).toEqual({ label: "Quý III/2025 · Cụm 1", value: "2025-3" });
  });
});
