import { describe, expect, it } from "vitest";
import { rankBloc, scoreBlocToDate } from "./bloc";
import { publishedFigures } from "./published-figures";
import { classifyToDate, planShare } from "./plan-to-date";
import { renderExplanation } from "./render-explanation";
import type { CriteriaSetDef, ResultInput } from "./types";

const quarterly = { reporting: "QUARTERLY", accumulation: "SUM", knockOut: false } as const;
/** 90 content points: the poor fund (60, triệu đồng) and Tết gifts (30, suất), both against a yearly target. */
const set: CriteriaSetDef = {
  groups: [{ id: "g", code: "II", name: "An sinh xã hội" }],
  criteria: [
    {
      ...quarterly,
      id: "fund",
      groupId: "g",
      code: "II.1",
      name: "Quỹ vì người nghèo",
      unitOfMeasure: "triệu đồng",
      maxPoints: 60,
      rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
    },
    {
      ...quarterly,
      id: "gifts",
      groupId: "g",
      code: "II.2",
      name: "Quà Tết",
      unitOfMeasure: "suất",
      maxPoints: 30,
      rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
    },
  ],
  bonusCap: 10,
  classification: [
    { code: "XUAT_SAC", label: "Xuất sắc", minTotal: 90 },
    { code: "TOT", label: "Tốt", minTotal: 80 },
    { code: "KHA", label: "Khá", minTotal: 65 },
    { code: "TRUNG_BINH", label: "Trung bình", minTotal: 50 },
  ],
  tieBreak: [],
};
const unit = { id: "bat-xat", name: "Bát Xát" };
const figure = (criterionId: string, quarter: 1 | 2 | 3 | 4, value: number): ResultInput => ({
  criterionId,
  unitId: unit.id,
  quarter,
  reportedValue: value,
  verifiedValue: value,
});
const input = {
  set,
  unit,
  // Targets for the year: 400 triệu đồng and 1.000 gift packages.
  targets: [
    { criterionId: "fund", unitId: unit.id, value: 400 },
    { criterionId: "gifts", unitId: unit.id, value: 1000 },
  ],
  // By the end of quarter II: 100 + 100 = 200 triệu đồng; 650 + 50 = 700 packages (most at Tết).
  results: [figure("fund", 1, 100), figure("fund", 2, 100), figure("gifts", 1, 650), figure("gifts", 2, 50)],
};
const q2 = { quarter: 2, basis: "YTD" } as const;

describe("planShare", () => {
  it("expects a quarter's share of a summed target per quarter, its phasing when seasonal, a level all year", () => {
    expect(planShare({ accumulation: "SUM", reporting: "QUARTERLY" }, 2, undefined)).toBe(0.5);
    expect(planShare({ accumulation: "SUM", reporting: "QUARTERLY" }, 3, [80, 10, 5, 5])).toBe(0.95);
    expect(planShare({ accumulation: "LAST", reporting: "QUARTERLY" }, 1, undefined)).toBe(1);
    expect(planShare({ accumulation: "SUM", reporting: "QUARTERLY" }, 4, [80, 10, 5, 5])).toBe(1);
  });
});

describe("classifyToDate", () => {
  it("classifies quarter II against the plan to date, not the year", () => {
    // Against the year: fund 200/400 = 50% → 30 points; gifts 700/1.000 = 70% → 21; 51 → Trung bình.
    // Against the plan to date: fund 200/200 → 60; gifts 700/500 = 140%, capped → 30; 90 → Xuất sắc.
    const result = classifyToDate(input, q2, "verified");
    expect(result.provisional).toBe(true);
    expect(result.classification.score).toBe(90);
    expect(result.classification.band?.code).toBe("XUAT_SAC");
    expect(result.explanation).toMatchObject({ key: "provisionalClassification", yearScore: 51 });
    expect(renderExplanation(result.explanation, "vi")).toBe(
      "Tạm xếp loại quý II: so với kế hoạch đến hết quý (chỉ tiêu tính đến nay: II.1 50%, II.2 50% chỉ tiêu năm), " +
        "không so với cả năm (điểm so với chỉ tiêu năm: 51). Điểm xếp loại 90 → Xuất sắc (từ 90 điểm).",
    );
    expect(renderExplanation(result.explanation, "en")).toContain("Provisional class for quarter II");
  });

  it("uses a seasonal target's phasing: Tết gifts planned 80% in quarter I", () => {
    // Gifts to date: 1.000 × 90% = 900; 700/900 = 77,78% → 30 × 0,7778 = 23,33; 60 + 23,33 = 83,33 → Tốt.
    const result = classifyToDate(input, q2, "verified", [{ criterionId: "gifts", weights: [80, 10, 5, 5] }]);
    expect(result.classification.score).toBe(83.33);
    expect(result.classification.band?.code).toBe("TOT");
    expect(renderExplanation(result.explanation, "vi")).toContain("II.2 90% (theo kế hoạch từng quý)");
  });

  it("classifies quarter IV against the year, as the ranking does", () => {
    const year = {
      ...input,
      results: [...input.results, figure("fund", 3, 100), figure("fund", 4, 100), figure("gifts", 4, 100)],
    };
    // Fund 400/400 → 60; gifts 800/1.000 = 80% → 24; 84 → Tốt, not provisional.
    const result = classifyToDate(year, { quarter: 4, basis: "YTD" }, "verified");
    expect(result.provisional).toBe(false);
    expect(result.classification.score).toBe(84);
    expect(result.classification.band?.code).toBe("TOT");
    expect(result.explanation.key).toBe("classification");
  });
});

describe("rankBloc's classes", () => {
  const bloc = { set, units: [unit], targets: input.targets, results: input.results };

  it("are provisional before quarter IV: the plan-to-date class beside the year's total", () => {
    const [entry] = rankBloc(bloc, q2).entries;
    // The total stays on the year's targets (51); the class is on the plan to date (90 → Xuất sắc).
    expect(entry?.total).toBe(51);
    expect(entry?.provisional).toBe(true);
    expect(entry?.classification.score).toBe(90);
    expect(entry?.classification.band?.code).toBe("XUAT_SAC");
    expect(entry?.explanations.classification).toEqual(classifyToDate(input, q2, "verified").explanation);
  });

  it("are on the year in quarter IV and for a quarter alone", () => {
    for (const period of [
      { quarter: 4, basis: "YTD" },
      { quarter: 2, basis: "QUARTER" },
    ] as const) {
      const [entry] = rankBloc(bloc, period).entries;
      expect(entry?.provisional).toBe(false);
      expect(entry?.explanations.classification.key).toBe("classification");
    }
  });
});

describe("a bloc's phasings", () => {
  const gifts = [{ criterionId: "gifts", weights: [80, 10, 5, 5] as const }];
  const bloc = { set, units: [unit], targets: input.targets, results: input.results };

  it("cut the ranking's plan to date: Tết gifts planned 80% in quarter I", () => {
    // As classifyToDate above: gifts to date 900, 700/900 → 23,33; 60 + 23,33 = 83,33 → Tốt (90 unphased).
    const [entry] = rankBloc({ ...bloc, phasings: gifts }, q2).entries;
    expect(entry?.total).toBe(51);
    expect(entry?.classification.score).toBe(83.33);
    expect(entry?.classification.band?.code).toBe("TOT");
    expect(renderExplanation(entry!.explanations.classification, "vi")).toContain("II.2 90% (theo kế hoạch từng quý)");
  });

  it("give every reader of the bloc's scores the ranking's class, on both sides", () => {
    // Self: 150 gift packages claimed in quarter II, so 800 to date; 800/900 = 88,89% → 26,67; 86,67 → Tốt.
    const claimed = { ...bloc.results[3]!, reportedValue: 150 };
    const results = [...bloc.results.slice(0, 3), claimed];
    const [scored] = scoreBlocToDate({ ...bloc, results, phasings: gifts }, q2);
    const [ranked] = rankBloc({ ...bloc, results, phasings: gifts }, q2).entries;
    expect(scored?.classes.verified).toEqual({
      provisional: true,
      classification: ranked?.classification,
      explanation: ranked?.explanations.classification,
    });
    expect(scored?.classes.self.classification.score).toBe(86.67);
    expect(scored?.classes.self.classification.band?.code).toBe("TOT");
    // The year's classes stay on the score itself: 51 → Trung bình.
    expect(scored?.verified.classification.band?.code).toBe("TRUNG_BINH");
    const [year] = scoreBlocToDate({ ...bloc, results, phasings: gifts }, { quarter: 4, basis: "YTD" });
    expect(year?.classes.verified.provisional).toBe(false);
    expect(year?.classes.verified.classification).toEqual(year?.verified.classification);
  });

  it("change what quarters I–III publish, never quarter IV", () => {
    const phased = { ...bloc, phasings: gifts };
    expect(publishedFigures(phased, 2)).not.toBe(publishedFigures(bloc, 2));
    expect(publishedFigures(phased, 4)).toBe(publishedFigures(bloc, 4));
  });
});
