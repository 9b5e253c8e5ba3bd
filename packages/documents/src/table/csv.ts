import Papa from "papaparse";
import type { TableDocument } from "./table";

/**
 * Excel opens a CSV in the reader's regional settings: a Vietnamese Windows separates fields with
 * ";" and marks decimals with ","; an English one uses "," and ".". So a Vietnamese file is written
 * 3,7;127600 and an English one 3.7,127600, numbers without thousands marks so Excel reads them as
 * numbers. The byte order mark tells Excel the file is UTF-8 (without it Vietnamese is mangled).
 */
const CONVENTIONS = {
  vi: { delimiter: ";", decimal: "," },
  en: { delimiter: ",", decimal: "." },
} as const;

const BOM = "\uFEFF";

function plainNumber(value: number, decimal: string): string {
  // Four decimals at most, as figures are stored; no exponent for large values.
  const text = (Math.round(value * 1e4) / 1e4).toFixed(4).replace(/\.?0+$/, "");
  return decimal === "." ? text : text.replace(".", decimal);
}

/** A table as CSV: its header and rows only (no title), so it reads back as data. */
export function tableCsv(doc: TableDocument): Buffer {
  const { delimiter, decimal } = CONVENTIONS[doc.locale];
  const rows = doc.rows.map((row) =>
    row.cells.map((value) => (typeof value === "number" ? plainNumber(value, decimal) : (value ?? ""))),
  );
  const text = Papa.unparse([doc.columns.map((column) => column.header), ...rows], {
    delimiter,
    newline: "\r\n",
  });
  return Buffer.from(BOM + text + "\r\n", "utf8");
}
