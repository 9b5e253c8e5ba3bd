import { describe, expect, it } from "vitest";
import { QUARTERS, type Period, type ResultInput } from "./types";
import { renderExplanation } from "./render-explanation";
import {
  LAO_CAI_DISTRICTS,
  criterionId,
  fixtureSet,
  groupId,
  onPlanQuarter,
  resultsFor,
  targetsFor,
} from "./test-fixtures";
import { scoreUnit, type UnitScore } from "./unit-score";

const unit = LAO_CAI_DISTRICTS[0] ?? { id: "bat-xat", name: "Bát Xát" };
const ytd = (quarter: 1 | 2 | 3 | 4): Period => ({ quarter, basis: "YTD" });
const onPlanYear = (): ResultInput[] => QUARTERS.flatMap((quarter) => onPlanQuarter(unit.id, quarter));
const score = (results: ResultInput[], period: Period): UnitScore =>
  scoreUnit({ set: fixtureSet(), unit, targets: targetsFor(unit.id), results }, period);
const criterion = (result: UnitScore, code: string) => {
  const found = result.criteria.find((candidate) => candidate.code === code);
  if (found === undefined) throw new Error(`no criterion ${code}`);
  return found;
};

describe("scoreUnit", () => {
  it("gives a year on plan all 90 content points and the top class", () => {
    const result = score(onPlanYear(), ytd(4));
    expect(result.maxAttainable).toBe(90);
    expect(result.verified).toMatchObject({ content: 90, bonus: 0, deduction: 0, total: 90, missingCount: 0 });
    expect(result.verified.classification.band?.code).toBe("XUAT_SAC");
    expect(result.groups.map((group) => [group.code, group.verified.points, group.maxPoints])).toEqual([
      ["I", 15, 15],
      ["II", 30, 30],
      ["III", 20, 20],
      ["IV", 15, 15],
      ["V", 10, 10],
      ["VI", 0, 0],
    ]);
  });

  it("adds a group's bonus and deduction rows into its subtotal, as its column reads", () => {
    const results = [...onPlanQuarter(unit.id, 1), ...resultsFor(unit.id, 1, { "VI.1": 1, "VI.3": 2, "V.1": 4 })];
    const bonusAndDeductions = score(results, ytd(1)).groups.find((group) => group.code === "VI");
    // The set caps all bonus items together at 10, below VI.1 + VI.2 = 12,5.
    expect(bonusAndDeductions).toMatchObject({ maxPoints: 0, bonusMaxPoints: 10 });
    expect(bonusAndDeductions?.verified).toMatchObject({ points: 0, bonus: 2.5, deduction: -1, subtotal: 1.5 });
    expect(renderExplanation(bonusAndDeductions?.verified.explanation ?? { key: "notReported" })).toBe(
      "Nhóm VI: VI.1 2,5 + VI.2 0 − VI.3 1 − VI.4 0 = 1,5 điểm" +
        " (thưởng 2,5, cả bộ tiêu chí tính tối đa 10 điểm thưởng; trừ 1).",
    );

    // A content group that lists a deduction: 4 + 0 − 1 = 3, not the content's 4 alone.
    const set = fixtureSet();
    const late = set.criteria.find((candidate) => candidate.id === criterionId("VI.3"));
    if (late) late.groupId = groupId("V");
    const office = scoreUnit({ set, unit, targets: targetsFor(unit.id), results }, ytd(1)).groups.find(
      (group) => group.code === "V",
    );
    expect(office?.verified).toMatchObject({ points: 4, deduction: -1, subtotal: 3 });
    expect(renderExplanation(office?.verified.explanation ?? { key: "notReported" }, "en")).toBe(
      "Group V: V.1 4 − VI.3 1 = 3 points (content 4/5; deductions 1).",
    );
    const content = score(results, ytd(1)).groups.find((group) => group.code === "I");
    expect(renderExplanation(content?.verified.explanation ?? { key: "notReported" })).toBe(
      "Nhóm I: I.1 2 + I.2 1,25 + I.3 5 = 8,25/15 điểm.",
    );
  });

  it("caps a bonus of 12,5 at the set's 10", () => {
    const results = [
      ...onPlanYear(),
      ...resultsFor(unit.id, 2, { "VI.1": 3 }),
      ...resultsFor(unit.id, 3, { "VI.2": 2 }),
    ];
    const result = score(results, ytd(4));
    expect(result.verified).toMatchObject({ bonusUncapped: 12.5, bonus: 10, total: 100 });
    expect(result.verified.explanations.bonus).toEqual({
      key: "bonusTotal",
      items: [
        { code: "VI.1", points: 7.5 },
        { code: "VI.2", points: 5 },
      ],
      uncapped: 12.5,
      cap: 10,
      points: 10,
      capped: true,
    });
    expect(result.groups.find((group) => group.code === "VI")?.verified).toMatchObject({ points: 0, bonus: 12.5 });
  });

  it("floors the total at 0 when deductions exceed the points earned", () => {
    const result = score(resultsFor(unit.id, 1, { "I.3": 1, "VI.3": 10, "VI.4": 3 }), ytd(1));
    expect(result.verified).toMatchObject({ content: 5, deduction: -8, total: 0 });
    expect(result.verified.explanations.total).toMatchObject({ raw: -3, total: 0, floored: true });
  });

  it("scores the self-assessment and the verified values separately", () => {
    const results = [...onPlanYear(), ...resultsFor(unit.id, 4, { "II.1": [2.43, 0.28] })];
    const result = score(results, ytd(4));
    // Verified: 1 + 1 + 1 + 0,28 = 3,28 of 4 = 82% of 10 points.
    expect(criterion(result, "II.1").verified.points).toBe(8.2);
    expect(criterion(result, "II.1").self.points).toBe(10);
    expect(result.self.total).toBe(90);
    expect(result.verified.total).toBe(88.2);
    expect(result.gap).toBe(1.8);
  });

  it("counts missing values as 0 and reports how many are missing", () => {
    const result = score(resultsFor(unit.id, 1, { "I.3": 1, "II.1": null, "III.3": [4, null] }), ytd(1));
    expect(result.verified.total).toBe(5);
    expect(result.self.total).toBe(9);
    // 14 content criteria are due in quarter I; the self-assessment reported two of them, verification one.
    expect(result.self.missingCount).toBe(12);
    expect(result.verified.missingCount).toBe(13);
    expect(criterion(result, "II.1").verified).toMatchObject({ points: null, status: "MISSING" });
  });

  it("leaves year-end criteria out before the fourth quarter", () => {
    const results = [...onPlanYear(), ...resultsFor(unit.id, 3, { "V.2": 5 })];
    const q3 = score(results, ytd(3));
    expect(q3.maxAttainable).toBe(85);
    expect(criterion(q3, "V.2")).toMatchObject({ due: false, verified: { points: null, status: "NOT_DUE" } });
    expect(q3.groups.find((group) => group.code === "V")?.maxPoints).toBe(5);
    expect(q3.verified.missingCount).toBe(0);
    expect(q3.explanations.maxAttainable).toEqual({
      key: "maxAttainable",
      fullContentMax: 90,
      notDue: [{ code: "V.2", points: 5 }],
      maxAttainable: 85,
    });
    expect(score(results, ytd(4)).maxAttainable).toBe(90);
  });

  it("accumulates year to date with each criterion's accumulation", () => {
    const results = [
      ...resultsFor(unit.id, 1, { "II.1": 1, "II.4": 91, "III.2": 96, "V.1": 5 }),
      ...resultsFor(unit.id, 2, { "II.1": 1.5, "II.4": 84, "III.2": 90, "V.1": 4 }),
    ];
    const q2 = score(results, ytd(2));
    expect(criterion(q2, "II.1").verified).toMatchObject({ value: 2.5, points: 6.25 }); // SUM: 2,5 of 4
    expect(criterion(q2, "II.4").verified).toMatchObject({ value: 84, points: 1 }); // LAST: band from 80
    expect(criterion(q2, "III.2").verified).toMatchObject({ value: 96, points: 5 }); // MAX: 96 of 95
    expect(criterion(q2, "V.1").verified).toMatchObject({ value: 4.5, points: 4.5 }); // AVERAGE
  });

  it("measures a single quarter against a quarter of the annual target", () => {
    const results = [...onPlanQuarter(unit.id, 1), ...onPlanQuarter(unit.id, 2)];
    const quarterOnly = score(results, { quarter: 2, basis: "QUARTER" });
    expect(criterion(quarterOnly, "II.1")).toMatchObject({ target: 1, verified: { value: 1, points: 10 } });
    expect(criterion(quarterOnly, "II.3").verified.points).toBe(10);
    const yearToDate = score(results, ytd(2));
    expect(criterion(yearToDate, "II.1")).toMatchObject({ target: 4, verified: { value: 2, points: 5 } });
    expect(criterion(yearToDate, "II.3").verified.points).toBe(4);
  });

  it("marks a unit knocked out on the side where a knock-out criterion is violated", () => {
    const results = [...onPlanYear(), ...resultsFor(unit.id, 4, { "IV.3": [1, 0] })];
    const result = score(results, ytd(4));
    expect(result.self.knockedOut).toBe(false);
    expect(result.verified.knockedOut).toBe(true);
    expect(result.verified.knockOutCriterionIds).toEqual(["criterion-IV.3"]);
  });

  it("knocks a unit out for any event on a knock-out deduction", () => {
    const results = [...onPlanYear(), ...resultsFor(unit.id, 2, { "VI.4": 1 })];
    const result = score(results, ytd(4));
    expect(result.verified).toMatchObject({ knockedOut: true, deduction: -2, total: 88 });
  });

  it("ignores rows of other units", () => {
    const results = [...onPlanYear(), ...resultsFor("bao-thang", 4, { "VI.4": 3 })];
    expect(score(results, ytd(4)).verified.total).toBe(90);
  });
});
