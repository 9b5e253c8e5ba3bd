import type { UnitScoreToDate } from "@thidua/core";
import { computed, markRaw, reactive, shallowReactive, shallowRef } from "vue";
import type { GridCriterion, ScoreSheetData } from "../../stores/scores";
import { cellText, type CellWriting } from "./cell-value";
import { changesByOthers, rebaseDrafts, type ChangedField } from "./conflict";
import { scoreSheetUnit, sheetRanks, toSetDef, unitScoringInputs, type CurrentFigures } from "./live-scores";
import {
  fieldState,
  pendingSave,
  storedValue,
  toStoredCells,
  withSaved,
  type FieldState,
  type StoredCell,
  type StoredCells,
} from "./sheet-edits";
import { cellKey, fieldKey, type CellRef, type FieldRef, type Side } from "./sheet-keys";
import type { SavedCell } from "../../stores/scores";

export type SheetView = "both" | "self" | "verified";

/**
 * The score sheet's editing state: stored figures, the user's drafts, live scores and what a save
 * sends. Rescoring after a keystroke touches only the unit typed in, so a 12 × 40 sheet stays instant.
 */
export function useScoreSheet(writing: () => CellWriting) {
  const data = shallowRef<ScoreSheetData | null>(null);
  const stored = shallowRef<StoredCells>(new Map());
  /** The user's text by fieldKey; a reactive Map, so each cell re-renders only for its own key. */
  const drafts = reactive(new Map<string, string>());
  /** Reasons the server gave for refusing fields, by fieldKey, until the field is edited again. */
  const refused = reactive(new Map<string, string>());
  const scores = shallowReactive(new Map<string, UnitScoreToDate>());

  const grid = computed(() => data.value?.grid ?? null);
  const set = computed(() => (data.value ? toSetDef(data.value.grid, data.value.set) : null));
  const criteria = computed(() => new Map((grid.value?.criteria ?? []).map((criterion) => [criterion.id, criterion])));
  const scoringInputs = computed(() =>
    data.value ? unitScoringInputs(data.value.grid, data.value.earlier) : new Map(),
  );
  const ranks = computed(() =>
    set.value && grid.value ? sheetRanks([...scores.values()], set.value, grid.value.quarter) : new Map(),
  );
  const pending = computed(() => pendingSave(drafts, stored.value, criteria.value, writing().locale));
  const readOnly = computed(
    () => !grid.value || grid.value.status !== "OPEN" || grid.value.editableUnitIds.length === 0,
  );

  function state(field: FieldRef): FieldState {
    const criterion = criteria.value.get(field.criterionId);
    const value = storedValue(stored.value, field);
    if (!criterion) return { value, problem: null, dirty: false };
    return fieldState(drafts.get(fieldKey(field)), value, criterion, writing().locale);
  }

  /** The text an input shows: what was typed, else the stored figure written the page language's way. */
  function text(field: FieldRef): string {
    const draft = drafts.get(fieldKey(field));
    if (draft !== undefined) return draft;
    const criterion = criteria.value.get(field.criterionId);
    return criterion ? cellText(storedValue(stored.value, field), criterion.kind, writing()) : "";
  }

  function editable(field: FieldRef): boolean {
    const current = grid.value;
    const criterion = criteria.value.get(field.criterionId);
    if (!current || !criterion || current.status !== "OPEN" || !criterion.due) return false;
    if (!current.editableUnitIds.includes(field.unitId)) return false;
    return field.side === "self" || current.canVerify;
  }

  function rescore(unitId: string) {
    const input = scoringInputs.value.get(unitId);
    if (!input || !set.value || !grid.value) return;
    const current = new Map<string, { self: number | null; verified: number | null }>();
    for (const criterion of grid.value.criteria) {
      const self = state({ unitId, criterionId: criterion.id, side: "self" }).value;
      const verified = state({ unitId, criterionId: criterion.id, side: "verified" }).value;
      if (self !== null || verified !== null) current.set(criterion.id, { self, verified });
    }
    scores.set(unitId, markRaw(scoreSheetUnit(set.value, input, grid.value.quarter, current as CurrentFigures)));
  }

  function rescoreAll() {
    scores.clear();
    for (const unit of grid.value?.members ?? []) rescore(unit.id);
  }

  /** A fresh read: drafts kept only when given (after a conflict), everything rescored. */
  function load(next: ScoreSheetData, keptDrafts: ReadonlyMap<string, string> = new Map()) {
    data.value = next;
    stored.value = toStoredCells(next.grid.cells);
    drafts.clear();
    refused.clear();
    for (const [key, value] of keptDrafts) drafts.set(key, value);
    rescoreAll();
  }

  function setText(field: FieldRef, value: string) {
    const key = fieldKey(field);
    if (drafts.get(key) === value) return;
    drafts.set(key, value);
    refused.delete(key);
    rescore(field.unitId);
  }

  /** Many fields at once (a paste), each unit rescored once. */
  function setTexts(entries: readonly { field: FieldRef; text: string }[]) {
    for (const { field, text: value } of entries) {
      drafts.set(fieldKey(field), value);
      refused.delete(fieldKey(field));
    }
    for (const unitId of new Set(entries.map((entry) => entry.field.unitId))) rescore(unitId);
  }

  /** Writes a valid draft back the page language's way ("127600" → "127.600"); drops it when it matches what is stored. */
  function tidy(field: FieldRef) {
    const key = fieldKey(field);
    const draft = drafts.get(key);
    const criterion = criteria.value.get(field.criterionId);
    if (draft === undefined || !criterion) return;
    const current = state(field);
    if (current.problem) return;
    if (!current.dirty) drafts.delete(key);
    else drafts.set(key, cellText(current.value, criterion.kind, writing()));
  }

  /** Puts a field back to what it showed before an edit (undefined: the stored figure). */
  function restore(field: FieldRef, previous: string | undefined) {
    const key = fieldKey(field);
    if (previous === undefined) drafts.delete(key);
    else drafts.set(key, previous);
    rescore(field.unitId);
  }

  function discard() {
    drafts.clear();
    refused.clear();
    rescoreAll();
  }

  /** Copies self-assessed figures into empty verified ones the user may edit; returns how many. */
  function copySelfToVerified(unitIds: readonly string[]): number {
    let copied = 0;
    for (const unitId of unitIds) {
      for (const criterion of grid.value?.criteria ?? []) {
        const verified: FieldRef = { unitId, criterionId: criterion.id, side: "verified" };
        const self = state({ ...verified, side: "self" });
        if (!editable(verified) || self.problem || self.value === null || state(verified).value !== null) continue;
        drafts.set(fieldKey(verified), cellText(self.value, criterion.kind, writing()));
        copied += 1;
      }
      rescore(unitId);
    }
    return copied;
  }

  /** How many figures a copy would fill, to say so before asking. */
  function copyableCount(unitIds: readonly string[]): number {
    let count = 0;
    for (const unitId of unitIds) {
      for (const criterion of grid.value?.criteria ?? []) {
        const verified: FieldRef = { unitId, criterionId: criterion.id, side: "verified" };
        const self = state({ ...verified, side: "self" });
        if (editable(verified) && !self.problem && self.value !== null && state(verified).value === null) count += 1;
      }
    }
    return count;
  }

  /** After a save: the saved cells become what is stored, and the drafts they carried are done. */
  function saved(cells: readonly SavedCell[], sent: ReadonlyMap<string, string>) {
    stored.value = withSaved(stored.value, cells as (SavedCell & StoredCell)[]);
    for (const [key, value] of sent) if (drafts.get(key) === value) drafts.delete(key);
    for (const unitId of new Set(cells.map((cell) => cell.unitId))) rescore(unitId);
  }

  /** The server refused these cells: every field of the cell that was sent carries the reason. */
  function markRefused(cells: readonly { unitId: string; criterionId: string; message: string }[]) {
    for (const cell of cells) {
      for (const side of ["self", "verified"] as Side[]) {
        const key = fieldKey({ ...cell, side });
        if (drafts.has(key)) refused.set(key, cell.message);
      }
    }
  }

  /** What changed under the user between the last read and `fresh`. */
  function conflictWith(fresh: ScoreSheetData): ChangedField[] {
    return changesByOthers(stored.value, toStoredCells(fresh.grid.cells), drafts);
  }

  function rebase(fresh: ScoreSheetData, changed: readonly ChangedField[], keep: "mine" | "theirs") {
    load(fresh, rebaseDrafts(drafts, changed, keep));
  }

  /** The version a cell was last read or saved at (null: not entered yet), for saves made beside the grid. */
  const versionOf = (cell: CellRef): number | null => stored.value.get(cellKey(cell))?.version ?? null;

  const changedUnits = computed(() => new Set(pending.value.changed.map((field) => field.unitId)));

  return {
    data,
    grid,
    criteria,
    drafts,
    refused,
    scores,
    ranks,
    pending,
    readOnly,
    changedUnits,
    state,
    text,
    editable,
    load,
    setText,
    setTexts,
    tidy,
    restore,
    discard,
    copySelfToVerified,
    copyableCount,
    saved,
    versionOf,
    markRefused,
    conflictWith,
    rebase,
  };
}

export type ScoreSheet = ReturnType<typeof useScoreSheet>;
export type { GridCriterion };
