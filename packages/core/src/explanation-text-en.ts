import type { CodedPoints, ExplanationOf, TieBreakDecision } from "./explanation";
import { numberFormats, romanQuarter } from "./format";
import type { ExplanationText } from "./render-explanation";
import type { Accumulation } from "./types";

/** Numbers in explanations follow the language they are written in. */
const format = numberFormats("en");

const ACCUMULATION: Record<Accumulation, string> = {
  SUM: "Sum",
  LAST: "Latest figure",
  MAX: "Highest",
  AVERAGE: "Average",
};

export const englishText: ExplanationText = {
  notReported: () => "No figure yet: not scored, counts as 0 points.",
  notYetDue: (e) => `Year-end criterion: not due in Q${e.quarter}, left out of the maximum.`,
  noTarget: (e) =>
    `No target set: the result ${format.quantity(e.value, e.unit)} is not scored and counts as 0 points.`,
  periodValue: (e) => {
    const result = e.value === null ? "no figure" : format.quantity(e.value, e.unit);
    if (e.values.length === 1) return `Q${e.firstQuarter} figure: ${result}.`;
    const last = e.firstQuarter + e.values.length - 1;
    return `${ACCUMULATION[e.accumulation]} of Q${e.firstQuarter}–Q${last} (${quarterList(e)}): ${result}.`;
  },
  targetPercent: (e) =>
    `Reached ${format.percent(e.percent)} of target (${format.value(e.value)}/${format.quantity(e.target, e.unit)}${proRated(e.annualTarget, e.unit)}); ` +
    `full points at ${format.percent(e.fullAtPercent)}${e.capped ? ", the excess earns nothing more" : ""} → ` +
    `${format.points(e.points)}/${format.points(e.maxPoints)} points.`,
  band: (e) => {
    const measured =
      e.percent === null || e.target === null
        ? `Result ${format.quantity(e.value, e.unit)}`
        : `Reached ${format.percent(e.percent)} of target (${format.value(e.value)}/${format.quantity(e.target, e.unit)}${proRated(e.annualTarget, e.unit)})`;
    if (e.bandFrom === null) return `${measured}: below the lowest band → 0/${format.points(e.maxPoints)} points.`;
    const from = e.basis === "PERCENT_OF_TARGET" ? format.percent(e.bandFrom) : format.quantity(e.bandFrom, e.unit);
    return (
      `${measured}: band from ${from} (${format.points(e.bandPoints)} points)` +
      `${e.capped ? `, capped at ${format.points(e.maxPoints)}` : ""} → ${format.points(e.points)}/${format.points(e.maxPoints)} points.`
    );
  },
  yesNo: (e) =>
    e.answer
      ? `Yes → ${format.points(e.points)}/${format.points(e.maxPoints)} points.`
      : `No → 0/${format.points(e.maxPoints)} points.`,
  qualitative: (e) =>
    `Assessed ${format.value(e.value)}${e.clamped ? ` (kept within 0–${format.points(e.maxPoints)})` : ""} → ` +
    `${format.points(e.points)}/${format.points(e.maxPoints)} points.`,
  deduction: (e) =>
    e.points === 0
      ? "No violation: nothing deducted."
      : `${format.quantity(e.events, e.unit)} × ${format.points(e.pointsPerEvent)} points` +
        `${e.capped ? `, at most ${format.points(e.maxPoints)}` : ""} → ${format.points(-e.points)} points deducted.`,
  bonus: (e) =>
    `${format.quantity(e.value, e.unit)} × ${format.points(e.pointsPerUnit)} points` +
    `${e.capped ? `, at most ${format.points(e.maxPoints)}` : ""} → ${format.points(e.points)} bonus points.`,
  groupSubtotal: (e) => {
    const sum = `Group ${e.groupCode}: ${format.groupTerms(e.criteria)}`;
    if (e.criteria.every((term) => term.role === "CONTENT")) {
      return `${sum} = ${format.points(e.points)}/${format.points(e.maxPoints)} points.`;
    }
    const parts = [
      ...(e.maxPoints > 0 ? [`content ${format.points(e.points)}/${format.points(e.maxPoints)}`] : []),
      ...(e.criteria.some((term) => term.role === "BONUS")
        ? [`bonus ${format.points(e.bonus)}, at most ${format.points(e.bonusCap)} bonus points over the whole set`]
        : []),
      ...(e.deduction !== 0 ? [`deductions ${format.points(-e.deduction)}`] : []),
    ];
    return `${sum} = ${format.points(e.subtotal)} points (${parts.join("; ")}).`;
  },
  maxAttainable: (e) =>
    e.notDue.length === 0
      ? `Content maximum for the period: ${format.points(e.maxAttainable)}.`
      : `Content maximum for the period: ${format.points(e.maxAttainable)} (the ${format.points(e.fullContentMax)} scale ` +
        `less the year-end criteria ${codes(e.notDue)}).`,
  bonusTotal: (e) => {
    if (e.items.length === 0) return "No bonus points.";
    if (e.capped) {
      return `Bonus ${format.codedSum(e.items)} = ${format.points(e.uncapped)}, above the cap of ${format.points(e.cap)} → ${format.points(e.points)}.`;
    }
    return `Bonus: ${format.codedSum(e.items)} = ${format.points(e.points)} (cap ${format.points(e.cap)}).`;
  },
  deductionTotal: (e) =>
    e.items.length === 0
      ? "Nothing deducted."
      : `Deductions: ${e.items.map((item) => `${item.code} ${format.points(-item.points)}`).join(" + ")} = ${format.points(-e.points)}.`,
  unitTotal: (e) =>
    `Total = content ${format.points(e.content)} (${e.groups.map((g) => `group ${g.code} ${format.points(g.points)}`).join(" + ")})` +
    ` + bonus ${format.points(e.bonus)}${cappedBonus(e)} − deductions ${format.points(-e.deduction)} = ${format.points(e.total)}.` +
    (e.floored ? ` The negative result (${format.points(e.raw)}) counts as 0.` : ""),
  selfVerifiedGap: (e) =>
    `Self-assessed ${format.points(e.self)}, verified ${format.points(e.verified)}: a gap of ${format.points(e.gap)} points.`,
  classification: (e) => {
    const scaled = e.scaled
      ? ` (content ${format.points(e.content)}/${format.points(e.maxAttainable)} scaled to ${format.points(e.fullContentMax)} ` +
        `is ${format.points(e.scaledContent)}, bonus ${format.points(e.bonus)}, deductions ${format.points(-e.deduction)})`
      : "";
    const band =
      e.band === null ? "no class reached" : `${e.band.label} (from ${format.points(e.band.minTotal)} points)`;
    const withheld =
      e.withheld === null
        ? ""
        : ` Knock-out criteria ${e.knockOutCodes.join(", ")} violated: ${e.withheld.label} is withheld.`;
    return `Classification score ${format.points(e.score)}${scaled} → ${band}.${withheld}`;
  },
  provisionalClassification: (e) => {
    const shares = e.shares
      .map((s) => `${s.code} ${format.percent(s.share)}${s.phased ? " (phased by quarter)" : ""}`)
      .join(", ");
    return (
      `Provisional class for quarter ${romanQuarter(e.quarter)}: measured against the plan to date` +
      `${shares ? ` (targets to date: ${shares} of the year's)` : ""}, not the whole year ` +
      `(score against the year's targets: ${format.points(e.yearScore)}). ${englishText.classification(e.classification)}`
    );
  },
  rank: (e) => {
    const side = e.side === "self" ? " (self-assessed)" : "";
    const tied = e.tiedWith.length === 0 ? "" : `, tied with ${e.tiedWith.join(", ")}`;
    const decided = e.decidedBy === null ? "" : ` ${decision(e.decidedBy)}`;
    return `Rank ${e.rank} of ${e.unitCount} with ${format.points(e.total)} points${side}${tied}.${decided}`;
  },
  movement: (e) => {
    const ranks = `rank ${e.previousRank} → ${e.rank}`;
    if (e.movement > 0) return `Up ${e.movement} since last quarter (${ranks}).`;
    if (e.movement < 0) return `Down ${-e.movement} since last quarter (${ranks}).`;
    return `Still rank ${e.rank} since last quarter.`;
  },
  moveUpStep: (e) => {
    const earns = `for ${format.points(e.points)}/${format.points(e.maxPoints)} points`;
    switch (e.reach) {
      case "percentOfTarget":
        return `reach at least ${format.percent(e.percent ?? 0)} of target (${format.quantity(e.value ?? 0, e.unit)}) ${earns}`;
      case "value":
        return `reach at least ${format.quantity(e.value ?? 0, e.unit)} ${earns}`;
      case "yes":
        return `meet the requirement ${earns}`;
      case "assessed":
        return `be assessed ${format.value(e.value ?? 0)} or more ${earns}`;
    }
  },
};

function decision(d: TieBreakDecision): string {
  const position = d.won ? "ahead" : "behind";
  const compared =
    d.by === "FEWER_DEDUCTIONS"
      ? `points deducted (${format.points(-d.points)} against ${format.points(-d.otherPoints)})`
      : `${d.by === "GROUP" ? "group" : "criterion"} ${d.code ?? ""} (${format.points(d.points)} against ${format.points(d.otherPoints)})`;
  return `Same total as ${d.otherUnitName}; ${position} on ${compared}.`;
}

/** Several bonus items can pass the set's cap together: the total then says what it counted. */
function cappedBonus(e: ExplanationOf<"unitTotal">): string {
  if (e.bonusUncapped <= e.bonus) return "";
  return ` (${format.codedSum(e.bonusItems)} = ${format.points(e.bonusUncapped)}, above the bonus cap of ${format.points(e.bonusCap)}, so ${format.points(e.bonus)} counts)`;
}

function proRated(annualTarget: number | null, unit: string | null): string {
  return annualTarget === null ? "" : `, a quarter of the annual ${format.quantity(annualTarget, unit)}`;
}

function codes(items: readonly CodedPoints[]): string {
  return items.map((item) => `${item.code} (${format.points(item.points)})`).join(", ");
}

function quarterList(e: ExplanationOf<"periodValue">): string {
  return e.values
    .map((value, index) => `Q${e.firstQuarter + index}: ${value === null ? "none" : format.quantity(value, e.unit)}`)
    .join("; ");
}
