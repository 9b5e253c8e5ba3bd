import {
  figureProblem,
  formatPoints,
  formatValue,
  parseNumber,
  type CriterionKind,
  type FigureCriterion,
  type Locale,
} from "@thidua/core";

/** What a cell's check needs of its criterion. */
export type CellCriterion = FigureCriterion;

/** Why a typed figure cannot be saved; the same rules the server applies, named for the message. */
export type CellProblem =
  | { code: "notNumber" }
  | { code: "negative" }
  | { code: "wholeNumber" }
  | { code: "yesNo" }
  | { code: "aboveMax"; max: string }
  | { code: "countFraction"; unit: string }
  | { code: "percentAbove100" };

export type ParsedCell = { ok: true; value: number | null } | { ok: false; problem: CellProblem };

// Yes/no answers are typed as words as often as as 1/0, in either language.
const YES = new Set(["1", "có", "co", "c", "x", "đạt", "dat", "yes", "y", "true"]);
const NO = new Set(["0", "không", "khong", "k", "ko", "chưa", "chua", "no", "n", "false"]);

/**
 * Reads what was typed or pasted into a cell of this criterion: a figure, an empty cell, or why not.
 * Either decimal mark is read; "127.600" and "127,600" are read the interface language's way.
 */
export function parseCell(text: string, criterion: CellCriterion, locale: Locale): ParsedCell {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (criterion.kind === "YES_NO") {
    const word = trimmed.toLowerCase();
    if (YES.has(word)) return { ok: true, value: 1 };
    if (NO.has(word)) return { ok: true, value: 0 };
  }
  const value = parseNumber(trimmed, locale);
  if (value === null) return { ok: false, problem: { code: criterion.kind === "YES_NO" ? "yesNo" : "notNumber" } };
  const problem = valueProblem(value, criterion, locale);
  return problem ? { ok: false, problem } : { ok: true, value };
}

/** The engine's check, the one the server runs on save, with bounds written the page language's way. */
function valueProblem(value: number, criterion: CellCriterion, locale: Locale): CellProblem | null {
  const problem = figureProblem(criterion, value);
  if (problem?.code === "aboveMax") return { code: "aboveMax", max: formatPoints(problem.maxPoints, locale) };
  return problem;
}

/** How a cell is written in the page's language: its yes/no words and its numbers. */
export interface CellWriting {
  locale: Locale;
  yes: string;
  no: string;
}

/** A stored figure as the cell shows it: the language's number style, or the yes/no word. */
export function cellText(value: number | null, kind: CriterionKind, writing: CellWriting): string {
  if (value === null) return "";
  if (kind === "YES_NO" && (value === 1 || value === 0)) return value === 1 ? writing.yes : writing.no;
  return formatValue(value, writing.locale);
}
