import type { CodedPoints } from "./explanation";
import type { Quarter } from "./types";

export type Locale = "vi" | "en";

const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * Vietnamese number formatting (3,7; 127.600; 110,75), which users expect whatever the UI language,
 * since the figures are compared with their own reports. Formatters are costly to build, so one per
 * precision is kept.
 */
export function formatNumberVi(value: number, maximumFractionDigits = 2): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (format === undefined) {
    format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  // -0 (e.g. no deduction, negated) must print as 0.
  return format.format(value === 0 ? 0 : value);
}

/** 110,75% — the percent sign follows the number directly, as in Vietnamese reports. */
export function formatPercentVi(percent: number, maximumFractionDigits = 2): string {
  return `${formatNumberVi(percent, maximumFractionDigits)}%`;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** Quarters are written in Roman numerals in Vietnamese documents (quý III). */
export function romanQuarter(quarter: Quarter | number): string {
  return ROMAN[quarter - 1] ?? String(quarter);
}

/**
 * "Quý I/2024" (short, as in headings and tables) or "quý I năm 2024" (long, inside sentences);
 * in English "Q1/2024" or "quarter 1 of 2024".
 */
export function formatQuarter(
  quarter: Quarter,
  year: number,
  options: { style?: "short" | "long"; locale?: Locale } = {},
): string {
  const long = options.style === "long";
  if (options.locale === "en") return long ? `quarter ${quarter} of ${year}` : `Q${quarter}/${year}`;
  return long ? `quý ${romanQuarter(quarter)} năm ${year}` : `Quý ${romanQuarter(quarter)}/${year}`;
}

/** Points are kept to two decimals. */
export function formatPoints(points: number): string {
  return formatNumberVi(points, 2);
}

/** Reported figures are stored with up to four decimals (e.g. 3,7125 tỷ đồng). */
export function formatValue(value: number): string {
  return formatNumberVi(value, 4);
}

/** "II.1 10 + II.2 4,1": the terms of a subtotal, by code. */
export function formatCodedSum(items: readonly CodedPoints[]): string {
  return items.length === 0 ? "0" : items.map((item) => `${item.code} ${formatPoints(item.points)}`).join(" + ");
}
