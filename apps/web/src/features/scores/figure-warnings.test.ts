import { describe, expect, it } from "vitest";
import { isAnswered, withAnswers, type SheetFigureWarning } from "./figure-warnings";

const warning: SheetFigureWarning = {
  unitId: "u1",
  criterionId: "c1",
  side: "self",
  value: 3.7,
  pending: true,
  warnings: [
    { code: "ownHistory", value: 3.7, typical: 675.6, quarters: 2 },
    { code: "peers", value: 3.7, typical: 520, peers: 3 },
  ],
};
const change = { unitId: "u1", criterionId: "c1", reportedValue: 3.7, version: 2 };

describe("withAnswers", () => {
  it("confirms every warning of an answered cell and sends a new explanation as its note", () => {
    const answers = new Map([["u1|c1", { confirmed: false, note: "Quy đổi sang tỷ đồng", storedNote: "" }]]);
    expect(withAnswers([change], [warning], answers)).toEqual([
      { ...change, confirmWarnings: ["ownHistory", "peers"], note: "Quy đổi sang tỷ đồng" },
    ]);
  });

  it("leaves an unanswered cell as it is, so the server refuses it", () => {
    expect(withAnswers([change], [warning], new Map())).toEqual([change]);
  });

  it("does not count the old note as an explanation, nor resend it", () => {
    const old = { confirmed: false, note: "Ghi chú quý trước", storedNote: "Ghi chú quý trước" };
    expect(isAnswered(old)).toBe(false);
    expect(withAnswers([change], [warning], new Map([["u1|c1", { ...old, confirmed: true }]]))).toEqual([
      { ...change, confirmWarnings: ["ownHistory", "peers"] },
    ]);
  });
});
