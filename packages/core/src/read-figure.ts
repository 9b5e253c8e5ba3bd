import { parseNumber } from "./parse-number";

/**
 * A figure typed as text in a file from outside (an uploaded spreadsheet), where nobody knows which
 * language's marks it was written in: read both ways, and when the two readings differ ("127.600"
 * is 127600 in Vietnamese and 127.6 in English) say so instead of guessing.
 */
export type FigureReading =
  { kind: "number"; value: number } | { kind: "ambiguous"; readings: [number, number] } | { kind: "invalid" };

export function readFigure(text: string): FigureReading {
  const vi = parseNumber(text, "vi");
  const en = parseNumber(text, "en");
  if (vi === null && en === null) return { kind: "invalid" };
  if (vi !== null && en !== null && vi !== en) return { kind: "ambiguous", readings: [vi, en] };
  return { kind: "number", value: (vi ?? en) as number };
}
