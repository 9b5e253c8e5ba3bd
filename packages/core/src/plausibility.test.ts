import { describe, expect, it } from "vitest";
import { figureWarnings, type FigureContext } from "./plausibility";
import { sheetWarnings } from "./sheet-warnings";

const funds: FigureContext["criterion"] = { kind: "TARGET_PERCENT", accumulation: "SUM" };
const context = (patch: Partial<FigureContext>): FigureContext => ({
  criterion: funds,
  value: 1,
  earlier: [],
  peers: [],
  target: null,
  ...patch,
});

describe("figureWarnings", () => {
  it("warns of a likely tỷ/triệu slip against the unit's own earlier quarters", () => {
    // Median of 575,8 and 775,4 is 675,6; 3,7 × 10 = 37 is still below it.
    expect(figureWarnings(context({ value: 3.7, earlier: [575.8, 775.4] }))).toEqual([
      { code: "ownHistory", value: 3.7, typical: 675.6, quarters: 2 },
    ]);
    expect(figureWarnings(context({ value: 612, earlier: [575.8, 775.4] }))).toEqual([]);
  });

  it("warns of a figure ten times its peers' median, given three peers at least", () => {
    // Peers 3,1; 3,7; 4,2 have the median 3,7; 3.700 is a thousand times that.
    expect(figureWarnings(context({ value: 3700, peers: [3.1, 3.7, 4.2] }))).toEqual([
      { code: "peers", value: 3700, typical: 3.7, peers: 3 },
    ]);
    expect(figureWarnings(context({ value: 3700, peers: [3.1, 3.7] }))).toEqual([]);
    // An even count: the median of 2, 4, 6, 8 is 5; 0,5 is exactly a tenth of it.
    expect(figureWarnings(context({ value: 0.5, peers: [2, 4, 6, 8] }))).toEqual([
      { code: "peers", value: 0.5, typical: 5, peers: 4 },
    ]);
  });

  it("warns of a year to date three times the target or more", () => {
    // 127.600 gift packages against 13.200: 966,67% of the target.
    expect(figureWarnings(context({ value: 127600, target: 13200 }))).toEqual([
      { code: "aboveTarget", value: 127600, target: 13200, percent: 966.67 },
    ]);
    // Summed: 20.000 earlier + 19.600 now = 39.600, exactly three times 13.200.
    expect(figureWarnings(context({ value: 19600, earlier: [20000], target: 13200 }))).toEqual([
      { code: "aboveTarget", value: 39600, target: 13200, percent: 300 },
    ]);
    // A level is compared as it is: 95% of households against a target of 90%.
    expect(
      figureWarnings(
        context({ criterion: { kind: "BANDS", accumulation: "LAST" }, value: 95, target: 90, earlier: [9] }),
      ),
    ).toEqual([{ code: "ownHistory", value: 95, typical: 9, quarters: 1 }]);
  });

  it("leaves zeros, small kinds and empty histories alone", () => {
    expect(figureWarnings(context({ value: 0, earlier: [500], target: 10 }))).toEqual([]);
    expect(
      figureWarnings(
        context({ criterion: { kind: "BONUS", accumulation: "SUM" }, value: 30, earlier: [1], target: 1 }),
      ),
    ).toEqual([]);
    expect(figureWarnings(context({ value: 5, earlier: [null, 0] }))).toEqual([]);
  });
});

describe("sheetWarnings", () => {
  const figure = (unitId: string, quarter: 1 | 2 | 3 | 4, reportedValue: number | null, verifiedValue = null) => ({
    unitId,
    criterionId: "fund",
    quarter,
    reportedValue,
    verifiedValue,
  });
  it("measures a field against its own earlier quarters, its peers of the quarter and its target", () => {
    const warned = sheetWarnings({
      criteria: new Map([["fund", funds]]),
      quarter: 3,
      figures: [
        figure("bat-xat", 1, 575.8),
        figure("bat-xat", 2, 775.4),
        figure("bat-xat", 3, 3.7),
        figure("bao-thang", 3, 410),
        figure("bao-yen", 3, 520),
        figure("bac-ha", 3, 600),
        // A later quarter says nothing about this one.
        figure("bat-xat", 4, 3.7),
      ],
      targets: [{ unitId: "bat-xat", criterionId: "fund", value: 1 }],
      fields: [
        { unitId: "bat-xat", criterionId: "fund", side: "self" },
        { unitId: "bat-xat", criterionId: "fund", side: "verified" },
        { unitId: "bao-yen", criterionId: "fund", side: "self" },
      ],
    });
    // Year to date 575,8 + 775,4 + 3,7 = 1.354,9 against a target of 1; peers' median is 520.
    expect(warned).toEqual([
      {
        unitId: "bat-xat",
        criterionId: "fund",
        side: "self",
        value: 3.7,
        warnings: [
          { code: "ownHistory", value: 3.7, typical: 675.6, quarters: 2 },
          { code: "peers", value: 3.7, typical: 520, peers: 3 },
          { code: "aboveTarget", value: 1354.9, target: 1, percent: 135490 },
        ],
      },
    ]);
  });
});
