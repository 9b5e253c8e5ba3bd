import { describe, expect, it } from "vitest";
import { leadOverNext, movementDirection, rankedAround } from "./standing";

const entries = [
  { unitId: "a", unitName: "Bảo Thắng", rank: 1, total: 60.83 },
  { unitId: "b", unitName: "Sa Pa", rank: 1, total: 60.83 },
  { unitId: "c", unitName: "Bát Xát", rank: 3, total: 56.96 },
  { unitId: "d", unitName: "Bắc Hà", rank: 4, total: 50 },
];

describe("standing", () => {
  it("measures a leader's lead over the next rank down, naming who shares first place", () => {
    expect(leadOverNext(entries, "a")).toEqual({
      nextUnitName: "Bát Xát",
      nextRank: 3,
      margin: 3.87,
      sharedWith: ["Sa Pa"],
    });
    expect(leadOverNext(entries.slice(0, 1), "a")).toBeNull();
  });

  it("lists the units ranked around a unit with their difference in total", () => {
    expect(rankedAround(entries, "c", 1).map((entry) => [entry.unitName, entry.difference, entry.self])).toEqual([
      ["Sa Pa", 3.87, false],
      ["Bát Xát", 0, true],
      ["Bắc Hà", -6.96, false],
    ]);
    expect(rankedAround(entries, "missing")).toEqual([]);
  });

  it("reads movement as up, down, unchanged or none", () => {
    expect([1, -2, 0, null].map(movementDirection)).toEqual(["up", "down", "same", "none"]);
  });
});
