import { describe, expect, it } from "vitest";
import { changedFields } from "./audit-line";

describe("changedFields", () => {
  it("keeps the scalar fields that changed, leaving nested snapshots and a revert's reference out", () => {
    expect(
      changedFields({
        before: { reportedValue: 575.8, verifiedValue: 3.7, note: null, members: [{ unitId: "a" }] },
        after: { reportedValue: 575.8, verifiedValue: 775.4, note: "Đã sửa", revertOf: "x", members: [] },
      }),
    ).toEqual([
      { field: "verifiedValue", before: 3.7, after: 775.4 },
      { field: "note", before: null, after: "Đã sửa" },
    ]);
    expect(changedFields({ before: null, after: { status: "LOCKED" } })).toEqual([
      { field: "status", before: null, after: "LOCKED" },
    ]);
  });
});
