import ExcelJS from "exceljs";
import { normaliseText, searchFold } from "@thidua/core";
import { cellText } from "@thidua/documents";
import { AppError } from "../errors";
import { SHEETS, type ColumnOf, type SheetKey } from "./sheets";

/** One data row of a sheet: its row number in the file and its cells by column, as text. */
export interface SheetRow<K extends SheetKey> {
  row: number;
  cells: Record<ColumnOf<K>, string>;
}

export type Workbook = { [K in SheetKey]: SheetRow<K>[] };

// A header is found by its words, not its position: real files add title rows, merge header
// cells over two rows, reorder columns and trail spaces.
const HEADER_SEARCH_ROWS = 10;

function findHeader<K extends SheetKey>(sheet: ExcelJS.Worksheet, key: K) {
  const columns = SHEETS[key].columns as Record<string, { label: string; required: boolean }>;
  for (let rowNumber = 1; rowNumber <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const positions: Partial<Record<string, number>> = {};
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = searchFold(cellText(cell.value));
      for (const [name, definition] of Object.entries(columns)) {
        if (positions[name] === undefined && text === searchFold(definition.label)) positions[name] = column;
      }
    });
    const required = Object.entries(columns).filter(([, definition]) => definition.required);
    if (required.every(([name]) => positions[name] !== undefined)) return { rowNumber, positions };
  }
  return null;
}

/** Reads an uploaded onboarding workbook; a sheet that is absent or has no header reads as empty. */
export async function readWorkbook(file: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError("BAD_REQUEST", "sheet.notXlsx");
  }
  const bySheetName = new Map(workbook.worksheets.map((sheet) => [searchFold(sheet.name), sheet]));
  const result = {} as Workbook;
  let found = 0;
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const sheet = bySheetName.get(searchFold(SHEETS[key].name));
    const header = sheet ? findHeader(sheet, key) : null;
    if (!sheet || !header) {
      result[key] = [] as never;
      continue;
    }
    found++;
    const labels = SHEETS[key].columns as Record<string, { label: string }>;
    const rows: SheetRow<SheetKey>[] = [];
    for (let rowNumber = header.rowNumber + 1; rowNumber <= sheet.rowCount; rowNumber++) {
      const row = sheet.getRow(rowNumber);
      const cells: Record<string, string> = {};
      for (const [name, column] of Object.entries(header.positions)) {
        cells[name] = normaliseText(cellText(row.getCell(column as number).value));
      }
      const values = Object.values(cells);
      if (values.every((value) => value === "")) continue;
      // The second line of a header merged over two rows repeats the labels.
      if (
        Object.entries(cells).every(
          ([name, value]) => value === "" || searchFold(value) === searchFold(labels[name]?.label ?? ""),
        )
      )
        continue;
      rows.push({ row: rowNumber, cells: cells as never });
    }
    result[key] = rows as never;
  }
  if (found === 0) throw new AppError("BAD_REQUEST", "onboarding.noSheets");
  return result;
}
