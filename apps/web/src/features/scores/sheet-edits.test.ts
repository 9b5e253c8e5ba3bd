import { describe, expect, it } from "vitest";
import { fieldState, pendingSave, toStoredCells, withSaved } from "./sheet-edits";
import { fieldKey } from "./sheet-keys";

const criteria = new Map([
  ["c1", { kind: "TARGET_PERCENT" as const, maxPoints: 4, unitOfMeasure: null }],
  ["c2", { kind: "YES_NO" as const, maxPoints: 2, unitOfMeasure: null }],
]);
const stored = toStoredCells([
  { unitId: "u1", criterionId: "c1", reportedValue: 3.7, verifiedValue: 3.5, version: 4 },
  { unitId: "u2", criterionId: "c2", reportedValue: 1, verifiedValue: null, version: 1 },
]);
const drafts = (entries: [string, string, "self" | "verified", string][]) =>
  new Map(entries.map(([unitId, criterionId, side, text]) => [fieldKey({ unitId, criterionId, side }), text]));

describe("fieldState", () => {
  it("is clean when the typed figure equals the stored one, however it was written", () => {
    expect(fieldState("3,7", 3.7, criteria.get("c1")!, "vi")).toEqual({ value: 3.7, problem: null, dirty: false });
    expect(fieldState(undefined, 3.7, criteria.get("c1")!, "vi")).toEqual({ value: 3.7, problem: null, dirty: false });
    expect(fieldState("", 3.7, criteria.get("c1")!, "vi")).toEqual({ value: null, problem: null, dirty: true });
  });

  it("keeps the stored figure for scoring while the text does not read", () => {
    expect(fieldState("3,7x", 3.5, criteria.get("c1")!, "vi")).toEqual({
      value: 3.5,
      problem: { code: "notNumber" },
      dirty: true,
    });
  });
});

describe("pendingSave", () => {
  it("sends one change per cell with both sides and the version read; unchanged drafts are left out", () => {
    const pending = pendingSave(
      drafts([
        ["u1", "c1", "verified", "3,6"],
        ["u1", "c1", "self", "3,70"],
        ["u2", "c2", "verified", "Có"],
        ["u3", "c1", "self", "127.600"],
        ["u3", "c1", "verified", ""],
      ]),
      stored,
      criteria,
      "vi",
    );
    expect(pending.changes).toEqual([
      { unitId: "u1", criterionId: "c1", verifiedValue: 3.6, version: 4 },
      { unitId: "u2", criterionId: "c2", verifiedValue: 1, version: 1 },
      { unitId: "u3", criterionId: "c1", reportedValue: 127600, version: null },
    ]);
    expect(pending.changed).toHaveLength(3);
    expect(pending.invalid).toEqual([]);
  });

  it("clears a figure with null and lists the fields that block saving", () => {
    const pending = pendingSave(
      drafts([
        ["u1", "c1", "self", ""],
        ["u2", "c2", "verified", "2"],
      ]),
      stored,
      criteria,
      "vi",
    );
    expect(pending.changes).toEqual([{ unitId: "u1", criterionId: "c1", reportedValue: null, version: 4 }]);
    expect(pending.invalid).toEqual([{ unitId: "u2", criterionId: "c2", side: "verified" }]);
    expect(pending.changed).toHaveLength(2);
  });
});

describe("withSaved", () => {
  it("replaces saved cells and keeps the others", () => {
    const next = withSaved(stored, [
      { unitId: "u1", criterionId: "c1", reportedValue: 3.7, verifiedValue: 3.6, version: 5 },
    ]);
    expect(next.get("u1|c1")).toEqual({ reportedValue: 3.7, verifiedValue: 3.6, version: 5 });
    expect(next.get("u2|c2")?.version).toBe(1);
    expect(stored.get("u1|c1")?.version).toBe(4);
  });
});
