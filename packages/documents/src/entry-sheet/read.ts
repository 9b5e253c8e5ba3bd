import ExcelJS from "exceljs";
import { readFigure, type FigureReading } from "@thidua/core";
import { cellText } from "../table/cell-text";
import {
  ENTRY_SHEET_VERSION,
  MARKER_SHEET,
  type EntryField,
  type EntryMarker,
  type EntrySheetKind,
} from "./entry-sheet";

/** The largest upload read: a 12-unit quarter sheet is about 30 KB, so 1 MiB leaves thirty times that. */
export const MAX_ENTRY_SHEET_BYTES = 1024 * 1024;

/** Why a whole file is refused; nothing in it is read further. */
export type EntrySheetProblem =
  | { code: "tooLarge"; limitBytes: number }
  | { code: "notXlsx" }
  | { code: "notOurTemplate" }
  | { code: "wrongKind"; expected: EntrySheetKind; found: EntrySheetKind }
  | { code: "oldTemplate" }
  | { code: "otherBloc"; blocCode: string }
  | { code: "otherPeriod"; year: number; quarter: number | null }
  | { code: "otherUnit" }
  | { code: "extraSheets"; names: string[] }
  | { code: "sheetMissing"; name: string }
  | { code: "mergedCells"; ranges: string[] }
  | { code: "layoutChanged"; address: string; expected: string; found: string };

export class EntrySheetError extends Error {
  constructor(readonly problem: EntrySheetProblem) {
    super(problem.code);
  }
}

/** One fillable cell as found: its figure read, or why it cannot be. */
export interface EntryCellRead {
  unitId: string;
  criterionId: string;
  field: EntryField;
  /** "H9", so people find it in their file. */
  address: string;
  /** What the cell shows, for the preview. */
  text: string;
  reading: FigureReading | { kind: "empty" } | { kind: "formula" } | { kind: "closed" };
}

export interface EntrySheetRead {
  marker: EntryMarker;
  cells: EntryCellRead[];
}

/** What the upload is expected to be: the sheet kind and, from the request, the bloc and period. */
export interface EntrySheetExpectation {
  kind: EntrySheetKind;
  blocId: string;
  year: number;
  quarter: number | null;
  /** For a member unit: its sheet must be its own. */
  unitId: string | null;
}

function readMarker(workbook: ExcelJS.Workbook): EntryMarker {
  const text = cellText(workbook.getWorksheet(MARKER_SHEET)?.getCell(1, 1).value ?? null);
  let marker: Partial<EntryMarker> | null = null;
  try {
    marker = JSON.parse(text) as Partial<EntryMarker>;
  } catch {
    marker = null;
  }
  if (!marker || marker.app !== "thidua" || !Array.isArray(marker.rows) || !Array.isArray(marker.columns)) {
    throw new EntrySheetError({ code: "notOurTemplate" });
  }
  return marker as EntryMarker;
}

function checkExpected(marker: EntryMarker, expected: EntrySheetExpectation) {
  if (marker.kind !== expected.kind) {
    throw new EntrySheetError({ code: "wrongKind", expected: expected.kind, found: marker.kind });
  }
  if (marker.version !== ENTRY_SHEET_VERSION) throw new EntrySheetError({ code: "oldTemplate" });
  if (marker.blocId !== expected.blocId) throw new EntrySheetError({ code: "otherBloc", blocCode: marker.blocCode });
  if (marker.year !== expected.year || marker.quarter !== expected.quarter) {
    throw new EntrySheetError({ code: "otherPeriod", year: marker.year, quarter: marker.quarter });
  }
  if (expected.unitId !== null && marker.unitId !== expected.unitId) throw new EntrySheetError({ code: "otherUnit" });
}

/** A value typed as a number is that number; text is read in either language's marks, and ambiguity is kept. */
function readCell(cell: ExcelJS.Cell): Pick<EntryCellRead, "text" | "reading"> {
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return { text: `=${"formula" in value ? value.formula : ""}`, reading: { kind: "formula" } };
  }
  if (typeof value === "number") return { text: String(value), reading: { kind: "number", value } };
  const text = cellText(value).trim();
  if (text === "") return { text, reading: { kind: "empty" } };
  return { text, reading: readFigure(text) };
}

/**
 * Reads an uploaded entry sheet, refusing the whole file when it is not one of ours for this bloc
 * and period, has sheets or merged cells of its own, or its rows were moved; otherwise every
 * fillable cell is returned with its reading. Formulas are not evaluated: a cell holding one is
 * returned as such, for the caller to refuse with the reason (the cached result may be stale).
 */
export async function readEntrySheet(file: Buffer, expected: EntrySheetExpectation): Promise<EntrySheetRead> {
  if (file.byteLength > MAX_ENTRY_SHEET_BYTES) {
    throw new EntrySheetError({ code: "tooLarge", limitBytes: MAX_ENTRY_SHEET_BYTES });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new EntrySheetError({ code: "notXlsx" });
  }
  const marker = readMarker(workbook);
  checkExpected(marker, expected);

  const sheet = workbook.getWorksheet(marker.sheetName);
  if (!sheet) throw new EntrySheetError({ code: "sheetMissing", name: marker.sheetName });
  const extra = workbook.worksheets
    .map((other) => other.name)
    .filter((name) => name !== marker.sheetName && name !== MARKER_SHEET);
  if (extra.length > 0) throw new EntrySheetError({ code: "extraSheets", names: extra });

  const firstRow = Math.min(...marker.rows.map((row) => row.row));
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).filter((range) => {
    const rows = range.match(/\d+/g)?.map(Number) ?? [];
    return rows.some((row) => row >= firstRow);
  });
  if (merges.length > 0) throw new EntrySheetError({ code: "mergedCells", ranges: merges });

  for (const row of marker.rows) {
    const found = cellText(sheet.getCell(row.row, 1).value).trim();
    if (found !== row.code) {
      throw new EntrySheetError({
        code: "layoutChanged",
        address: sheet.getCell(row.row, 1).address,
        expected: row.code,
        found,
      });
    }
  }

  const cells: EntryCellRead[] = [];
  for (const row of marker.rows) {
    for (const column of marker.columns) {
      const cell = sheet.getCell(row.row, column.column);
      const read = readCell(cell);
      cells.push({
        unitId: column.unitId,
        criterionId: row.criterionId,
        field: column.field,
        address: cell.address,
        ...(row.open || read.reading.kind === "empty" ? read : { text: read.text, reading: { kind: "closed" } }),
      });
    }
  }
  return { marker, cells };
}
