import { describe, expect, it } from "vitest";
import type { TargetGrid } from "../../stores/setup";
import { cellKey, targetChanges, targetTexts } from "./targets-draft";

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
      kind: "TARGET_PERCENT",
      groupCode: "II",
    },
    { id: "gifts", code: "II.2", name: "Suất quà", unitOfMeasure: "suất", kind: "TARGET_PERCENT", groupCode: "II" },
  ],
  targets: [{ unitId: "batxat", criterionId: "fund", value: 3.7, version: 2, updatedAt: new Date(0) }],
};

describe("targets draft", () => {
  it("shows stored targets the Vietnamese way", () => {
    expect(targetTexts(grid)).toEqual({ [cellKey("batxat", "fund")]: "3,7" });
  });

  it("sends only changed cells, with the version read, or null for a new target", () => {
    const texts = {
      ...targetTexts(grid),
      [cellKey("bacha", "gifts")]: "127.600",
      [cellKey("bacha", "fund")]: "  ",
    };
    expect(targetChanges(grid, texts)).toEqual({
      cells: [{ unitId: "bacha", criterionId: "gifts", value: 127600, version: null }],
      issues: new Map(),
    });
    texts[cellKey("batxat", "fund")] = "4,25";
    expect(targetChanges(grid, texts).cells).toContainEqual({
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
    const { cells, issues } = targetChanges(grid, texts);
    expect(cells).toEqual([]);
    expect(Object.fromEntries(issues)).toEqual({
      [cellKey("batxat", "fund")]: "CLEARED",
      [cellKey("batxat", "gifts")]: "NOT_A_NUMBER",
      [cellKey("bacha", "fund")]: "NEGATIVE",
    });
  });
});
