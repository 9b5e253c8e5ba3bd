/**
 * A 90 + 10 covenant built from indicators seen in real quarterly briefings, Lào Cai's district bloc,
 * and builders for results, shared by the engine's tests (and usable by other packages' tests).
 */
import type { BlocInput } from "./bloc";
import {
  QUARTERS,
  type CriteriaSetDef,
  type CriterionDef,
  type CriterionRule,
  type Quarter,
  type ResultInput,
  type TargetInput,
  type UnitRef,
} from "./types";

export const groupId = (code: string): string => `group-${code}`;
export const criterionId = (code: string): string => `criterion-${code}`;

interface CriterionSpec {
  code: string;
  name: string;
  maxPoints: number;
  rule: CriterionRule;
  unitOfMeasure?: string;
  reporting?: CriterionDef["reporting"];
  accumulation?: CriterionDef["accumulation"];
  knockOut?: boolean;
}

const GROUPS: [code: string, name: string, criteria: CriterionSpec[]][] = [
  [
    "I",
    "Công tác tuyên truyền",
    [
      {
        code: "I.1",
        name: "Số buổi tuyên truyền",
        unitOfMeasure: "buổi",
        maxPoints: 5,
        rule: {
          kind: "BANDS",
          basis: "VALUE",
          bands: [
            { from: 5, points: 2 },
            { from: 10, points: 4 },
            { from: 20, points: 5 },
          ],
        },
      },
      {
        code: "I.2",
        name: "Lượt người được tuyên truyền",
        unitOfMeasure: "lượt người",
        maxPoints: 5,
        rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
      },
      {
        code: "I.3",
        name: "Ban hành kế hoạch tuyên truyền đúng hạn",
        maxPoints: 5,
        rule: { kind: "YES_NO" },
        accumulation: "LAST",
      },
    ],
  ],
  [
    "II",
    "Vận động, an sinh xã hội",
    [
      {
        code: "II.1",
        name: "Vận động Quỹ Vì người nghèo",
        unitOfMeasure: "tỷ đồng",
        maxPoints: 10,
        rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
      },
      {
        code: "II.2",
        name: "Trao quà Tết cho hộ nghèo",
        unitOfMeasure: "suất quà",
        maxPoints: 5,
        rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
      },
      {
        code: "II.3",
        name: "Nhà Đại đoàn kết xây mới, sửa chữa",
        unitOfMeasure: "căn",
        maxPoints: 10,
        rule: {
          kind: "BANDS",
          basis: "PERCENT_OF_TARGET",
          bands: [
            { from: 50, points: 4 },
            { from: 80, points: 7 },
            { from: 100, points: 10 },
          ],
        },
      },
      {
        code: "II.4",
        name: "Hộ gia đình đạt danh hiệu Gia đình văn hóa",
        unitOfMeasure: "% hộ",
        maxPoints: 5,
        rule: {
          kind: "BANDS",
          basis: "VALUE",
          bands: [
            { from: 80, points: 1 },
            { from: 85, points: 3 },
            { from: 90, points: 5 },
          ],
        },
        accumulation: "LAST",
      },
    ],
  ],
  [
    "III",
    "Dân chủ, giám sát và phản biện xã hội",
    [
      {
        code: "III.1",
        name: "Cuộc giám sát, phản biện xã hội",
        unitOfMeasure: "cuộc",
        maxPoints: 10,
        rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
      },
      {
        code: "III.2",
        name: "Khu dân cư đạt danh hiệu Khu dân cư văn hóa",
        unitOfMeasure: "%",
        maxPoints: 5,
        rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
        accumulation: "MAX",
      },
      {
        code: "III.3",
        name: "Chất lượng giám sát, phản biện",
        maxPoints: 5,
        rule: { kind: "QUALITATIVE" },
        accumulation: "AVERAGE",
      },
    ],
  ],
  [
    "IV",
    "Xây dựng tổ chức",
    [
      {
        code: "IV.1",
        name: "Xã tổ chức Đại hội MTTQ đúng tiến độ",
        unitOfMeasure: "%",
        maxPoints: 5,
        rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
        accumulation: "LAST",
      },
      {
        code: "IV.2",
        name: "Kết nạp hội viên mới",
        unitOfMeasure: "người",
        maxPoints: 5,
        rule: { kind: "TARGET_PERCENT", fullAtPercent: 100 },
      },
      {
        code: "IV.3",
        name: "Không để xảy ra vi phạm nghiêm trọng về tổ chức",
        maxPoints: 5,
        rule: { kind: "YES_NO" },
        accumulation: "LAST",
        knockOut: true,
      },
    ],
  ],
  [
    "V",
    "Văn phòng, thông tin, báo cáo",
    [
      {
        code: "V.1",
        name: "Chất lượng báo cáo định kỳ",
        maxPoints: 5,
        rule: { kind: "QUALITATIVE" },
        accumulation: "AVERAGE",
      },
      {
        code: "V.2",
        name: "Tổng kết năm, đánh giá thực hiện giao ước",
        maxPoints: 5,
        rule: { kind: "QUALITATIVE" },
        reporting: "YEAR_END",
        accumulation: "LAST",
      },
    ],
  ],
  [
    "VI",
    "Điểm thưởng, điểm trừ",
    [
      {
        code: "VI.1",
        name: "Mô hình, điển hình được cấp tỉnh công nhận",
        unitOfMeasure: "mô hình",
        maxPoints: 7.5,
        rule: { kind: "BONUS", pointsPerUnit: 2.5 },
      },
      {
        code: "VI.2",
        name: "Sáng kiến được áp dụng",
        unitOfMeasure: "sáng kiến",
        maxPoints: 5,
        rule: { kind: "BONUS", pointsPerUnit: 2.5 },
      },
      {
        code: "VI.3",
        name: "Báo cáo chậm, không đúng hạn",
        unitOfMeasure: "lần",
        maxPoints: 3,
        rule: { kind: "DEDUCTION", pointsPerEvent: 0.5 },
      },
      {
        code: "VI.4",
        name: "Vi phạm bị cấp trên phê bình bằng văn bản",
        unitOfMeasure: "lần",
        maxPoints: 5,
        rule: { kind: "DEDUCTION", pointsPerEvent: 2 },
        knockOut: true,
      },
    ],
  ],
];

/** A fresh copy each call, so a test may alter it. */
export function fixtureSet(): CriteriaSetDef {
  return {
    groups: GROUPS.map(([code, name]) => ({ id: groupId(code), code, name })),
    criteria: GROUPS.flatMap(([group, , criteria]) =>
      criteria.map((spec) => ({
        id: criterionId(spec.code),
        groupId: groupId(group),
        code: spec.code,
        name: spec.name,
        unitOfMeasure: spec.unitOfMeasure ?? null,
        maxPoints: spec.maxPoints,
        rule: copyRule(spec.rule),
        reporting: spec.reporting ?? "QUARTERLY",
        accumulation: spec.accumulation ?? "SUM",
        knockOut: spec.knockOut ?? false,
      })),
    ),
    bonusCap: 10,
    contentMaxPoints: 90,
    classification: [
      { code: "XUAT_SAC", label: "Xuất sắc", minTotal: 90 },
      { code: "TOT", label: "Tốt", minTotal: 80 },
      { code: "KHA", label: "Khá", minTotal: 65 },
      { code: "TRUNG_BINH", label: "Trung bình", minTotal: 50 },
      { code: "YEU", label: "Yếu", minTotal: 0, passing: false },
    ],
    tieBreak: [
      { by: "GROUP", groupId: groupId("II") },
      { by: "CRITERION", criterionId: criterionId("II.1") },
      { by: "FEWER_DEDUCTIONS" },
    ],
  };
}

/** A criterion of the fixture set by its code, e.g. "II.1". */
export function criterionByCode(code: string): CriterionDef {
  const criterion = fixtureSet().criteria.find((candidate) => candidate.code === code);
  if (criterion === undefined) throw new Error(`The fixture set has no criterion ${code}`);
  return criterion;
}

function copyRule(rule: CriterionRule): CriterionRule {
  return rule.kind === "BANDS" ? { ...rule, bands: rule.bands.map((band) => ({ ...band })) } : { ...rule };
}

export const LAO_CAI_DISTRICTS: readonly UnitRef[] = [
  { id: "bat-xat", name: "Bát Xát" },
  { id: "bao-thang", name: "Bảo Thắng" },
  { id: "bao-yen", name: "Bảo Yên" },
  { id: "bac-ha", name: "Bắc Hà" },
  { id: "muong-khuong", name: "Mường Khương" },
  { id: "si-ma-cai", name: "Si Ma Cai" },
  { id: "van-ban", name: "Văn Bàn" },
  { id: "sa-pa", name: "thị xã Sa Pa" },
  { id: "lao-cai", name: "thành phố Lào Cai" },
];

/** Annual targets by criterion code, the same for every unit unless a test says otherwise. */
export const STANDARD_TARGETS: Readonly<Record<string, number>> = {
  "I.2": 20000,
  "II.1": 4,
  "II.2": 15000,
  "II.3": 20,
  "III.1": 12,
  "III.2": 95,
  "IV.1": 100,
  "IV.2": 200,
};

export function targetsFor(unitId: string, values: Readonly<Record<string, number>> = STANDARD_TARGETS): TargetInput[] {
  return Object.entries(values).map(([code, value]) => ({ criterionId: criterionId(code), unitId, value }));
}

/** A number is both reported and verified; a pair is [reported, verified]. */
export type FixtureValue = number | null | readonly [number | null, number | null];

export function resultsFor(
  unitId: string,
  quarter: Quarter,
  values: Readonly<Record<string, FixtureValue>>,
): ResultInput[] {
  return Object.entries(values).map(([code, value]) => {
    const [reportedValue, verifiedValue] = Array.isArray(value) ? value : [value, value];
    return { criterionId: criterionId(code), unitId, quarter, reportedValue, verifiedValue };
  });
}

/**
 * A quarter on plan: a quarter of every summed target, levels already reached, no bonus, no deduction.
 * Four such quarters make a year with all 90 content points (V.2 is the year-end review).
 */
export function onPlanQuarter(unitId: string, quarter: Quarter): ResultInput[] {
  return resultsFor(unitId, quarter, {
    "I.1": 6,
    "I.2": 5000,
    "I.3": 1,
    "II.1": 1,
    "II.2": 3750,
    "II.3": 5,
    "II.4": 91,
    "III.1": 3,
    "III.2": 96,
    "III.3": 5,
    "IV.1": 100,
    "IV.2": 50,
    "IV.3": 1,
    "V.1": 5,
    ...(quarter === 4 ? { "V.2": 5 } : {}),
    "VI.1": 0,
    "VI.2": 0,
    "VI.3": 0,
    "VI.4": 0,
  });
}

/**
 * A year on plan through `throughQuarter`, with some quarters' figures replaced:
 * `onPlanYear("sa-pa", { 4: { "II.1": 0.6 } })` is on plan except a weaker fourth quarter for the poor fund.
 */
export function onPlanYear(
  unitId: string,
  overrides: Partial<Record<Quarter, Readonly<Record<string, FixtureValue>>>> = {},
  throughQuarter: Quarter = 4,
): ResultInput[] {
  return QUARTERS.slice(0, throughQuarter).flatMap((quarter) => {
    const replaced = overrides[quarter] ?? {};
    const replacedIds = new Set(Object.keys(replaced).map(criterionId));
    const planned = onPlanQuarter(unitId, quarter).filter((row) => !replacedIds.has(row.criterionId));
    return [...planned, ...resultsFor(unitId, quarter, replaced)];
  });
}

/** A bloc of the given units with standard targets and the given results. */
export function blocOf(units: readonly UnitRef[], results: readonly ResultInput[]): BlocInput {
  return {
    set: fixtureSet(),
    units,
    targets: units.flatMap((unit) => targetsFor(unit.id)),
    results,
  };
}
