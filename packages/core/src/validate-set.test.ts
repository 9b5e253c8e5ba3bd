import { describe, expect, it } from "vitest";
import { criterionId, fixtureSet, groupId } from "./test-fixtures";
import type { CriteriaSetDef, CriterionRule } from "./types";
import { validateCriteriaSet, type SetProblemCode } from "./validate-set";

const codes = (set: CriteriaSetDef): SetProblemCode[] => validateCriteriaSet(set).map((problem) => problem.code);

describe("validateCriteriaSet", () => {
  it("accepts the 90 + 10 fixture", () => {
    expect(validateCriteriaSet(fixtureSet())).toEqual([]);
  });

  it("checks that the content criteria add up to the declared maximum", () => {
    expect(validateCriteriaSet({ ...fixtureSet(), contentMaxPoints: 95 })).toEqual([
      { code: "CONTENT_MAX_MISMATCH", params: { declared: 95, actual: 90 } },
    ]);
  });

  it("reports duplicate and unknown groups and criteria", () => {
    const set = fixtureSet();
    const [first, second] = set.criteria;
    if (first === undefined || second === undefined) throw new Error("fixture too small");
    set.groups.push({ id: "group-extra", code: "I", name: "Trùng mã" });
    set.criteria.push({ ...first, id: "criterion-copy", groupId: "group-missing", maxPoints: 0 });
    set.criteria.push({ ...second });
    expect(validateCriteriaSet(set)).toEqual(
      expect.arrayContaining([
        { code: "DUPLICATE_GROUP_CODE", params: { groupCode: "I" } },
        { code: "DUPLICATE_CRITERION_ID", params: { criterionId: second.id } },
        { code: "DUPLICATE_CRITERION_CODE", params: { criterionCode: "I.1" } },
        { code: "UNKNOWN_GROUP", params: { criterionCode: "I.1", groupId: "group-missing" } },
        { code: "MAX_POINTS_NOT_POSITIVE", params: { criterionCode: "I.1", maxPoints: 0 } },
      ]),
    );
  });

  it("checks each rule's parameters", () => {
    const set = fixtureSet();
    const rules = new Map<string, CriterionRule>([
      [
        "I.1",
        {
          kind: "BANDS",
          basis: "VALUE",
          bands: [
            { from: 10, points: 4 },
            { from: 5, points: 6 },
          ],
        },
      ],
      ["II.3", { kind: "BANDS", basis: "PERCENT_OF_TARGET", bands: [] }],
      ["I.2", { kind: "TARGET_PERCENT", fullAtPercent: 0 }],
      ["VI.1", { kind: "BONUS", pointsPerUnit: 0 }],
      ["VI.3", { kind: "DEDUCTION", pointsPerEvent: -1 }],
    ]);
    set.criteria = set.criteria.map((criterion) => ({
      ...criterion,
      rule: rules.get(criterion.code) ?? criterion.rule,
    }));
    set.criteria = set.criteria.map((criterion) =>
      criterion.code === "V.1" ? { ...criterion, knockOut: true } : criterion,
    );
    expect(validateCriteriaSet(set)).toEqual([
      { code: "BANDS_NOT_ASCENDING", params: { criterionCode: "I.1", from: 5, previousFrom: 10 } },
      { code: "BAND_POINTS_OUT_OF_RANGE", params: { criterionCode: "I.1", from: 5, points: 6, maxPoints: 5 } },
      { code: "FULL_AT_PERCENT_NOT_POSITIVE", params: { criterionCode: "I.2", fullAtPercent: 0 } },
      { code: "BANDS_EMPTY", params: { criterionCode: "II.3" } },
      { code: "KNOCK_OUT_NOT_SUPPORTED", params: { criterionCode: "V.1", kind: "QUALITATIVE" } },
      { code: "POINTS_PER_UNIT_NOT_POSITIVE", params: { criterionCode: "VI.1", pointsPerUnit: 0 } },
      { code: "POINTS_PER_EVENT_NOT_POSITIVE", params: { criterionCode: "VI.3", pointsPerEvent: -1 } },
    ]);
  });

  it("checks the classification bands and the bonus cap", () => {
    const set = fixtureSet();
    set.bonusCap = -1;
    set.classification.push(
      { code: "TOT", label: "Tốt (trùng)", minTotal: 85 },
      { code: "VUOT", label: "Vượt thang", minTotal: 120 },
      { code: "AM", label: "Âm", minTotal: -5 },
      { code: "KHA2", label: "Khá", minTotal: 65 },
    );
    expect(codes(set)).toEqual([
      "BONUS_CAP_NEGATIVE",
      "DUPLICATE_CLASSIFICATION_CODE",
      "DUPLICATE_CLASSIFICATION_MIN",
      "CLASSIFICATION_UNREACHABLE",
      "CLASSIFICATION_MIN_NEGATIVE",
    ]);
  });

  it("checks that tie-break rules refer to existing groups and criteria", () => {
    const set = fixtureSet();
    set.tieBreak = [
      { by: "GROUP", groupId: groupId("IX") },
      { by: "CRITERION", criterionId: criterionId("II.9") },
      { by: "FEWER_DEDUCTIONS" },
    ];
    expect(validateCriteriaSet(set)).toEqual([
      { code: "UNKNOWN_TIE_BREAK_GROUP", params: { groupId: "group-IX" } },
      { code: "UNKNOWN_TIE_BREAK_CRITERION", params: { criterionId: "criterion-II.9" } },
    ]);
  });
});
