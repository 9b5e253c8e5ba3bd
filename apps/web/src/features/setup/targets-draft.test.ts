import { describe, expect, it } from "vitest";
import type { TargetGrid } from "../../stores/setup";
import { cellKey, expectedToDate, phasingChanges, phasingTexts, targetChanges, targetTexts } from "./targets-draft";

const grid: TargetGrid = {
  units: [
    { id: "batxat", name: "Huyện Bát Xát" },
    { id: "bacha", name: "Huyện Bắc Hà" },
  ],
  criteria: [
    {
      id: "fund",
      code: "II.1",
      name: "Quỹ vì người nghèo",
      unitOfMeasure: "tỷ đồng",
      maxPoints: 8,
      kind: "TARGET_PERCENT",
      groupCode: "II",
      phaseable: true,
    },
    {
      id: "gifts",
      code: "II.2",
      name: "Suất quà",
      unitOfMeasure: "suất",
      maxPoints: 4,
      kind: "TARGET_PERCENT",
      groupCode: "II",
      phaseable: true,
    },
  ],
  targets: [{ unitId: "batxat", criterionId: "fund", value: 3.7, version: 2, updatedAt: new Date(0) }],
  phasings: [{ criterionId: "gifts", weights: [70, 10, 10, 10], version: 3, updatedAt: new Date(0) }],
};

describe("targets draft", () => {
  it("shows stored targets the way the interface language writes numbers", () => {
    expect(targetTexts(grid, "vi")).toEqual({ [cellKey("batxat", "fund")]: "3,7" });
    expect(targetTexts(grid, "en")).toEqual({ [cellKey("batxat", "fund")]: "3.7" });
  });

  it("reads back in English what English writes", () => {
    const texts = { ...targetTexts(grid, "en"), [cellKey("bacha", "gifts")]: "127,600" };
    expect(targetChanges(grid, texts, "en").cells).toEqual([
      { unitId: "bacha", criterionId: "gifts", value: 127600, version: null },
    ]);
  });

  it("sends only changed cells, with the version read, or null for a new target", () => {
    const texts = {
      ...targetTexts(grid, "vi"),
      [cellKey("bacha", "gifts")]: "127.600",
      [cellKey("bacha", "fund")]: "  ",
    };
    expect(targetChanges(grid, texts, "vi")).toEqual({
      cells: [{ unitId: "bacha", criterionId: "gifts", value: 127600, version: null }],
      issues: new Map(),
    });
    texts[cellKey("batxat", "fund")] = "4,25";
    expect(targetChanges(grid, texts, "vi").cells).toContainEqual({
      unitId: "batxat",
      criterionId: "fund",
      value: 4.25,
      version: 2,
    });
  });

  it("names cells that cannot be saved as typed", () => {
    const texts = {
      [cellKey("batxat", "fund")]: "",
      [cellKey("batxat", "gifts")]: "nhiều",
      [cellKey("bacha", "fund")]: "-1",
    };
    const { cells, issues } = targetChanges(grid, texts, "vi");
    expect(cells).toEqual([]);
    expect(Object.fromEntries(issues)).toEqual({
      [cellKey("batxat", "fund")]: "CLEARED",
      [cellKey("batxat", "gifts")]: "NOT_A_NUMBER",
      [cellKey("bacha", "fund")]: "NEGATIVE",
    });
  });
});

describe("phasing draft", () => {
  it("shows stored shares, and sends only what changed, with the version read", () => {
    const texts = phasingTexts(grid, "vi");
    expect(texts).toEqual({ gifts: ["70", "10", "10", "10"] });
    expect(phasingChanges(grid, texts, "vi")).toEqual({ phasings: [], issues: new Map() });
    const typed = { ...texts, fund: ["37,5", "12,5", "25", "25"] as [string, string, string, string] };
    expect(phasingChanges(grid, typed, "vi").phasings).toEqual([
      { criterionId: "fund", weights: [37.5, 12.5, 25, 25], version: null },
    ]);
    // Emptying all four plans the target evenly again: the stored phasing is removed.
    expect(phasingChanges(grid, { gifts: ["", "", "", ""] }, "vi").phasings).toEqual([
      { criterionId: "gifts", weights: null, version: 3 },
    ]);
  });

  it("names shares that cannot be saved, and says what is expected to date", () => {
    const issues = phasingChanges(grid, { fund: ["70", "10", "10", ""], gifts: ["x", "", "", ""] }, "vi").issues;
    expect(issues).toEqual(
      new Map([
        ["fund", "SUM"],
        ["gifts", "NOT_A_NUMBER"],
      ]),
    );
    expect(phasingChanges(grid, { fund: ["120", "-20", "0", "0"] }, "vi").issues.get("fund")).toBe("OUT_OF_RANGE");
    expect(expectedToDate([70, 10, 10, 10])).toEqual([70, 80, 90]);
  });
});
