import { z } from "zod";
import { formatValue } from "@thidua/core";
import type { EntryCellRead } from "@thidua/documents";
import type { Locale } from "../../i18n/locale";
import type { MessageKey } from "../../i18n/messages";
import { translate, type MessageParams } from "../../i18n/translate";

export const ZPreviewStatus = z.enum(["new", "changed", "unchanged", "refused"]);
export type TPreviewStatus = z.output<typeof ZPreviewStatus>;

/** One fillable cell of an uploaded sheet: where it is, what it held before, what it would hold, and why not. */
export const ZPreviewCell = z.object({
  address: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  criterionId: z.string(),
  criterionCode: z.string(),
  field: z.enum(["reported", "verified", "target"]),
  status: ZPreviewStatus,
  /** As the file shows it. */
  text: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  /** Why the cell is refused, in the caller's language. */
  reason: z.string().nullable(),
});
export type TPreviewCell = z.output<typeof ZPreviewCell>;

export const ZPreviewSummary = z.record(ZPreviewStatus, z.number().int());

export const summarise = (cells: TPreviewCell[]) => {
  const summary: Record<TPreviewStatus, number> = { new: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const cell of cells) summary[cell.status]++;
  return summary;
};

/** A cell's figure as read from the file, or the reason it cannot be read, translated. */
export function figureOf(
  cell: EntryCellRead,
  locale: Locale,
): { value: number | null; refusal: { reason: MessageKey; params?: MessageParams } | null } {
  const { reading, text } = cell;
  switch (reading.kind) {
    case "empty":
      return { value: null, refusal: null };
    case "number":
      return { value: reading.value, refusal: null };
    case "ambiguous":
      return {
        value: null,
        refusal: {
          reason: "sheet.cell.ambiguous",
          params: {
            text,
            first: formatValue(reading.readings[0], locale),
            second: formatValue(reading.readings[1], locale),
          },
        },
      };
    case "formula":
      return { value: null, refusal: { reason: "sheet.cell.formula", params: { text } } };
    case "closed":
      return { value: null, refusal: { reason: "sheet.cell.closed" } };
    default:
      return { value: null, refusal: { reason: "sheet.cell.notNumber", params: { text } } };
  }
}

export const describe = (refusal: { reason: MessageKey; params?: MessageParams }, locale: Locale) =>
  translate(refusal.reason, locale, refusal.params);
