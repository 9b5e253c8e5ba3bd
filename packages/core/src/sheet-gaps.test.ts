import { describe, expect, it } from "vitest";
import { openGaps, sheetGaps, type GapCriterion } from "./sheet-gaps";

const criteria: GapCriterion[] = [
  { criterionId: "I.1", evidenceRequired: false, due: true },
  { criterionId: "I.2", evidenceRequired: true, due: true },
  { criterionId: "I.3", evidenceRequired: true, due: true },
  { criterionId: "V.1", evidenceRequired: true, due: false },
];

describe("sheetGaps", () => {
  it("names every due criterion of an empty sheet as lacking its figure, and the required evidence", () => {
    expect(sheetGaps(criteria, [])).toEqual([
      { criterionId: "I.1", missingFigure: true, missingEvidence: false },
      { criterionId: "I.2", missingFigure: true, missingEvidence: true },
      { criterionId: "I.3", missingFigure: true, missingEvidence: true },
      { criterionId: "V.1", missingFigure: false, missingEvidence: false },
    ]);
  });

  it("counts zero as a figure, and attached evidence or a written explanation as enough", () => {
    const gaps = sheetGaps(criteria, [
      { criterionId: "I.1", value: 0, evidenceCount: 0 },
      { criterionId: "I.2", value: 3.7, evidenceCount: 2 },
      { criterionId: "I.3", value: 110.75, explanation: "Biên bản đang chờ ký", evidenceCount: 0 },
    ]);
    expect(openGaps(gaps)).toEqual([]);
  });

  it("does not take a blank explanation, or a cell without a value, for an answer", () => {
    const gaps = sheetGaps(criteria, [
      { criterionId: "I.1", value: null, evidenceCount: 1 },
      { criterionId: "I.2", value: 5, explanation: "   ", evidenceCount: 0 },
      { criterionId: "I.3", value: null, explanation: "Chưa có số liệu", evidenceCount: 0 },
    ]);
    expect(openGaps(gaps)).toEqual([
      { criterionId: "I.1", missingFigure: true, missingEvidence: false },
      { criterionId: "I.2", missingFigure: false, missingEvidence: true },
      { criterionId: "I.3", missingFigure: true, missingEvidence: false },
    ]);
  });

  it("asks nothing of a year-end criterion before it is due, whatever it holds", () => {
    const [, , , yearEnd] = sheetGaps(criteria, [{ criterionId: "V.1", value: null, evidenceCount: 0 }]);
    expect(yearEnd).toEqual({ criterionId: "V.1", missingFigure: false, missingEvidence: false });
  });
});
