import Papa from "papaparse";
import type { Position, SheetSize } from "./sheet-navigation";

/**
 * Rows of cells copied from Excel or a similar sheet: tab-separated, one line per row, quoted when a
 * cell holds a tab or a line break. The line break Excel adds after the last row is not a row.
 */
export function parseClipboardBlock(text: string): string[][] {
  const trimmed = text.replace(/\r?\n$/, "");
  if (trimmed === "") return [];
  const { data } = Papa.parse<string[]>(trimmed, { delimiter: "\t", quoteChar: '"', header: false });
  return data;
}

export interface PlacedText extends Position {
  text: string;
}

/** The block laid on the sheet from `start` rightwards and downwards; what falls off the sheet is dropped. */
export function placeBlock(block: readonly string[][], start: Position, size: SheetSize): PlacedText[] {
  return block.flatMap((cells, rowOffset) =>
    cells.flatMap((text, colOffset) => {
      const row = start.row + rowOffset;
      const col = start.col + colOffset;
      return row < size.rows && col < size.cols ? [{ row, col, text }] : [];
    }),
  );
}
