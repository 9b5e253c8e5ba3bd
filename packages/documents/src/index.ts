/**
 * thidua's documents: pure functions from plain data (what the API's procedures answer) to file
 * bytes. Spreadsheets through exceljs, CSV through papaparse, Word through docx, PDF through
 * pdfmake with embedded Noto Serif. No database, no HTTP.
 */
export type { Column, ColumnKind, Row, TableDocument } from "./table/table";
export { tableXlsx, EXCEL_FORMATS } from "./table/xlsx";
export { tableCsv } from "./table/csv";
export { cellText } from "./table/cell-text";
export { rankingTable, type RankingData } from "./exports/ranking";
export { heatMapTable, type HeatMapData } from "./exports/heat-map";
export { trendTable, type TrendData } from "./exports/trend";
export type { PeriodView } from "./exports/period";
export type { EntryField, EntryMarker, EntrySheet, EntrySheetKind } from "./entry-sheet/entry-sheet";
export { entrySheetXlsx } from "./entry-sheet/template";
export {
  EntrySheetError,
  MAX_ENTRY_SHEET_BYTES,
  readEntrySheet,
  type EntryCellRead,
  type EntrySheetExpectation,
  type EntrySheetProblem,
  type EntrySheetRead,
} from "./entry-sheet/read";
export {
  quarterEntrySheet,
  targetsEntrySheet,
  type QuarterSheetData,
  type SheetCriterion,
  type TargetsSheetData,
} from "./entry-sheet/quarter-sheet";
export { briefingPdf, briefingDefinition } from "./pdf/briefing";
export type { BlocHighlights, BriefingBloc, BriefingData, CompletenessTable, HighlightUnit } from "./pdf/briefing-data";
export type { Block, OfficialDocument, Run, Signature } from "./official/official-document";
export { placeAndDate, vietnamTime } from "./official/official-document";
export { officialDocx } from "./official/docx";
export { officialPdf } from "./official/pdf";
export { awardMinutes, awardProposal, type AwardDossierData } from "./official/award-dossier";
export { selfAssessmentReport, vietnamMoment, type SelfAssessmentData } from "./official/self-assessment";
