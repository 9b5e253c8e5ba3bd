/**
 * An entry sheet is a spreadsheet people fill in offline and upload back: the quarter's figures
 * or the year's targets. Criteria run down, units across; each unit has a few columns, some for
 * context (targets, earlier quarters) and some to fill in. A hidden sheet records which bloc,
 * year and quarter it was made for and what every row and column holds, so an upload is read by
 * that map, never by guessing from headings.
 */

export type EntrySheetKind = "quarter" | "targets";

/** What a fillable column holds: a unit's self-assessed figure, its verified figure, or its target. */
export type EntryField = "reported" | "verified" | "target";

export const ENTRY_SHEET_VERSION = 1;

export interface EntryColumn {
  header: string;
  /** The field this column fills; null for a read-only context column. */
  field: EntryField | null;
  values: ReadonlyMap<string, number | null>;
}

export interface EntryCriterion {
  id: string;
  code: string;
  groupCode: string;
  name: string;
  unitOfMeasure: string | null;
  maxPoints: number;
  /** How the figure is entered, in words ("Có = 1, Không = 0", "số lần vi phạm"). */
  entryHint: string;
  /** Whole numbers only (events, items) or 0 / 1. */
  whole: boolean;
  yesNo: boolean;
  /** False for a criterion not due this period (a year-end criterion before quarter IV): shown, not filled. */
  open: boolean;
}

export interface EntrySheet {
  kind: EntrySheetKind;
  bloc: { id: string; code: string; name: string };
  year: number;
  quarter: number | null;
  /** The one unit a member unit's sheet is for; null for a coordinator's sheet of all units. */
  unitId: string | null;
  sheetName: string;
  title: string;
  subtitle: string[];
  instructions: string[];
  criteria: EntryCriterion[];
  units: { id: string; name: string; columns: EntryColumn[] }[];
}

/** The hidden record of what a sheet was made for and where each figure sits. */
export interface EntryMarker {
  app: "thidua";
  kind: EntrySheetKind;
  version: number;
  blocId: string;
  blocCode: string;
  year: number;
  quarter: number | null;
  unitId: string | null;
  sheetName: string;
  /** The first and last row of figures. */
  rows: { row: number; criterionId: string; code: string; open: boolean }[];
  columns: { column: number; unitId: string; field: EntryField }[];
}

export const MARKER_SHEET = "thidua";
