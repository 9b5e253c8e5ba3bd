/** A cell of the sheet by its row (criterion) and column (a unit's self or verified figure). */
export interface Position {
  row: number;
  col: number;
}

export interface SheetSize {
  rows: number;
  cols: number;
}

export type Move = "up" | "down" | "left" | "right" | "next" | "previous";

/** Where a move leads, as in a spreadsheet: stops at the edges, Tab wraps to the next or previous row. */
export function moveFrom({ row, col }: Position, move: Move, { rows, cols }: SheetSize): Position {
  const clamp = (value: number, size: number) => Math.min(Math.max(value, 0), size - 1);
  switch (move) {
    case "up":
      return { row: clamp(row - 1, rows), col };
    case "down":
      return { row: clamp(row + 1, rows), col };
    case "left":
      return { row, col: clamp(col - 1, cols) };
    case "right":
      return { row, col: clamp(col + 1, cols) };
    case "next":
      if (col < cols - 1) return { row, col: col + 1 };
      return row < rows - 1 ? { row: row + 1, col: 0 } : { row, col };
    case "previous":
      if (col > 0) return { row, col: col - 1 };
      return row > 0 ? { row: row - 1, col: cols - 1 } : { row, col };
  }
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** Where the caret stands in the cell being edited. */
export interface Caret {
  atStart: boolean;
  atEnd: boolean;
}

/**
 * The move a key asks for, or null to let the input have it. A cell that is only selected (not being
 * edited) moves on every arrow, like a spreadsheet; while editing, left and right move the caret
 * until it reaches the text's end.
 */
export function keyMove(press: KeyPress, editing: boolean, caret: Caret): Move | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  switch (press.key) {
    case "Tab":
      return press.shiftKey ? "previous" : "next";
    case "Enter":
      return press.shiftKey ? "up" : "down";
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "ArrowLeft":
      return !editing || caret.atStart ? "left" : null;
    case "ArrowRight":
      return !editing || caret.atEnd ? "right" : null;
    default:
      return null;
  }
}
