import { sheetWarnings, type ResultInput, type SheetWarning, type WarnedField } from "@thidua/core";
import type { CellChange, ScoreSheetData } from "../../stores/scores";
import { cellKey } from "./sheet-keys";

/** A quarter figure as it now stands on the sheet: typed, else stored. */
export type CurrentValue = (field: WarnedField) => { value: number | null; dirty: boolean };

/** A warned figure of the sheet; `pending` when it is typed and not yet saved, so it must be confirmed. */
export interface SheetFigureWarning extends SheetWarning {
  pending: boolean;
}

/**
 * The plausibility warnings of every figure on the sheet, by the rule the server applies on save:
 * against the unit's earlier quarters, the other visible units of the quarter and the target.
 */
export function figureWarningsOf(data: ScoreSheetData, current: CurrentValue): SheetFigureWarning[] {
  const { grid } = data;
  const quarter = grid.quarter as ResultInput["quarter"];
  const figures: ResultInput[] = data.earlier
    .filter((row) => row.quarter < grid.quarter)
    .map((row) => ({ ...row, quarter: row.quarter as ResultInput["quarter"] }));
  const fields: WarnedField[] = [];
  const pending = new Set<string>();
  for (const unit of grid.members) {
    for (const criterion of grid.criteria) {
      const ref = { unitId: unit.id, criterionId: criterion.id };
      const self = current({ ...ref, side: "self" });
      const verified = current({ ...ref, side: "verified" });
      if (self.value === null && verified.value === null) continue;
      figures.push({ ...ref, quarter, reportedValue: self.value, verifiedValue: verified.value });
      for (const [side, state] of [
        ["self", self],
        ["verified", verified],
      ] as const) {
        if (state.value === null) continue;
        fields.push({ ...ref, side });
        if (state.dirty) pending.add(`${cellKey(ref)}|${side}`);
      }
    }
  }
  return sheetWarnings({
    criteria: new Map(grid.criteria.map((criterion) => [criterion.id, criterion])),
    quarter: grid.quarter,
    figures,
    targets: grid.targets,
    fields,
  }).map((warning) => ({ ...warning, pending: pending.has(`${cellKey(warning)}|${warning.side}`) }));
}

/** What the person said about a warned cell: confirmed as right, and/or explained in the cell's note. */
export interface WarningAnswer {
  confirmed: boolean;
  note: string;
  /** The cell's note as stored: an old note does not explain a new figure. */
  storedNote: string;
}

export const isAnswered = (answer: WarningAnswer | undefined) =>
  answer !== undefined && (answer.confirmed || explains(answer));

const explains = (answer: WarningAnswer) =>
  answer.note.trim() !== "" && answer.note.trim() !== answer.storedNote.trim();

/**
 * The save's changes with each answered warning confirmed and its explanation as the cell's note;
 * the server refuses a warned figure that comes without.
 */
export function withAnswers(
  changes: readonly CellChange[],
  warnings: readonly SheetFigureWarning[],
  answers: ReadonlyMap<string, WarningAnswer>,
): CellChange[] {
  return changes.map((change) => {
    const key = cellKey(change);
    const answer = answers.get(key);
    const codes = warnings
      .filter((warning) => warning.pending && cellKey(warning) === key)
      .flatMap((warning) => warning.warnings.map((each) => each.code));
    if (codes.length === 0 || !isAnswered(answer)) return change;
    const note = answer && explains(answer) ? { note: answer.note.trim() } : {};
    return { ...change, confirmWarnings: [...new Set(codes)], ...note };
  });
}
