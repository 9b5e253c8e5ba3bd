import type { CodedPoints, ExplanationOf, TieBreakDecision } from "./explanation";
import { formatCodedSum, formatPercentVi, formatPoints, formatValue } from "./format";
import type { ExplanationText } from "./render-explanation";
import type { Accumulation } from "./types";

const ACCUMULATION: Record<Accumulation, string> = {
  SUM: "Sum",
  LAST: "Latest figure",
  MAX: "Highest",
  AVERAGE: "Average",
};

export const englishText: ExplanationText = {
  notReported: () => "No figure yet: not scored, counts as 0 points.",
  notYetDue: (e) => `Year-end criterion: not due in Q${e.quarter}, left out of the maximum.`,
  noTarget: (e) => `No target set: the result ${formatValue(e.value)} is not scored and counts as 0 points.`,
  periodValue: (e) => {
    const result = e.value === null ? "no figure" : formatValue(e.value);
    if (e.values.length === 1) return `Q${e.firstQuarter} figure: ${result}.`;
    const last = e.firstQuarter + e.values.length - 1;
    return `${ACCUMULATION[e.accumulation]} of Q${e.firstQuarter}–Q${last} (${quarterList(e)}): ${result}.`;
  },
  targetPercent: (e) =>
    `Reached ${formatPercentVi(e.percent)} of target (${formatValue(e.value)}/${formatValue(e.target)}${proRated(e.annualTarget)}); ` +
    `full points at ${formatPercentVi(e.fullAtPercent)}${e.capped ? ", the excess earns nothing more" : ""} → ` +
    `${formatPoints(e.points)}/${formatPoints(e.maxPoints)} points.`,
  band: (e) => {
    const measured =
      e.percent === null || e.target === null
        ? `Result ${formatValue(e.value)}`
        : `Reached ${formatPercentVi(e.percent)} of target (${formatValue(e.value)}/${formatValue(e.target)}${proRated(e.annualTarget)})`;
    const unit = e.basis === "PERCENT_OF_TARGET" ? "%" : "";
    if (e.bandFrom === null) return `${measured}: below the lowest band → 0/${formatPoints(e.maxPoints)} points.`;
    return (
      `${measured}: band from ${formatValue(e.bandFrom)}${unit} (${formatPoints(e.bandPoints)} points)` +
      `${e.capped ? `, capped at ${formatPoints(e.maxPoints)}` : ""} → ${formatPoints(e.points)}/${formatPoints(e.maxPoints)} points.`
    );
  },
  yesNo: (e) =>
    e.answer
      ? `Yes → ${formatPoints(e.points)}/${formatPoints(e.maxPoints)} points.`
      : `No → 0/${formatPoints(e.maxPoints)} points.`,
  qualitative: (e) =>
    `Assessed ${formatValue(e.value)}${e.clamped ? ` (kept within 0–${formatPoints(e.maxPoints)})` : ""} → ` +
    `${formatPoints(e.points)}/${formatPoints(e.maxPoints)} points.`,
  deduction: (e) =>
    e.points === 0
      ? "No violation: nothing deducted."
      : `${formatValue(e.events)} × ${formatPoints(e.pointsPerEvent)} points` +
        `${e.capped ? `, at most ${formatPoints(e.maxPoints)}` : ""} → ${formatPoints(-e.points)} points deducted.`,
  bonus: (e) =>
    `${formatValue(e.value)} × ${formatPoints(e.pointsPerUnit)} points` +
    `${e.capped ? `, at most ${formatPoints(e.maxPoints)}` : ""} → ${formatPoints(e.points)} bonus points.`,
  groupSubtotal: (e) =>
    `Group ${e.groupCode}: ${formatCodedSum(e.criteria)} = ${formatPoints(e.points)}/${formatPoints(e.maxPoints)} points.`,
  maxAttainable: (e) =>
    e.notDue.length === 0
      ? `Content maximum for the period: ${formatPoints(e.maxAttainable)}.`
      : `Content maximum for the period: ${formatPoints(e.maxAttainable)} (the ${formatPoints(e.fullContentMax)} scale ` +
        `less the year-end criteria ${codes(e.notDue)}).`,
  bonusTotal: (e) => {
    if (e.items.length === 0) return "No bonus points.";
    if (e.capped) {
      return `Bonus ${formatCodedSum(e.items)} = ${formatPoints(e.uncapped)}, above the cap of ${formatPoints(e.cap)} → ${formatPoints(e.points)}.`;
    }
    return `Bonus: ${formatCodedSum(e.items)} = ${formatPoints(e.points)} (cap ${formatPoints(e.cap)}).`;
  },
  deductionTotal: (e) =>
    e.items.length === 0
      ? "Nothing deducted."
      : `Deductions: ${e.items.map((item) => `${item.code} ${formatPoints(-item.points)}`).join(" + ")} = ${formatPoints(-e.points)}.`,
  unitTotal: (e) =>
    `Total = content ${formatPoints(e.content)} (${e.groups.map((g) => `group ${g.code} ${formatPoints(g.points)}`).join(" + ")})` +
    ` + bonus ${formatPoints(e.bonus)} − deductions ${formatPoints(-e.deduction)} = ${formatPoints(e.total)}.` +
    (e.floored ? ` The negative result (${formatPoints(e.raw)}) counts as 0.` : ""),
  selfVerifiedGap: (e) =>
    `Self-assessed ${formatPoints(e.self)}, verified ${formatPoints(e.verified)}: a gap of ${formatPoints(e.gap)} points.`,
  classification: (e) => {
    const scaled = e.scaled
      ? ` (content ${formatPoints(e.content)}/${formatPoints(e.maxAttainable)} scaled to ${formatPoints(e.fullContentMax)} ` +
        `is ${formatPoints(e.scaledContent)}, bonus ${formatPoints(e.bonus)}, deductions ${formatPoints(-e.deduction)})`
      : "";
    const band =
      e.band === null ? "no class reached" : `${e.band.label} (from ${formatPoints(e.band.minTotal)} points)`;
    const withheld =
      e.withheld === null
        ? ""
        : ` Knock-out criteria ${e.knockOutCodes.join(", ")} violated: ${e.withheld.label} is withheld.`;
    return `Classification score ${formatPoints(e.score)}${scaled} → ${band}.${withheld}`;
  },
  rank: (e) => {
    const side = e.side === "self" ? " (self-assessed)" : "";
    const tied = e.tiedWith.length === 0 ? "" : `, tied with ${e.tiedWith.join(", ")}`;
    const decided = e.decidedBy === null ? "" : ` ${decision(e.decidedBy)}`;
    return `Rank ${e.rank} of ${e.unitCount} with ${formatPoints(e.total)} points${side}${tied}.${decided}`;
  },
  movement: (e) => {
    const ranks = `rank ${e.previousRank} → ${e.rank}`;
    if (e.movement > 0) return `Up ${e.movement} since last quarter (${ranks}).`;
    if (e.movement < 0) return `Down ${-e.movement} since last quarter (${ranks}).`;
    return `Still rank ${e.rank} since last quarter.`;
  },
};

function decision(d: TieBreakDecision): string {
  const position = d.won ? "ahead" : "behind";
  const compared =
    d.by === "FEWER_DEDUCTIONS"
      ? `points deducted (${formatPoints(-d.points)} against ${formatPoints(-d.otherPoints)})`
      : `${d.by === "GROUP" ? "group" : "criterion"} ${d.code ?? ""} (${formatPoints(d.points)} against ${formatPoints(d.otherPoints)})`;
  return `Same total as ${d.otherUnitName}; ${position} on ${compared}.`;
}

function proRated(annualTarget: number | null): string {
  return annualTarget === null ? "" : `, a quarter of the annual ${formatValue(annualTarget)}`;
}

function codes(items: readonly CodedPoints[]): string {
  return items.map((item) => `${item.code} (${formatPoints(item.points)})`).join(", ");
}

function quarterList(e: ExplanationOf<"periodValue">): string {
  return e.values
    .map((value, index) => `Q${e.firstQuarter + index}: ${value === null ? "none" : formatValue(value)}`)
    .join("; ");
}
