import { cleanNumber, round2 } from "./rounding";
import type { Accumulation, CriterionKind } from "./types";

/**
 * A figure that may well be right but looks like a slip (a tỷ/triệu mix-up, a digit too many). It
 * does not block the save: the person entering it confirms it or explains it in the cell's note.
 */
export type FigureWarning =
  /** Ten times above or below the unit's own earlier quarters of the year (their median). */
  | { code: "ownHistory"; value: number; typical: number; quarters: number }
  /** Ten times above or below the other units' figures of the quarter (their median). */
  | { code: "peers"; value: number; typical: number; peers: number }
  /** The year to date three times the year's target or more. */
  | { code: "aboveTarget"; value: number; target: number; percent: number };

export type FigureWarningCode = FigureWarning["code"];
export const FIGURE_WARNING_CODES: readonly FigureWarningCode[] = ["ownHistory", "peers", "aboveTarget"];

export interface FigureContext {
  criterion: { kind: CriterionKind; accumulation: Accumulation };
  /** The figure being entered. */
  value: number;
  /** The unit's figures of the year's earlier quarters on the same side, in order; null when none. */
  earlier: readonly (number | null)[];
  /** The other units' figures of the same quarter and side that the person entering may see. */
  peers: readonly number[];
  /** The unit's annual target; null when none. */
  target: number | null;
}

/** How far from the typical figure is "far": an order of magnitude, which a tỷ/triệu slip (×1.000) exceeds. */
export const FAR_FACTOR = 10;
/** Far above target: three times the year's target. */
export const ABOVE_TARGET_FACTOR = 3;
/** Fewer peers than this say nothing about what is typical. */
export const MIN_PEERS = 3;

/**
 * Only measured figures (targets, bands) are compared: yes/no answers, assessed scores, deduction
 * events and bonus items are small numbers where a factor of ten is normal. A zero is left alone
 * too (nothing done this quarter is not a slip of scale).
 */
export function figureWarnings(context: FigureContext): FigureWarning[] {
  const { criterion, value } = context;
  if ((criterion.kind !== "TARGET_PERCENT" && criterion.kind !== "BANDS") || !(value > 0)) return [];
  const warnings: FigureWarning[] = [];

  const earlier = context.earlier.filter((figure): figure is number => figure !== null && figure > 0);
  const ownTypical = median(earlier);
  if (ownTypical !== null && isFar(value, ownTypical)) {
    warnings.push({ code: "ownHistory", value, typical: ownTypical, quarters: earlier.length });
  }

  const peers = context.peers.filter((figure) => figure > 0);
  const peerTypical = peers.length >= MIN_PEERS ? median(peers) : null;
  if (peerTypical !== null && isFar(value, peerTypical)) {
    warnings.push({ code: "peers", value, typical: peerTypical, peers: peers.length });
  }

  if (context.target !== null && context.target > 0) {
    // A summed figure adds to the year's progress; a level (a rate, the latest count) is compared as it is.
    const toDate =
      criterion.accumulation === "SUM" ? cleanNumber(earlier.reduce((sum, figure) => sum + figure, value)) : value;
    if (toDate >= ABOVE_TARGET_FACTOR * context.target) {
      warnings.push({
        code: "aboveTarget",
        value: toDate,
        target: context.target,
        percent: round2((toDate * 100) / context.target),
      });
    }
  }
  return warnings;
}

function isFar(value: number, typical: number): boolean {
  return value >= typical * FAR_FACTOR || value * FAR_FACTOR <= typical;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return cleanNumber(value ?? 0);
}
