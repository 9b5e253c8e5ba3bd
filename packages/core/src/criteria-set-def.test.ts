import { describe, expect, it } from "vitest";
import { criteriaSetDef, criterionRuleOf, type WrittenCriteriaSet } from "./criteria-set-def";
import { validateCriteriaSet } from "./validate-set";

const written = (ids: boolean): WrittenCriteriaSet => ({
  contentMaxPoints: 10,
  bonusCap: 5,
  classification: [{ code: "XS", label: "Xuất sắc", minTotal: 9 }],
  tieBreak: [{ by: "CRITERION", criterionCode: "I.2" }, { by: "GROUP", groupCode: "I" }, { by: "FEWER_DEDUCTIONS" }],
  groups: [{ ...(ids && { id: "g1" }), code: "I", name: "Tuyên truyền" }],
  criteria: [
    {
      ...(ids && { id: "c1" }),
      groupId: ids ? "g1" : "I",
      code: "I.1",
      name: "Quỹ vì người nghèo",
      unitOfMeasure: "triệu đồng",
      maxPoints: 6,
      kind: "BANDS",
      rule: {
        basis: "PERCENT_OF_TARGET",
        bands: [
          { from: 100, points: 6 },
          { from: 50, points: 3 },
        ],
      },
      reporting: "QUARTERLY",
      accumulation: "SUM",
      knockOut: false,
    },
    {
      ...(ids && { id: "c2" }),
      groupId: ids ? "g1" : "I",
      code: "I.2",
      name: "Đại hội đúng hạn",
      unitOfMeasure: null,
      maxPoints: 4,
      kind: "YES_NO",
      rule: {},
      reporting: "YEAR_END",
      accumulation: "LAST",
      knockOut: true,
    },
  ],
});

describe("criteriaSetDef", () => {
  it("turns a stored set's tie-break codes into its ids, keeping groups and criteria in order", () => {
    const def = criteriaSetDef(written(true));
    expect(def.tieBreak).toEqual([
      { by: "CRITERION", criterionId: "c2" },
      { by: "GROUP", groupId: "g1" },
      { by: "FEWER_DEDUCTIONS" },
    ]);
    expect(def.groups).toEqual([{ id: "g1", code: "I", name: "Tuyên truyền" }]);
    expect(def.criteria.map((criterion) => [criterion.id, criterion.groupId])).toEqual([
      ["c1", "g1"],
      ["c2", "g1"],
    ]);
    expect(validateCriteriaSet(def)).toEqual([]);
  });

  it("lets codes stand in for the ids of a set being written", () => {
    const def = criteriaSetDef(written(false));
    expect(def.groups.map((group) => group.id)).toEqual(["I"]);
    expect(def.criteria.map((criterion) => criterion.id)).toEqual(["I.1", "I.2"]);
    expect(def.tieBreak).toEqual([
      { by: "CRITERION", criterionId: "I.2" },
      { by: "GROUP", groupId: "I" },
      { by: "FEWER_DEDUCTIONS" },
    ]);
  });

  it("keeps a tie-break rule naming a code the set lacks, so the check names it", () => {
    const set = { ...written(true), tieBreak: [{ by: "GROUP" as const, groupCode: "IX" }] };
    const def = criteriaSetDef(set);
    expect(def.tieBreak).toEqual([{ by: "GROUP", groupId: "IX" }]);
    expect(validateCriteriaSet(def).map((problem) => problem.code)).toEqual(["UNKNOWN_TIE_BREAK_GROUP"]);
  });

  it("gives the engine each rule with its kind, bands ascending as written from the top", () => {
    const [bands, yesNo] = criteriaSetDef(written(true)).criteria;
    expect(bands?.rule).toEqual({
      kind: "BANDS",
      basis: "PERCENT_OF_TARGET",
      bands: [
        { from: 50, points: 3 },
        { from: 100, points: 6 },
      ],
    });
    expect(yesNo?.rule).toEqual({ kind: "YES_NO" });
    expect(yesNo).toMatchObject({ reporting: "YEAR_END", accumulation: "LAST", knockOut: true, maxPoints: 4 });
  });
});

describe("criterionRuleOf", () => {
  it("adds the kind to the stored parameters", () => {
    expect(criterionRuleOf({ kind: "TARGET_PERCENT", rule: { fullAtPercent: 100 } })).toEqual({
      kind: "TARGET_PERCENT",
      fullAtPercent: 100,
    });
    expect(criterionRuleOf({ kind: "DEDUCTION", rule: { pointsPerEvent: 0.5 } })).toEqual({
      kind: "DEDUCTION",
      pointsPerEvent: 0.5,
    });
  });
});
