import { describe, expect, it } from "vitest";
import type { CriteriaSetTree } from "../../stores/setup";
import { draftProblems, setTotals } from "./criteria-check";
import {
  blankCriterion,
  blankSet,
  draftOf,
  move,
  nextCriterionCode,
  nextGroupCode,
  saveInputOf,
  type DraftSet,
} from "./criteria-draft";

const common = {
  description: null,
  reporting: "QUARTERLY",
  accumulation: "SUM",
  knockOut: false,
  evidenceRequired: false,
} as const;

/** A small covenant as criteria.byBlocYear returns it: 10 content points plus a capped bonus. */
const tree: CriteriaSetTree = {
  id: "set",
  blocId: "bloc",
  year: 2026,
  name: "Giao ước thi đua năm 2026",
  version: 3,
  copiedFromId: null,
  contentMaxPoints: 10,
  bonusCap: 2,
  classification: [{ code: "XUAT_SAC", label: "Xuất sắc", minTotal: 9 }],
  tieBreak: [{ by: "GROUP", groupCode: "I" }],
  groups: [
    {
      id: "g1",
      code: "I",
      name: "Tuyên truyền",
      position: 0,
      criteria: [
        {
          ...common,
          id: "c1",
          position: 0,
          code: "I.1",
          name: "Quỹ vì người nghèo",
          unitOfMeasure: "triệu đồng",
          maxPoints: 4,
          kind: "TARGET_PERCENT",
          rule: { fullAtPercent: 100 },
        },
        {
          ...common,
          id: "c2",
          position: 1,
          code: "I.2",
          name: "Lượt người được tuyên truyền",
          unitOfMeasure: "lượt",
          maxPoints: 3,
          kind: "BANDS",
          rule: {
            basis: "PERCENT_OF_TARGET",
            bands: [
              { from: 100, points: 3 },
              { from: 80, points: 2 },
            ],
          },
        },
      ],
    },
    {
      id: "g2",
      code: "II",
      name: "Điểm thưởng, điểm trừ",
      position: 1,
      criteria: [
        {
          ...common,
          id: "c3",
          position: 0,
          code: "II.1",
          name: "Kế hoạch ban hành đúng hạn",
          unitOfMeasure: null,
          maxPoints: 3,
          kind: "YES_NO",
          rule: {},
          knockOut: true,
        },
        {
          ...common,
          id: "c4",
          position: 1,
          code: "II.2",
          name: "Mô hình hay",
          unitOfMeasure: "mô hình",
          maxPoints: 2,
          kind: "BONUS",
          rule: { pointsPerUnit: 1 },
        },
        {
          ...common,
          id: "c5",
          position: 2,
          code: "II.3",
          name: "Báo cáo chậm",
          unitOfMeasure: "lần",
          maxPoints: 2,
          kind: "DEDUCTION",
          rule: { pointsPerEvent: 0.5 },
          reporting: "YEAR_END",
        },
      ],
    },
  ],
  totals: { contentMaxSum: 10, bonusMaxSum: 2, deductionMaxSum: 2 },
  problems: [],
};

/** What the API's own test helper (saveInputOf in packages/api/src/testing) makes of the tree. */
function storedInput(source: CriteriaSetTree) {
  const { blocId, year, version, name, contentMaxPoints, bonusCap, classification, tieBreak } = source;
  return {
    blocId,
    year,
    version,
    name,
    contentMaxPoints,
    bonusCap,
    classification,
    tieBreak,
    groups: source.groups.map((group) => ({
      code: group.code,
      name: group.name,
      criteria: group.criteria.map(({ id: _, position: __, ...criterion }) => criterion),
    })),
  };
}

const criterion = (set: DraftSet, code: string) => {
  const found = set.groups.flatMap((group) => group.criteria).find((each) => each.code === code);
  if (!found) throw new Error(`no criterion ${code}`);
  return found;
};

describe("criteria draft", () => {
  it("turns a loaded tree back into the same save input", () => {
    expect(saveInputOf(draftOf(tree), "bloc", 2026)).toEqual(storedInput(tree));
  });

  it("saves only the chosen kind's rule, and keeps the others while switching", () => {
    const set = draftOf(tree);
    const target = criterion(set, "I.1");
    target.kind = "DEDUCTION";
    target.pointsPerEvent = 2;
    const saved = () => saveInputOf(set, "bloc", 2026).groups[0]?.criteria[0];
    expect(saved()).toMatchObject({ kind: "DEDUCTION", rule: { pointsPerEvent: 2 }, knockOut: false });
    target.kind = "TARGET_PERCENT";
    expect(saved()).toMatchObject({ kind: "TARGET_PERCENT", rule: { fullAtPercent: 100 } });
  });

  it("adds up the maxima by role, for the set and each group", () => {
    const set = draftOf(tree);
    const totals = setTotals(set);
    expect([totals.content, totals.bonus, totals.deduction]).toEqual([10, 2, 2]);
    expect(totals.byGroup.get(set.groups[1]?.key ?? "")).toEqual({ content: 3, bonus: 2, deduction: 2 });
    criterion(set, "I.1").maxPoints = 4.25;
    expect(setTotals(set).content).toBe(10.25);
  });

  it("finds a sound set sound", () => {
    expect(draftProblems(draftOf(tree))).toEqual([]);
  });

  it("says when the content maxima no longer reach the declared total", () => {
    const set = draftOf(tree);
    criterion(set, "I.1").maxPoints = 5;
    expect(draftProblems(set)).toEqual([
      { code: "CONTENT_MAX_MISMATCH", params: { declared: 10, actual: 11 }, groupKeys: [], criterionKeys: [] },
    ]);
  });

  it("places each problem on the rows it names", () => {
    const set = draftOf(tree);
    const second = criterion(set, "I.2");
    second.code = "I.1";
    second.bands[0]!.points = 5;
    const first = set.groups[0]!.criteria[0]!;
    const problems = draftProblems(set);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "DUPLICATE_CRITERION_CODE", criterionKeys: [first.key, second.key] }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "BAND_POINTS_OUT_OF_RANGE", criterionKeys: [first.key, second.key] }),
    );
  });

  it("asks for the fields left empty", () => {
    const set = draftOf(tree);
    const added = blankCriterion(nextCriterionCode(set, set.groups[0]!));
    set.groups[0]!.criteria.push(added);
    expect(added.code).toBe("I.3");
    const codes = draftProblems(set)
      .filter((problem) => problem.criterionKeys.includes(added.key))
      .map((problem) => problem.code);
    expect(codes).toEqual(["NAME_REQUIRED", "VALUE_REQUIRED", "MAX_POINTS_NOT_POSITIVE"]);
    added.maxPoints = 1.234;
    expect(draftProblems(set).map((problem) => problem.code)).toContain("POINTS_INVALID");
  });

  it("starts a blank set with one group, then numbers groups in Roman numerals", () => {
    const set = blankSet("Giao ước thi đua năm 2027");
    expect(set).toMatchObject({ version: null, contentMaxPoints: 90, bonusCap: 10, groups: [{ code: "I" }] });
    expect(nextGroupCode(set)).toBe("II");
    expect(draftProblems(set).map((problem) => problem.code)).toEqual(["GROUP_NAME_REQUIRED", "CONTENT_MAX_MISMATCH"]);
  });

  it("moves rows up and down within their list", () => {
    const list = ["a", "b", "c"];
    expect(move(list, 0, -1)).toBe(false);
    expect(move(list, 0, 1)).toBe(true);
    expect(list).toEqual(["b", "a", "c"]);
    expect(move(list, 2, 1)).toBe(false);
    expect(move(list, 2, -1)).toBe(true);
    expect(list).toEqual(["b", "c", "a"]);
  });
});

describe("classes and tie-breaks in the draft", () => {
  it("carries a tie-break along when its group is renamed, even through another group's code", () => {
    const set = draftOf(tree);
    const [first, second] = set.groups;
    // Group I becomes II and II becomes III, passing through each other's codes as they are typed.
    second!.code = "III";
    first!.code = "II";
    expect(saveInputOf(set, "bloc", 2026).tieBreak).toEqual([{ by: "GROUP", groupCode: "II" }]);
    expect(draftProblems(set)).toEqual([]);
  });

  it("names a removed group's tie-break as a problem until it is aimed elsewhere", () => {
    const set = draftOf(tree);
    set.groups.splice(0, 1);
    expect(draftProblems(set).map((problem) => problem.code)).toContain("UNKNOWN_TIE_BREAK_GROUP");
    const rule = set.tieBreak[0]!;
    if (rule.by === "GROUP") rule.rowKey = set.groups[0]!.key;
    expect(saveInputOf(set, "bloc", 2026).tieBreak).toEqual([{ by: "GROUP", groupCode: "II" }]);
  });

  it("saves the classes as typed, a failing class marked as such, and asks for what is missing", () => {
    const set = draftOf(tree);
    set.classification.push({ key: "k", code: "KHONG_DAT", label: "Không hoàn thành", minTotal: 0, passing: false });
    expect(saveInputOf(set, "bloc", 2026).classification).toEqual([
      { code: "XUAT_SAC", label: "Xuất sắc", minTotal: 9 },
      { code: "KHONG_DAT", label: "Không hoàn thành", minTotal: 0, passing: false },
    ]);
    set.classification.push({ key: "k2", code: "", label: "Khá", minTotal: null, passing: true });
    expect(draftProblems(set).map((problem) => problem.code)).toContain("CLASS_INCOMPLETE");
  });
});
