import type { CodedPoints, ExplanationOf, TieBreakDecision } from "./explanation";
import { formatCodedSum, formatPercentVi, formatPoints, formatValue, romanQuarter } from "./format";
import type { ExplanationText } from "./render-explanation";
import type { Accumulation } from "./types";

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
  noTarget: (e) => `Chưa giao chỉ tiêu: kết quả ${formatValue(e.value)} không chấm điểm, tính 0 điểm.`,
  periodValue: (e) => {
    const result = e.value === null ? "chưa có số liệu" : formatValue(e.value);
    const first = romanQuarter(e.firstQuarter);
    if (e.values.length === 1) return `Số liệu quý ${first}: ${result}.`;
    const last = romanQuarter(e.firstQuarter + e.values.length - 1);
    return `${ACCUMULATION[e.accumulation]} quý ${first}–${last} (${quarterList(e)}): ${result}.`;
  },
  targetPercent: (e) =>
    `Đạt ${formatPercentVi(e.percent)} chỉ tiêu (${formatValue(e.value)}/${formatValue(e.target)}${proRated(e.annualTarget)}); ` +
    `đủ điểm khi đạt ${formatPercentVi(e.fullAtPercent)}${e.capped ? ", phần vượt không tính thêm" : ""} → ` +
    `${formatPoints(e.points)}/${formatPoints(e.maxPoints)} điểm.`,
  band: (e) => {
    const measured =
      e.percent === null || e.target === null
        ? `Kết quả ${formatValue(e.value)}`
        : `Đạt ${formatPercentVi(e.percent)} chỉ tiêu (${formatValue(e.value)}/${formatValue(e.target)}${proRated(e.annualTarget)})`;
    const unit = e.basis === "PERCENT_OF_TARGET" ? "%" : "";
    if (e.bandFrom === null) return `${measured}: chưa đạt mức thấp nhất → 0/${formatPoints(e.maxPoints)} điểm.`;
    return (
      `${measured}: đạt mức từ ${formatValue(e.bandFrom)}${unit} (${formatPoints(e.bandPoints)} điểm)` +
      `${e.capped ? `, tính tối đa ${formatPoints(e.maxPoints)}` : ""} → ${formatPoints(e.points)}/${formatPoints(e.maxPoints)} điểm.`
    );
  },
  yesNo: (e) =>
    e.answer
      ? `Đạt → ${formatPoints(e.points)}/${formatPoints(e.maxPoints)} điểm.`
      : `Không đạt → 0/${formatPoints(e.maxPoints)} điểm.`,
  qualitative: (e) =>
    `Điểm chấm ${formatValue(e.value)}${e.clamped ? ` (giới hạn trong 0–${formatPoints(e.maxPoints)})` : ""} → ` +
    `${formatPoints(e.points)}/${formatPoints(e.maxPoints)} điểm.`,
  deduction: (e) =>
    e.points === 0
      ? "Không có vi phạm: không trừ điểm."
      : `${formatValue(e.events)} lần × ${formatPoints(e.pointsPerEvent)} điểm` +
        `${e.capped ? `, trừ tối đa ${formatPoints(e.maxPoints)}` : ""} → trừ ${formatPoints(-e.points)} điểm.`,
  bonus: (e) =>
    `${formatValue(e.value)} × ${formatPoints(e.pointsPerUnit)} điểm` +
    `${e.capped ? `, tối đa ${formatPoints(e.maxPoints)}` : ""} → thưởng ${formatPoints(e.points)} điểm.`,
  groupSubtotal: (e) =>
    `Nhóm ${e.groupCode}: ${formatCodedSum(e.criteria)} = ${formatPoints(e.points)}/${formatPoints(e.maxPoints)} điểm.`,
  maxAttainable: (e) =>
    e.notDue.length === 0
      ? `Điểm nội dung tối đa của kỳ: ${formatPoints(e.maxAttainable)}.`
      : `Điểm nội dung tối đa của kỳ: ${formatPoints(e.maxAttainable)} (thang ${formatPoints(e.fullContentMax)} ` +
        `trừ các tiêu chí chấm cuối năm ${codes(e.notDue)}).`,
  bonusTotal: (e) => {
    if (e.items.length === 0) return "Không có điểm thưởng.";
    if (e.capped) {
      return `Điểm thưởng ${formatCodedSum(e.items)} = ${formatPoints(e.uncapped)}, vượt mức tối đa ${formatPoints(e.cap)} → tính ${formatPoints(e.points)}.`;
    }
    return `Điểm thưởng: ${formatCodedSum(e.items)} = ${formatPoints(e.points)} (tối đa ${formatPoints(e.cap)}).`;
  },
  deductionTotal: (e) =>
    e.items.length === 0
      ? "Không bị trừ điểm."
      : `Điểm trừ: ${e.items.map((item) => `${item.code} ${formatPoints(-item.points)}`).join(" + ")} = ${formatPoints(-e.points)}.`,
  unitTotal: (e) =>
    `Tổng điểm = nội dung ${formatPoints(e.content)} (${e.groups.map((g) => `nhóm ${g.code} ${formatPoints(g.points)}`).join(" + ")})` +
    ` + thưởng ${formatPoints(e.bonus)} − trừ ${formatPoints(-e.deduction)} = ${formatPoints(e.total)}.` +
    (e.floored ? ` Điểm âm (${formatPoints(e.raw)}) được tính là 0.` : ""),
  selfVerifiedGap: (e) =>
    `Tự chấm ${formatPoints(e.self)}, thẩm định ${formatPoints(e.verified)}: chênh lệch ${formatPoints(e.gap)} điểm.`,
  classification: (e) => {
    const scaled = e.scaled
      ? ` (nội dung ${formatPoints(e.content)}/${formatPoints(e.maxAttainable)} quy về thang ${formatPoints(e.fullContentMax)} ` +
        `là ${formatPoints(e.scaledContent)}, thưởng ${formatPoints(e.bonus)}, trừ ${formatPoints(-e.deduction)})`
      : "";
    const band =
      e.band === null ? "chưa đạt mức xếp loại nào" : `${e.band.label} (từ ${formatPoints(e.band.minTotal)} điểm)`;
    const withheld =
      e.withheld === null
        ? ""
        : ` Vi phạm tiêu chí loại trừ ${e.knockOutCodes.join(", ")}: không được xếp loại ${e.withheld.label}.`;
    return `Điểm xếp loại ${formatPoints(e.score)}${scaled} → ${band}.${withheld}`;
  },
  rank: (e) => {
    const side = e.side === "self" ? " (theo điểm tự chấm)" : "";
    const tied = e.tiedWith.length === 0 ? "" : `, đồng hạng với ${e.tiedWith.join(", ")}`;
    const decided = e.decidedBy === null ? "" : ` ${decision(e.decidedBy)}`;
    return `Hạng ${e.rank}/${e.unitCount} với ${formatPoints(e.total)} điểm${side}${tied}.${decided}`;
  },
  movement: (e) => {
    const ranks = `hạng ${e.previousRank} → ${e.rank}`;
    if (e.movement > 0) return `Tăng ${e.movement} bậc so với quý trước (${ranks}).`;
    if (e.movement < 0) return `Giảm ${-e.movement} bậc so với quý trước (${ranks}).`;
    return `Giữ nguyên hạng ${e.rank} so với quý trước.`;
  },
};

function decision(d: TieBreakDecision): string {
  const position = d.won ? "xếp trên" : "xếp dưới";
  const compared =
    d.by === "FEWER_DEDUCTIONS"
      ? `số điểm bị trừ (${formatPoints(-d.points)} so với ${formatPoints(-d.otherPoints)})`
      : `điểm ${d.by === "GROUP" ? "nhóm" : "tiêu chí"} ${d.code ?? ""} (${formatPoints(d.points)} so với ${formatPoints(d.otherPoints)})`;
  return `Bằng tổng điểm với ${d.otherUnitName}; ${position} do ${compared}.`;
}

function proRated(annualTarget: number | null): string {
  return annualTarget === null ? "" : `, chỉ tiêu quý bằng 1/4 chỉ tiêu năm ${formatValue(annualTarget)}`;
}

function codes(items: readonly CodedPoints[]): string {
  return items.map((item) => `${item.code} (${formatPoints(item.points)})`).join(", ");
}

function quarterList(e: ExplanationOf<"periodValue">): string {
  return e.values
    .map(
      (value, index) => `${romanQuarter(e.firstQuarter + index)}: ${value === null ? "chưa có" : formatValue(value)}`,
    )
    .join("; ");
}
