import { computed, reactive } from "vue";
import { figureWarningsOf, isAnswered, withAnswers, type WarningAnswer } from "./figure-warnings";
import { cellKey, type CellRef } from "./sheet-keys";
import type { ScoreSheet } from "./useScoreSheet";
import type { CellChange } from "../../stores/scores";

/**
 * The sheet's plausibility warnings with what the person answered to each warned cell, and the
 * save's changes carrying those answers.
 */
export function useFigureWarnings(sheet: ScoreSheet) {
  const answers = reactive(new Map<string, WarningAnswer>());
  /** Notes saved since the sheet was read, which the read grid does not hold yet. */
  const savedNotes = reactive(new Map<string, string>());
  const warnings = computed(() => {
    const data = sheet.data.value;
    if (!data) return [];
    return figureWarningsOf(data, (field) => {
      const { value, dirty } = sheet.state(field);
      return { value, dirty };
    });
  });
  const unanswered = computed(() =>
    warnings.value.filter((warning) => warning.pending && !isAnswered(answers.get(cellKey(warning)))),
  );

  /** What was answered for a cell so far; nothing yet is an unconfirmed answer with the stored note. */
  function answer(cell: CellRef): WarningAnswer {
    const note = noteOf(cell);
    return answers.get(cellKey(cell)) ?? { confirmed: false, note, storedNote: note };
  }

  function setAnswer(cell: CellRef, patch: Partial<Pick<WarningAnswer, "confirmed" | "note">>) {
    answers.set(cellKey(cell), { ...answer(cell), ...patch });
  }

  function noteOf(cell: CellRef): string {
    const saved = savedNotes.get(cellKey(cell));
    if (saved !== undefined) return saved;
    const stored = sheet.grid.value?.cells.find(
      (each) => each.unitId === cell.unitId && each.criterionId === cell.criterionId,
    );
    return stored?.note ?? "";
  }

  const prepare = (changes: readonly CellChange[]) => withAnswers(changes, warnings.value, answers);
  /** After a fresh read, answers and saved notes belong to figures that are gone. */
  function reset() {
    answers.clear();
    savedNotes.clear();
  }

  /** After a save: the answers were sent, and the notes saved are the cells' notes now. */
  function saved(cells: readonly { unitId: string; criterionId: string; note: string | null }[]) {
    answers.clear();
    for (const cell of cells) savedNotes.set(cellKey(cell), cell.note ?? "");
  }

  return { warnings, unanswered, answer, setAnswer, noteOf, prepare, reset, saved };
}

export type FigureWarnings = ReturnType<typeof useFigureWarnings>;
