import { describe, expect, it } from "vitest";
import { changesByOthers, rebaseDrafts } from "./conflict";
import { toStoredCells } from "./sheet-edits";

const previous = toStoredCells([
  { unitId: "u1", criterionId: "c1", reportedValue: 10, verifiedValue: 9, version: 2 },
  { unitId: "u1", criterionId: "c2", reportedValue: 1, verifiedValue: 1, version: 1 },
]);
const fresh = toStoredCells([
  { unitId: "u1", criterionId: "c1", reportedValue: 10, verifiedValue: 8, version: 3 },
  { unitId: "u1", criterionId: "c2", reportedValue: 1, verifiedValue: 1, version: 1 },
  { unitId: "u2", criterionId: "c1", reportedValue: 5, verifiedValue: null, version: 1 },
]);

describe("changesByOthers", () => {
  it("lists each figure another user changed, and whether the user's own edit collides with it", () => {
    const drafts = new Map([
      ["u1|c1|verified", "7,5"],
      ["u1|c2|verified", "0"],
    ]);
    expect(changesByOthers(previous, fresh, drafts)).toEqual([
      { unitId: "u1", criterionId: "c1", side: "verified", before: 9, theirs: 8, mine: "7,5" },
      { unitId: "u2", criterionId: "c1", side: "self", before: null, theirs: 5, mine: null },
    ]);
  });
});

describe("rebaseDrafts", () => {
  const drafts = new Map([
    ["u1|c1|verified", "7,5"],
    ["u1|c2|verified", "0"],
  ]);
  const changed = changesByOthers(previous, fresh, drafts);

  it("drops colliding edits when taking their figures, keeping every other edit", () => {
    expect([...rebaseDrafts(drafts, changed, "theirs")]).toEqual([["u1|c2|verified", "0"]]);
  });

  it("keeps every edit when the user keeps theirs", () => {
    expect(rebaseDrafts(drafts, changed, "mine")).toEqual(drafts);
  });
});
