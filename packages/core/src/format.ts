import type { CodedPoints, GroupTerm } from "./explanation";
import type { Quarter } from "./types";

export type Locale = "vi" | "en";

/** The number conventions each interface language reads: 127.600 and 3,7 in Vietnamese, 127,600 and 3.7 in English. */
const NUMBER_LOCALES: Record<Locale, string> = { vi: "vi-VN", en: "en-US" };

/** The language tag Intl (and so Chart.js's own tick labels) formats numbers with. */
export const intlLocale = (locale: Locale): string => NUMBER_LOCALES[locale];

const intlFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number written the way the reader's language writes it: Vietnamese 3,7 and 127.600, English
 * 3.7 and 127,600 (in English "127.600" reads as 127.6). Formatters are costly to build, so one per
 * language and precision is kept.
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = intlFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[locale], { maximumFractionDigits });
    intlFormats.set(key, format);
  }
  // -0 (e.g. no deduction, negated) must print as 0.
  return format.format(value === 0 ? 0 : value);
}

/** 110,75% (110.75% in English): the percent sign follows the number directly, as in Vietnamese reports. */
export function formatPercent(percent: number, locale: Locale, maximumFractionDigits = 2): string {
  return `${formatNumber(percent, locale, maximumFractionDigits)}%`;
}

/** Points are kept to two decimals. */
export function formatPoints(points: number, locale: Locale): string {
  return formatNumber(points, locale, 2);
}

/** Reported figures are stored with up to four decimals (e.g. 3,7125 tỷ đồng). */
export function formatValue(value: number, locale: Locale): string {
  return formatNumber(value, locale, 4);
}

/**
 * A figure with the criterion's unit of measure as the bloc wrote it: "39% hộ", "12 cuộc",
 * "3,7 tỷ đồng"; the bare number when the criterion has no unit.
 */
export function formatQuantity(value: number, unit: string | null, locale: Locale): string {
  const number = formatValue(value, locale);
  const written = unit?.trim() ?? "";
  if (written === "") return number;
  return written.startsWith("%") ? `${number}${written}` : `${number} ${written}`;
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

/** "II.1 10 + II.2 4,1": the terms of a subtotal, by code. */
export function formatCodedSum(items: readonly CodedPoints[], locale: Locale): string {
  return items.length === 0
    ? "0"
    : items.map((item) => `${item.code} ${formatPoints(item.points, locale)}`).join(" + ");
}

/**
 * "VI.1 4 + VI.2 4 + VI.3 0 − VI.4 1": a group's rows as they add up, deductions taken away, so the
 * sum reads like the column it explains.
 */
export function formatGroupTerms(terms: readonly GroupTerm[], locale: Locale): string {
  if (terms.length === 0) return "0";
  return terms
    .map((term, index) => {
      const deducted = term.role === "DEDUCTION";
      const figure = `${term.code} ${formatPoints(deducted ? -term.points : term.points, locale)}`;
      if (index === 0) return deducted ? `− ${figure}` : figure;
      return `${deducted ? "−" : "+"} ${figure}`;
    })
    .join(" ");
}

/** The number formats of one language, for code that writes many figures in it (explanations, pages). */
export interface NumberFormats {
  locale: Locale;
  number: (value: number, maximumFractionDigits?: number) => string;
  percent: (percent: number, maximumFractionDigits?: number) => string;
  points: (points: number) => string;
  value: (value: number) => string;
  quantity: (value: number, unit: string | null) => string;
  codedSum: (items: readonly CodedPoints[]) => string;
  groupTerms: (terms: readonly GroupTerm[]) => string;
}

const formatsByLocale = new Map<Locale, NumberFormats>();

export function numberFormats(locale: Locale): NumberFormats {
  let formats = formatsByLocale.get(locale);
  if (formats === undefined) {
    formats = {
      locale,
      number: (value, digits) => formatNumber(value, locale, digits),
      percent: (percent, digits) => formatPercent(percent, locale, digits),
      points: (points) => formatPoints(points, locale),
      value: (value) => formatValue(value, locale),
      quantity: (value, unit) => formatQuantity(value, unit, locale),
      codedSum: (items) => formatCodedSum(items, locale),
      groupTerms: (terms) => formatGroupTerms(terms, locale),
    };
    formatsByLocale.set(locale, formats);
  }
  return formats;
}
