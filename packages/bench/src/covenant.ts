import type { Prisma } from "@thidua/db";

/**
 * The benchmark's covenant: 40 criteria in six groups, the shape domain.md describes at national
 * scale — 34 content criteria worth 90 points of every kind, 3 deductions and 3 bonus items
 * capped at 10. Names are generic: only the shape matters for timing.
 */
export interface BenchCriterion {
  code: string;
  groupCode: string;
  maxPoints: number;
  kind: "TARGET_PERCENT" | "BANDS" | "YES_NO" | "QUALITATIVE" | "DEDUCTION" | "BONUS";
  rule: Prisma.InputJsonObject;
  reporting: "QUARTERLY" | "YEAR_END";
  accumulation: "SUM" | "LAST" | "MAX" | "AVERAGE";
}

export const GROUP_CODES = ["I", "II", "III", "IV", "V", "VI"] as const;

const CONTENT_KINDS = ["TARGET_PERCENT", "BANDS", "YES_NO", "QUALITATIVE", "TARGET_PERCENT"] as const;

function contentCriterion(index: number): BenchCriterion {
  const kind = CONTENT_KINDS[index % CONTENT_KINDS.length] ?? "YES_NO";
  const groupCode = GROUP_CODES[index % 5] ?? "I";
  const yearEnd = index % 10 === 9;
  const rule: Prisma.InputJsonObject =
    kind === "TARGET_PERCENT"
      ? { fullAtPercent: 100 }
      : kind === "BANDS"
        ? {
            basis: "PERCENT_OF_TARGET",
            bands: [
              { from: 50, points: 1 },
              { from: 80, points: 2 },
              { from: 100, points: index < 30 ? 2.5 : 3.75 },
            ],
          }
        : {};
  return {
    code: `${groupCode}.${index + 1}`,
    groupCode,
    maxPoints: index < 30 ? 2.5 : 3.75,
    kind,
    rule,
    reporting: yearEnd ? "YEAR_END" : "QUARTERLY",
    accumulation: kind === "YES_NO" || yearEnd ? "LAST" : kind === "QUALITATIVE" ? "AVERAGE" : "SUM",
  };
}

export const BENCH_CRITERIA: readonly BenchCriterion[] = [
  // 30 × 2,5 + 4 × 3,75 = 90 content points.
  ...Array.from({ length: 34 }, (_, index) => contentCriterion(index)),
  ...[35, 36, 37].map((number): BenchCriterion => ({
    code: `VI.${number}`,
    groupCode: "VI",
    maxPoints: 2,
    kind: "DEDUCTION",
    rule: { pointsPerEvent: 0.5 },
    reporting: "QUARTERLY",
    accumulation: "SUM",
  })),
  ...[38, 39, 40].map((number): BenchCriterion => ({
    code: `VI.${number}`,
    groupCode: "VI",
    maxPoints: 5,
    kind: "BONUS",
    rule: { pointsPerUnit: 1 },
    reporting: "YEAR_END",
    accumulation: "SUM",
  })),
];

export const BENCH_SET = {
  contentMaxPoints: 90,
  bonusCap: 10,
  classification: [
    { code: "XUAT_SAC", label: "Xuất sắc", minTotal: 90 },
    { code: "TOT", label: "Tốt", minTotal: 80 },
    { code: "KHA", label: "Khá", minTotal: 65 },
    { code: "TRUNG_BINH", label: "Trung bình", minTotal: 50 },
  ],
  tieBreak: [{ by: "GROUP", groupCode: "II" }, { by: "FEWER_DEDUCTIONS" }],
};
