import { formatQuarter, type Locale, type Quarter } from "@thidua/core";

/** A quarter the unit has figures for, in the bloc it belonged to that year. */
export interface AvailableQuarter {
  year: number;
  quarter: number;
  blocId: string;
  blocName: string;
}

/** The quarter a page shows and the bloc it is ranked in. */
export interface ProgressSelection {
  year: number;
  quarter: number;
  blocId: string;
  /** False when the URL asked for a quarter the caller has no figures for (the API then says why). */
  available: boolean;
}

export const quarterKey = (item: { year: number; quarter: number }): string => `${item.year}-${item.quarter}`;

/** "Quý III/2025" or "Q3/2025". */
export const quarterLabel = (year: number, quarter: number, locale: string): string =>
  formatQuarter(quarter as Quarter, year, { locale: locale === "en" ? "en" : ("vi" satisfies Locale) });

/**
 * What the URL asks for, completed from the quarters available: the latest quarter by default, the
 * latest of a year when only the year is given, and the bloc the unit was in that year.
 */
export function selectQuarter(
  available: readonly AvailableQuarter[],
  asked: { year: number | null; quarter: number | null; blocId: string | null },
): ProgressSelection | null {
  const latest = available.at(-1);
  if (asked.year === null) {
    return latest ? { year: latest.year, quarter: latest.quarter, blocId: latest.blocId, available: true } : null;
  }
  const sameYear = available.filter((item) => item.year === asked.year);
  const quarter = asked.quarter ?? sameYear.at(-1)?.quarter ?? 4;
  const blocId = sameYear.at(-1)?.blocId ?? asked.blocId ?? latest?.blocId;
  if (blocId === undefined) return null;
  const found = sameYear.some((item) => item.quarter === quarter);
  return { year: asked.year, quarter, blocId, available: found };
}

/** The quarters to choose from, newest first; the bloc is named only when the unit changed blocs. */
export function quarterOptions(
  available: readonly AvailableQuarter[],
  locale: string,
): { label: string; value: string }[] {
  const manyBlocs = new Set(available.map((item) => item.blocId)).size > 1;
  return [...available].reverse().map((item) => ({
    label: manyBlocs
      ? `${quarterLabel(item.year, item.quarter, locale)} · ${item.blocName}`
      : quarterLabel(item.year, item.quarter, locale),
    value: quarterKey(item),
  }));
}
