import type { CriterionRoleName, Locale } from "@thidua/core";

/** How a column's figures are kept and shown: the number stays a number, only its display differs. */
export type ColumnKind = "text" | "integer" | "points" | "value" | "movement";

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Characters, for the spreadsheet. */
  width: number;
  /** Cells of this column are coloured by their share of the row's maximum, as the dashboard's heat map. */
  heat?: boolean;
}

export type CellValue = string | number | null;

export interface Row {
  cells: CellValue[];
  /** Subtotal rows (a criteria group) and the closing total row are set apart. */
  emphasis?: "group" | "total";
  /** What a heat cell of this row is judged against. */
  heat?: { maxPoints: number; role: CriterionRoleName };
}

/** A titled table: what every export (ranking, heat map, trend) is before it becomes a file. */
export interface TableDocument {
  locale: Locale;
  /** The sheet's name; Excel allows 31 characters and none of : \ / ? * [ ]. */
  sheetName: string;
  title: string;
  /** Lines under the title: the bloc, the period, the basis and side. */
  subtitle: string[];
  columns: Column[];
  rows: Row[];
  /** Lines after the table: what a reader must know to read it (classification bands, notes). */
  notes?: string[];
}
