import { formatQuarter, type Locale, type Quarter } from "@thidua/core";
import { labelsOf } from "../labels";

/** Which period and scores a document shows, as the ranking procedures answer it. */
export interface PeriodView {
  year: number;
  quarter: Quarter;
  basis: "YTD" | "QUARTER";
  side: "verified" | "self";
  status: "OPEN" | "LOCKED" | "PUBLISHED";
}

/** "Quý II/2025 · Lũy kế từ đầu năm · Điểm thẩm định", and a warning line when the quarter is a draft. */
export function periodLines(period: PeriodView, locale: Locale): string[] {
  const labels = labelsOf(locale);
  const quarter = formatQuarter(period.quarter, period.year, { locale });
  const lines = [`${quarter} · ${labels.basis[period.basis]} · ${labels.side[period.side]}`];
  if (period.status !== "PUBLISHED") lines.push(labels.draft);
  return lines;
}
