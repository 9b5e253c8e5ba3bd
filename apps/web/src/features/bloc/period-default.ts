import type { QuarterStatus } from "@thidua/core";

// Which quarter a page opens on is the same rule on the server (pages loaded in one call) and here.
export { defaultPeriod, hasFigures, latestQuarterWithData } from "@thidua/core";
export type { QuarterStatus, QuarterStatusName, YearPeriods } from "@thidua/core";

/**
 * The quarter to enter figures in: the earliest open quarter after the last locked or published one
 * (quarters are entered in order, and one before a bloc's first closed quarter, such as a cluster
 * founded mid-year, is never entered); the last closed one, to read, when none is open after it.
 */
export function quarterToEnter(periods: readonly Pick<QuarterStatus, "quarter" | "status">[]): number {
  const closed = periods.filter((period) => period.status !== "OPEN").map((period) => period.quarter);
  const lastClosed = Math.max(0, ...closed);
  const open = periods
    .filter((period) => period.status === "OPEN" && period.quarter > lastClosed)
    .map((period) => period.quarter);
  return open.length > 0 ? Math.min(...open) : Math.max(1, lastClosed);
}
