import { formatValue, parseNumber, type Locale } from "@thidua/core";
import type { SaveTargetsInput, TargetGrid } from "../../stores/setup";

export const cellKey = (unitId: string, criterionId: string) => `${unitId}|${criterionId}`;

/** Each stored target as its cell shows it, written the interface language's way (127.600 or 127,600). */
export function targetTexts(grid: TargetGrid, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    grid.targets.map((target) => [cellKey(target.unitId, target.criterionId), formatValue(target.value, locale)]),
  );
}

export type CellIssue = "NOT_A_NUMBER" | "NEGATIVE" | "CLEARED";

type TargetCells = NonNullable<SaveTargetsInput["cells"]>;

export interface TargetChanges {
  cells: TargetCells;
  /** Cells that cannot be saved as typed, by cell key. */
  issues: Map<string, CellIssue>;
}

/**
 * The cells whose typed value differs from the stored one, each with the version it was read at.
 * A stored target cannot be removed, only changed, so clearing one is an issue.
 */
export function targetChanges(grid: TargetGrid, texts: Record<string, string>, locale: Locale): TargetChanges {
  const stored = new Map(grid.targets.map((target) => [cellKey(target.unitId, target.criterionId), target]));
  const cells: TargetCells = [];
  const issues = new Map<string, CellIssue>();
  for (const unit of grid.units) {
    for (const criterion of grid.criteria) {
      const key = cellKey(unit.id, criterion.id);
      const text = (texts[key] ?? "").trim();
      const before = stored.get(key);
      if (text === "") {
        if (before) issues.set(key, "CLEARED");
        continue;
      }
      const value = parseNumber(text, locale);
      if (value === null) issues.set(key, "NOT_A_NUMBER");
      else if (value < 0) issues.set(key, "NEGATIVE");
      else if (value !== before?.value) {
        cells.push({ unitId: unit.id, criterionId: criterion.id, value, version: before?.version ?? null });
      }
    }
  }
  return { cells, issues };
}

/** The four quarters' shares of a criterion's phasing as typed, in percent; all empty: planned evenly. */
export type PhasingTexts = Record<string, [string, string, string, string]>;

const EMPTY: [string, string, string, string] = ["", "", "", ""];

/** Each stored phasing as its four inputs show it. */
export function phasingTexts(grid: TargetGrid, locale: Locale): PhasingTexts {
  return Object.fromEntries(
    grid.phasings.map((phasing) => [
      phasing.criterionId,
      phasing.weights.map((weight) => formatValue(weight, locale)) as [string, string, string, string],
    ]),
  );
}

export type PhasingIssue = "NOT_A_NUMBER" | "OUT_OF_RANGE" | "SUM";

export interface PhasingChanges {
  phasings: NonNullable<SaveTargetsInput["phasings"]>;
  /** Criteria whose shares cannot be saved as typed, by criterion id. */
  issues: Map<string, PhasingIssue>;
}

/** The shares as numbers (null: all four empty, planned evenly), or why they cannot be read. */
export function readPhasing(
  texts: readonly string[],
  locale: Locale,
): { weights: [number, number, number, number] | null } | { issue: PhasingIssue } {
  if (texts.every((text) => text.trim() === "")) return { weights: null };
  const weights = texts.map((text) => (text.trim() === "" ? 0 : parseNumber(text, locale)));
  if (weights.some((weight) => weight === null)) return { issue: "NOT_A_NUMBER" };
  const numbers = weights as [number, number, number, number];
  if (numbers.some((weight) => weight < 0 || weight > 100)) return { issue: "OUT_OF_RANGE" };
  if (Math.round(numbers.reduce((sum, weight) => sum + weight, 0) * 100) !== 10_000) return { issue: "SUM" };
  return { weights: numbers };
}

/** How much of the year's target is expected by the end of quarters I–III, in percent: [70, 80, 90]. */
export function expectedToDate(weights: readonly number[]): number[] {
  return [1, 2, 3].map((quarter) => Math.round(weights.slice(0, quarter).reduce((sum, w) => sum + w, 0) * 100) / 100);
}

/** The phaseable criteria whose typed shares differ from the stored ones, each with the version read. */
export function phasingChanges(grid: TargetGrid, texts: PhasingTexts, locale: Locale): PhasingChanges {
  const stored = new Map(grid.phasings.map((phasing) => [phasing.criterionId, phasing]));
  const phasings: PhasingChanges["phasings"] = [];
  const issues = new Map<string, PhasingIssue>();
  for (const criterion of grid.criteria) {
    if (!criterion.phaseable) continue;
    const read = readPhasing(texts[criterion.id] ?? EMPTY, locale);
    if ("issue" in read) {
      issues.set(criterion.id, read.issue);
      continue;
    }
    const before = stored.get(criterion.id);
    const same = read.weights === null ? !before : before?.weights.every((w, i) => w === read.weights?.[i]);
    if (!same) phasings.push({ criterionId: criterion.id, weights: read.weights, version: before?.version ?? null });
  }
  return { phasings, issues };
}
