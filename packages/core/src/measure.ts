import { normaliseText } from "./text";

/**
 * What a criterion's figure measures, read from the unit of measure the covenant writes ("người",
 * "buổi", "căn", "% hộ", "tỷ đồng"): sets keep it as free text, so the kind is recognised from its
 * first words. COUNT: people, sessions, houses... (whole numbers). PERCENT: a share of a whole
 * (households, residential areas: at most 100). AMOUNT: anything else (money, a percent of plan
 * that may exceed 100, an unknown unit).
 */
export type Measure = "COUNT" | "PERCENT" | "AMOUNT";

// Nouns that count whole things, as Vietnamese and English covenants write them.
const COUNT_WORDS = [
  "người",
  "lượt",
  "lượt người",
  "buổi",
  "cuộc",
  "căn",
  "nhà",
  "suất",
  "suất quà",
  "phần quà",
  "hộ",
  "lần",
  "mô hình",
  "sáng kiến",
  "đơn vị",
  "xã",
  "phường",
  "cơ sở",
  "hội viên",
  "đoàn viên",
  "đảng viên",
  "chi hội",
  "tổ",
  "công trình",
  "lớp",
  "hội nghị",
  "đợt",
  "tin",
  "bài",
  "cờ",
  "people",
  "persons",
  "person",
  "sessions",
  "session",
  "houses",
  "house",
  "households",
  "times",
  "models",
  "initiatives",
  "packages",
  "gifts",
  "meetings",
  "members",
  "communes",
];

// "% KH", "% kế hoạch", "% of plan": a percent of a plan can be exceeded (110,75% of the poor fund).
const PERCENT_OF_PLAN = /^%\s*(kh\b|kế hoạch|chỉ tiêu|of plan|of target)/u;

export function measureOf(unitOfMeasure: string | null): Measure {
  if (unitOfMeasure === null) return "AMOUNT";
  const unit = normaliseText(unitOfMeasure).toLocaleLowerCase("vi").replace(/\s+/g, " ");
  if (unit.startsWith("%") || unit === "phần trăm" || unit === "percent") {
    return PERCENT_OF_PLAN.test(unit) ? "AMOUNT" : "PERCENT";
  }
  const counts = COUNT_WORDS.some((word) => unit === word || unit.startsWith(`${word} `));
  return counts ? "COUNT" : "AMOUNT";
}
