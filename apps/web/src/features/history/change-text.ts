import type { CellHistoryEntry } from "../../stores/history";

type Change = CellHistoryEntry["changes"][number];
type Scalar = Change["before"];

export interface ChangeWords {
  /** The label of a stored field; unknown fields show under their own name. */
  field(name: string): string;
  /** How an empty value reads. */
  empty: string;
  /** A figure written the interface language's way. */
  number(value: number): string;
  /** A quarter status's name. */
  status(value: string): string;
}

const valueText = (field: string, value: Scalar, words: ChangeWords): string => {
  if (value === null || value === "") return words.empty;
  if (typeof value === "number") return words.number(value);
  if (field === "status") return words.status(String(value));
  return String(value);
};

/** One change as a line: "Số liệu tự chấm: 100 → 120". */
export function changeText(change: Change, words: ChangeWords): string {
  const { field } = change;
  return `${words.field(field)}: ${valueText(field, change.before, words)} → ${valueText(field, change.after, words)}`;
}
