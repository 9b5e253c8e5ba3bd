export type QuarterStatusName = "OPEN" | "LOCKED" | "PUBLISHED";

/** A quarter's status as a period picker reads it. */
export interface QuarterStatus {
  quarter: number;
  status: QuarterStatusName;
  /** Null for a quarter nobody has opened yet: it has no figures. */
  updatedAt: Date | null;
}

export interface YearPeriods {
  year: number;
  periods: QuarterStatus[];
}

/** A quarter nobody opened for entry yet has no figures of its own. */
export function hasFigures(period: QuarterStatus): boolean {
  return period.updatedAt !== null || period.status !== "OPEN";
}

/**
 * The last quarter of a year with figures: the last one opened for entry (the demo data and the
 * coordinators open a quarter when they start entering it), or for unit users the last published
 * one, since they see nothing else.
 */
export function latestQuarterWithData(periods: readonly QuarterStatus[], publishedOnly: boolean): number | null {
  const withData = periods.filter((period) => (publishedOnly ? period.status === "PUBLISHED" : hasFigures(period)));
  return withData.length === 0 ? null : Math.max(...withData.map((period) => period.quarter));
}

/**
 * What a page shows when the URL does not say: the newest year and quarter with figures across the
 * given bloc-years; the newest year's first quarter when none has any (the page then says so).
 */
export function defaultPeriod(
  years: readonly YearPeriods[],
  publishedOnly: boolean,
): { year: number; quarter: number } | null {
  const newestFirst = [...years].sort((a, b) => b.year - a.year);
  for (const { year } of newestFirst) {
    const quarters = newestFirst
      .filter((entry) => entry.year === year)
      .map((entry) => latestQuarterWithData(entry.periods, publishedOnly) ?? 0);
    const quarter = Math.max(...quarters);
    if (quarter > 0) return { year, quarter };
  }
  const newest = newestFirst[0];
  return newest ? { year: newest.year, quarter: 1 } : null;
}
