import type { Locale } from "@thidua/core";
import type { CellChange } from "../../stores/scores";
import { parseCell, type CellCriterion, type CellProblem } from "./cell-value";
import { cellKey, fieldOfKey, type CellRef, type FieldRef } from "./sheet-keys";

/** A cell as last read from or saved to the server. */
export interface StoredCell {
  reportedValue: number | null;
  verifiedValue: number | null;
  version: number;
}

/** Stored cells by cellKey; a cell nobody has entered yet is absent. */
export type StoredCells = ReadonlyMap<string, StoredCell>;

/** What the user typed, by fieldKey, for the fields touched since the last read or save. */
export type Drafts = ReadonlyMap<string, string>;

export function toStoredCells(cells: readonly (CellRef & StoredCell)[]): Map<string, StoredCell> {
  return new Map(
    cells.map(({ reportedValue, verifiedValue, version, ...ref }) => [
      cellKey(ref),
      { reportedValue, verifiedValue, version },
    ]),
  );
}

export function storedValue(stored: StoredCells, field: FieldRef): number | null {
  const cell = stored.get(cellKey(field));
  if (!cell) return null;
  return field.side === "self" ? cell.reportedValue : cell.verifiedValue;
}

export interface FieldState {
  /** The figure that counts now: the typed one when it reads, else the stored one. */
  value: number | null;
  problem: CellProblem | null;
  /** Differs from what is stored (an unreadable text counts as a change too). */
  dirty: boolean;
}

export function fieldState(
  text: string | undefined,
  stored: number | null,
  criterion: CellCriterion,
  locale: Locale,
): FieldState {
  if (text === undefined) return { value: stored, problem: null, dirty: false };
  const parsed = parseCell(text, criterion, locale);
  if (!parsed.ok) return { value: stored, problem: parsed.problem, dirty: true };
  return { value: parsed.value, problem: null, dirty: parsed.value !== stored };
}

export interface PendingSave {
  /** One change per cell, both sides together, with the version that was read. */
  changes: CellChange[];
  /** Fields whose text does not read; while there are any, nothing may be saved. */
  invalid: FieldRef[];
  /** Every field that differs from what is stored. */
  changed: FieldRef[];
}

/** Turns the user's drafts into the all-or-nothing save input. */
export function pendingSave(
  drafts: Drafts,
  stored: StoredCells,
  criteria: ReadonlyMap<string, CellCriterion>,
  locale: Locale,
): PendingSave {
  const changes = new Map<string, CellChange>();
  const invalid: FieldRef[] = [];
  const changed: FieldRef[] = [];
  for (const [key, text] of drafts) {
    const field = fieldOfKey(key);
    const criterion = criteria.get(field.criterionId);
    if (!criterion) continue;
    const state = fieldState(text, storedValue(stored, field), criterion, locale);
    if (!state.dirty) continue;
    changed.push(field);
    if (state.problem) {
      invalid.push(field);
      continue;
    }
    const id = cellKey(field);
    const change = changes.get(id) ?? {
      unitId: field.unitId,
      criterionId: field.criterionId,
      version: stored.get(id)?.version ?? null,
    };
    if (field.side === "self") change.reportedValue = state.value;
    else change.verifiedValue = state.value;
    changes.set(id, change);
  }
  return { changes: [...changes.values()], invalid, changed };
}

/** The stored cells after a save: the saved cells replace what was read. */
export function withSaved(stored: StoredCells, saved: readonly (CellRef & StoredCell)[]): Map<string, StoredCell> {
  const next = new Map(stored);
  for (const [key, cell] of toStoredCells(saved)) next.set(key, cell);
  return next;
}
