import ExcelJS from "exceljs";
import { BRAND_ARGB } from "../table/xlsx";
import { ENTRY_SHEET_VERSION, MARKER_SHEET, type EntryMarker, type EntrySheet } from "./entry-sheet";

const FIXED_COLUMNS = [
  { header: "Mã", width: 8 },
  { header: "Nhóm", width: 7 },
  { header: "Tiêu chí", width: 46 },
  { header: "Đơn vị tính", width: 12 },
  { header: "Điểm tối đa", width: 9 },
  { header: "Cách nhập", width: 22 },
] as const;

const UNIT_ROW = 5;
const HEADER_ROW = 6;
export const FIRST_DATA_ROW = 7;

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const INPUT_FILL = solid("FFFFFBEB");
const CONTEXT_FILL = solid("FFF5F5F4");
const CLOSED_FILL = solid("FFE7E5E4");
const BORDER: Partial<ExcelJS.Borders> = Object.fromEntries(
  (["top", "bottom", "left", "right"] as const).map((side) => [side, { style: "thin", color: { argb: "FFD6D3D1" } }]),
);

/**
 * The fillable workbook: a sheet of criteria × units, where only the cells to fill are unlocked
 * (the sheet is protected without a password: it guards against slips, the upload checks everything
 * anyway), each with a validation that says what it takes, and a very hidden sheet with the marker.
 */
export async function entrySheetXlsx(sheet: EntrySheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  workbook.title = sheet.title;
  const ws = workbook.addWorksheet(sheet.sheetName, {
    views: [{ state: "frozen", xSplit: 3, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.getCell(1, 1).value = sheet.title;
  ws.getCell(1, 1).font = { bold: true, size: 14, color: { argb: BRAND_ARGB } };
  sheet.subtitle.forEach((line, index) => {
    ws.getCell(2 + index, 1).value = line;
    ws.getCell(2 + index, 1).font = { italic: true };
  });
  ws.getCell(4, 1).value = sheet.instructions.join(" ");
  ws.getCell(4, 1).font = { color: { argb: "FF57534E" } };

  const header = (row: number, column: number, text: string) => {
    const cell = ws.getCell(row, column);
    cell.value = text;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = solid(BRAND_ARGB);
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  };
  FIXED_COLUMNS.forEach((column, index) => {
    ws.getColumn(index + 1).width = column.width;
    header(HEADER_ROW, index + 1, column.header);
    header(UNIT_ROW, index + 1, "");
  });
  ws.getRow(HEADER_ROW).height = 30;
  ws.getRow(UNIT_ROW).height = 30;

  const marker: EntryMarker = {
    app: "thidua",
    kind: sheet.kind,
    version: ENTRY_SHEET_VERSION,
    blocId: sheet.bloc.id,
    blocCode: sheet.bloc.code,
    year: sheet.year,
    quarter: sheet.quarter,
    unitId: sheet.unitId,
    sheetName: sheet.sheetName,
    rows: sheet.criteria.map((criterion, index) => ({
      row: FIRST_DATA_ROW + index,
      criterionId: criterion.id,
      code: criterion.code,
      open: criterion.open,
    })),
    columns: [],
  };

  sheet.criteria.forEach((criterion, index) => {
    const row = FIRST_DATA_ROW + index;
    const values = [
      criterion.code,
      criterion.groupCode,
      criterion.name,
      criterion.unitOfMeasure ?? "",
      criterion.maxPoints,
      criterion.open ? criterion.entryHint : "Chỉ nhập ở quý IV",
    ];
    values.forEach((value, column) => {
      const cell = ws.getCell(row, column + 1);
      cell.value = value;
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: column === 2 || column === 5 };
      if (column === 4) cell.numFmt = "#,##0.00";
    });
  });

  let column = FIXED_COLUMNS.length + 1;
  for (const unit of sheet.units) {
    const first = column;
    for (const entry of unit.columns) {
      ws.getColumn(column).width = entry.field ? 13 : 11;
      header(HEADER_ROW, column, entry.header);
      if (entry.field) marker.columns.push({ column, unitId: unit.id, field: entry.field });
      sheet.criteria.forEach((criterion, index) => {
        const cell = ws.getCell(FIRST_DATA_ROW + index, column);
        cell.value = entry.values.get(criterion.id) ?? null;
        cell.numFmt = "General";
        cell.border = BORDER;
        const fillable = entry.field !== null && criterion.open;
        cell.fill = fillable ? INPUT_FILL : entry.field ? CLOSED_FILL : CONTEXT_FILL;
        if (!fillable) return;
        cell.protection = { locked: false };
        cell.dataValidation = criterion.yesNo
          ? {
              type: "list",
              allowBlank: true,
              formulae: ['"0,1"'],
              showErrorMessage: true,
              error: "Nhập 1 (có) hoặc 0 (không).",
            }
          : {
              type: criterion.whole ? "whole" : "decimal",
              operator: "greaterThanOrEqual",
              allowBlank: true,
              formulae: [0],
              showErrorMessage: true,
              error: criterion.whole ? "Nhập một số nguyên không âm." : "Nhập một số không âm.",
            };
      });
      column++;
    }
    header(UNIT_ROW, first, unit.name);
    for (let other = first + 1; other < column; other++) header(UNIT_ROW, other, unit.name);
    if (column - 1 > first) ws.mergeCells(UNIT_ROW, first, UNIT_ROW, column - 1);
  }
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const hidden = workbook.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  hidden.getCell(1, 1).value = JSON.stringify(marker);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
