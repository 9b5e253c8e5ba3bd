import ExcelJS from "exceljs";
import { heatCell } from "@thidua/core";
import type { ColumnKind, Row, TableDocument } from "./table";

/**
 * Excel number formats are written in its neutral notation ("," groups, "." marks decimals) and
 * shown in the reader's own convention, so a Vietnamese Excel shows 1.234,50. Values keep up to
 * four decimals without a trailing mark, which only the General format does.
 */
export const EXCEL_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: "0",
  points: "#,##0.00",
  value: "General",
  movement: '"▲"0;"▼"0;"–"',
};

export const BRAND_ARGB = "FF7F1D1D";
const GROUP_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF5F5F4" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFD6D3D1" } },
  bottom: { style: "thin", color: { argb: "FFD6D3D1" } },
  left: { style: "thin", color: { argb: "FFD6D3D1" } },
  right: { style: "thin", color: { argb: "FFD6D3D1" } },
};

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** The dashboard's heat map colours, background and text, for a cell of a heat row. */
export function heatColours(points: number | null, heat: NonNullable<Row["heat"]>) {
  const look = heatCell(points, heat.maxPoints, heat.role);
  return look.state === "band" ? { fill: argb(look.band.background), font: argb(look.band.text) } : null;
}

/** The header row's number: the title, the subtitle lines and one blank row come first. */
export const headerRowOf = (doc: TableDocument) => doc.subtitle.length + 3;

/** Adds a table as a worksheet: title, subtitle, a frozen filterable header, typed and formatted figures, notes. */
export function addTableSheet(workbook: ExcelJS.Workbook, doc: TableDocument): ExcelJS.Worksheet {
  const headerRow = headerRowOf(doc);
  const sheet = workbook.addWorksheet(doc.sheetName, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getCell(1, 1).value = doc.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14, color: { argb: BRAND_ARGB } };
  doc.subtitle.forEach((line, index) => {
    sheet.getCell(2 + index, 1).value = line;
    sheet.getCell(2 + index, 1).font = { italic: true };
  });
  doc.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: BRAND_ARGB } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = THIN;
  });
  sheet.getRow(headerRow).height = 32;
  doc.rows.forEach((row, rowIndex) => {
    const excelRow = sheet.getRow(headerRow + 1 + rowIndex);
    row.cells.forEach((value, index) => {
      const column = doc.columns[index];
      const cell = excelRow.getCell(index + 1);
      cell.value = value;
      cell.border = THIN;
      const format = column && EXCEL_FORMATS[column.kind];
      if (format && typeof value === "number") cell.numFmt = format;
      if (column?.kind === "text") cell.alignment = { wrapText: true, vertical: "top" };
      const heat = column?.heat && row.heat && typeof value === "number" ? heatColours(value, row.heat) : null;
      if (heat) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: heat.fill } };
      else if (row.emphasis) cell.fill = GROUP_FILL;
      if (heat || row.emphasis)
        cell.font = { bold: row.emphasis !== undefined, color: { argb: heat?.font ?? "FF1C1917" } };
    });
  });
  if (doc.rows.length > 0) {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + doc.rows.length, column: doc.columns.length },
    };
  }
  (doc.notes ?? []).forEach((line, index) => {
    const cell = sheet.getCell(headerRow + doc.rows.length + 2 + index, 1);
    cell.value = line;
    cell.font = { italic: true, color: { argb: "FF57534E" } };
  });
  return sheet;
}

/** A table as an .xlsx file of one sheet. */
export async function tableXlsx(doc: TableDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  workbook.title = doc.title;
  addTableSheet(workbook, doc);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
