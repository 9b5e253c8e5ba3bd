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

export interface TargetChanges {
  cells: SaveTargetsInput["cells"];
  /** Cells that cannot be saved as typed, by cell key. */
  issues: Map<string, CellIssue>;
}

/**
 * The cells whose typed value differs from the stored one, each with the version it was read at.
 * A stored target cannot be removed, only changed, so clearing one is an issue.
 */
export function targetChanges(grid: TargetGrid, texts: Record<string, string>, locale: Locale): TargetChanges {
  const stored = new Map(grid.targets.map((target) => [cellKey(target.unitId, target.criterionId), target]));
  const cells: SaveTargetsInput["cells"] = [];
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
