import type { CodedPoints, ExplanationOf, TieBreakDecision } from "./explanation";
import { numberFormats, romanQuarter } from "./format";
import type { ExplanationText } from "./render-explanation";
import type { Accumulation } from "./types";

/** Numbers in explanations follow the language they are written in. */
const format = numberFormats("vi");

const ACCUMULATION: Record<Accumulation, string> = {
  SUM: "Cộng dồn",
  LAST: "Số liệu mới nhất",
  MAX: "Cao nhất",
  AVERAGE: "Trung bình",
};

export const vietnameseText: ExplanationText = {
  notReported: () => "Chưa có số liệu: không chấm điểm, tính 0 điểm.",
  notYetDue: (e) =>
    `Tiêu chí chấm cuối năm: chưa đến kỳ chấm ở quý ${romanQuarter(e.quarter)}, không tính vào điểm tối đa.`,
  noTarget: (e) => `Chưa giao chỉ tiêu: kết quả ${format.quantity(e.value, e.unit)} không chấm điểm, tính 0 điểm.`,
  periodValue: (e) => {
    const result = e.value === null ? "chưa có số liệu" : format.quantity(e.value, e.unit);
    const first = romanQuarter(e.firstQuarter);
    if (e.values.length === 1) return `Số liệu quý ${first}: ${result}.`;
    const last = romanQuarter(e.firstQuarter + e.values.length - 1);
    return `${ACCUMULATION[e.accumulation]} quý ${first}–${last} (${quarterList(e)}): ${result}.`;
  },
  targetPercent: (e) =>
    `Đạt ${format.percent(e.percent)} chỉ tiêu (${format.value(e.value)}/${format.quantity(e.target, e.unit)}${proRated(e.annualTarget, e.unit)}); ` +
    `đủ điểm khi đạt ${format.percent(e.fullAtPercent)}${e.capped ? ", phần vượt không tính thêm" : ""} → ` +
    `${format.points(e.points)}/${format.points(e.maxPoints)} điểm.`,
  band: (e) => {
    const measured =
      e.percent === null || e.target === null
        ? `Kết quả ${format.quantity(e.value, e.unit)}`
        : `Đạt ${format.percent(e.percent)} chỉ tiêu (${format.value(e.value)}/${format.quantity(e.target, e.unit)}${proRated(e.annualTarget, e.unit)})`;
    if (e.bandFrom === null) return `${measured}: chưa đạt mức thấp nhất → 0/${format.points(e.maxPoints)} điểm.`;
    const from = e.basis === "PERCENT_OF_TARGET" ? format.percent(e.bandFrom) : format.quantity(e.bandFrom, e.unit);
    return (
      `${measured}: đạt mức từ ${from} (${format.points(e.bandPoints)} điểm)` +
      `${e.capped ? `, tính tối đa ${format.points(e.maxPoints)}` : ""} → ${format.points(e.points)}/${format.points(e.maxPoints)} điểm.`
    );
  },
  yesNo: (e) =>
    e.answer
      ? `Đạt → ${format.points(e.points)}/${format.points(e.maxPoints)} điểm.`
      : `Không đạt → 0/${format.points(e.maxPoints)} điểm.`,
  qualitative: (e) =>
    `Điểm chấm ${format.value(e.value)}${e.clamped ? ` (giới hạn trong 0–${format.points(e.maxPoints)})` : ""} → ` +
    `${format.points(e.points)}/${format.points(e.maxPoints)} điểm.`,
  deduction: (e) =>
    e.points === 0
      ? "Không có vi phạm: không trừ điểm."
      : `${format.quantity(e.events, e.unit ?? "lần")} × ${format.points(e.pointsPerEvent)} điểm` +
        `${e.capped ? `, trừ tối đa ${format.points(e.maxPoints)}` : ""} → trừ ${format.points(-e.points)} điểm.`,
  bonus: (e) =>
    `${format.quantity(e.value, e.unit)} × ${format.points(e.pointsPerUnit)} điểm` +
    `${e.capped ? `, tối đa ${format.points(e.maxPoints)}` : ""} → thưởng ${format.points(e.points)} điểm.`,
  groupSubtotal: (e) => {
    const sum = `Nhóm ${e.groupCode}: ${format.groupTerms(e.criteria)}`;
    if (e.criteria.every((term) => term.role === "CONTENT")) {
      return `${sum} = ${format.points(e.points)}/${format.points(e.maxPoints)} điểm.`;
    }
    const parts = [
      ...(e.maxPoints > 0 ? [`nội dung ${format.points(e.points)}/${format.points(e.maxPoints)}`] : []),
      ...(e.criteria.some((term) => term.role === "BONUS")
        ? [`thưởng ${format.points(e.bonus)}, cả bộ tiêu chí tính tối đa ${format.points(e.bonusCap)} điểm thưởng`]
        : []),
      ...(e.deduction !== 0 ? [`trừ ${format.points(-e.deduction)}`] : []),
    ];
    return `${sum} = ${format.points(e.subtotal)} điểm (${parts.join("; ")}).`;
  },
  maxAttainable: (e) =>
    e.notDue.length === 0
      ? `Điểm nội dung tối đa của kỳ: ${format.points(e.maxAttainable)}.`
      : `Điểm nội dung tối đa của kỳ: ${format.points(e.maxAttainable)} (thang ${format.points(e.fullContentMax)} ` +
        `trừ các tiêu chí chấm cuối năm ${codes(e.notDue)}).`,
  bonusTotal: (e) => {
    if (e.items.length === 0) return "Không có điểm thưởng.";
    if (e.capped) {
      return `Điểm thưởng ${format.codedSum(e.items)} = ${format.points(e.uncapped)}, vượt mức tối đa ${format.points(e.cap)} → tính ${format.points(e.points)}.`;
    }
    return `Điểm thưởng: ${format.codedSum(e.items)} = ${format.points(e.points)} (tối đa ${format.points(e.cap)}).`;
  },
  deductionTotal: (e) =>
    e.items.length === 0
      ? "Không bị trừ điểm."
      : `Điểm trừ: ${e.items.map((item) => `${item.code} ${format.points(-item.points)}`).join(" + ")} = ${format.points(-e.points)}.`,
  unitTotal: (e) =>
    `Tổng điểm = nội dung ${format.points(e.content)} (${e.groups.map((g) => `nhóm ${g.code} ${format.points(g.points)}`).join(" + ")})` +
    ` + thưởng ${format.points(e.bonus)}${cappedBonus(e)} − trừ ${format.points(-e.deduction)} = ${format.points(e.total)}.` +
    (e.floored ? ` Điểm âm (${format.points(e.raw)}) được tính là 0.` : ""),
  selfVerifiedGap: (e) =>
    `Tự chấm ${format.points(e.self)}, thẩm định ${format.points(e.verified)}: chênh lệch ${format.points(e.gap)} điểm.`,
  classification: (e) => {
    const scaled = e.scaled
      ? ` (nội dung ${format.points(e.content)}/${format.points(e.maxAttainable)} quy về thang ${format.points(e.fullContentMax)} ` +
        `là ${format.points(e.scaledContent)}, thưởng ${format.points(e.bonus)}, trừ ${format.points(-e.deduction)})`
      : "";
    const band =
      e.band === null ? "chưa đạt mức xếp loại nào" : `${e.band.label} (từ ${format.points(e.band.minTotal)} điểm)`;
    const withheld =
      e.withheld === null
        ? ""
        : ` Vi phạm tiêu chí loại trừ ${e.knockOutCodes.join(", ")}: không được xếp loại ${e.withheld.label}.`;
    return `Điểm xếp loại ${format.points(e.score)}${scaled} → ${band}.${withheld}`;
  },
  provisionalClassification: (e) => {
    const shares = e.shares
      .map((s) => `${s.code} ${format.percent(s.share)}${s.phased ? " (theo kế hoạch từng quý)" : ""}`)
      .join(", ");
    return (
      `Tạm xếp loại quý ${romanQuarter(e.quarter)}: so với kế hoạch đến hết quý` +
      `${shares ? ` (chỉ tiêu tính đến nay: ${shares} chỉ tiêu năm)` : ""}, không so với cả năm ` +
      `(điểm so với chỉ tiêu năm: ${format.points(e.yearScore)}). ${vietnameseText.classification(e.classification)}`
    );
  },
  rank: (e) => {
    const side = e.side === "self" ? " (theo điểm tự chấm)" : "";
    const tied = e.tiedWith.length === 0 ? "" : `, đồng hạng với ${e.tiedWith.join(", ")}`;
    const decided = e.decidedBy === null ? "" : ` ${decision(e.decidedBy)}`;
    return `Hạng ${e.rank}/${e.unitCount} với ${format.points(e.total)} điểm${side}${tied}.${decided}`;
  },
  movement: (e) => {
    const ranks = `hạng ${e.previousRank} → ${e.rank}`;
    if (e.movement > 0) return `Tăng ${e.movement} bậc so với quý trước (${ranks}).`;
    if (e.movement < 0) return `Giảm ${-e.movement} bậc so với quý trước (${ranks}).`;
    return `Giữ nguyên hạng ${e.rank} so với quý trước.`;
  },
  moveUpStep: (e) => {
    const earns = `để được ${format.points(e.points)}/${format.points(e.maxPoints)} điểm`;
    switch (e.reach) {
      case "percentOfTarget":
        return `đạt từ ${format.percent(e.percent ?? 0)} chỉ tiêu (${format.quantity(e.value ?? 0, e.unit)}) ${earns}`;
      case "value":
        return `đạt từ ${format.quantity(e.value ?? 0, e.unit)} ${earns}`;
      case "yes":
        return `đạt yêu cầu ${earns}`;
      case "assessed":
        return `được chấm từ ${format.value(e.value ?? 0)} ${earns}`;
    }
  },
};

function decision(d: TieBreakDecision): string {
  const position = d.won ? "xếp trên" : "xếp dưới";
  const compared =
    d.by === "FEWER_DEDUCTIONS"
      ? `số điểm bị trừ (${format.points(-d.points)} so với ${format.points(-d.otherPoints)})`
      : `điểm ${d.by === "GROUP" ? "nhóm" : "tiêu chí"} ${d.code ?? ""} (${format.points(d.points)} so với ${format.points(d.otherPoints)})`;
  return `Bằng tổng điểm với ${d.otherUnitName}; ${position} do ${compared}.`;
}

/** Several bonus items can pass the set's cap together: the total then says what it counted. */
function cappedBonus(e: ExplanationOf<"unitTotal">): string {
  if (e.bonusUncapped <= e.bonus) return "";
  return ` (${format.codedSum(e.bonusItems)} = ${format.points(e.bonusUncapped)}, vượt mức tối đa ${format.points(e.bonusCap)} của điểm thưởng nên chỉ tính ${format.points(e.bonus)})`;
}

function proRated(annualTarget: number | null, unit: string | null): string {
  return annualTarget === null ? "" : `, chỉ tiêu quý bằng 1/4 chỉ tiêu năm ${format.quantity(annualTarget, unit)}`;
}

function codes(items: readonly CodedPoints[]): string {
  return items.map((item) => `${item.code} (${format.points(item.points)})`).join(", ");
}

function quarterList(e: ExplanationOf<"periodValue">): string {
  return e.values
    .map(
      (value, index) =>
        `${romanQuarter(e.firstQuarter + index)}: ${value === null ? "chưa có" : format.quantity(value, e.unit)}`,
    )
    .join("; ");
}
