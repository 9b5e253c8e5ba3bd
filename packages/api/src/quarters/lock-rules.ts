import { romanQuarter } from "@thidua/core";
import type { Prisma } from "@thidua/db";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locale";
import type { Member } from "../data/bloc-year-grid";

/**
 * The quarters before `quarter` that are still open. A quarter nobody ever opened (no period row:
 * no deadline, no submission, no lock) and without a single figure was not held by this bloc-year,
 * like the first half of 2025 for a cluster formed on 1 July 2025: it does not hold the next ones back.
 */
export async function earlierOpenQuarters(
  tx: Prisma.TransactionClient,
  { blocYearId, quarter, criterionIds }: { blocYearId: string; quarter: number; criterionIds: string[] },
): Promise<number[]> {
  if (quarter === 1) return [];
  const [periods, withFigures] = await Promise.all([
    tx.period.findMany({ where: { blocYearId, quarter: { lt: quarter } }, select: { quarter: true, status: true } }),
    tx.result.groupBy({ by: ["quarter"], where: { quarter: { lt: quarter }, criterionId: { in: criterionIds } } }),
  ]);
  const statuses = new Map(periods.map((period) => [period.quarter, period.status]));
  const held = new Set(withFigures.map((row) => row.quarter));
  return [1, 2, 3]
    .filter((earlier) => earlier < quarter)
    .filter((earlier) => {
      const status = statuses.get(earlier);
      return status === undefined ? held.has(earlier) : status === "OPEN";
    });
}

export function earlierOpenError(quarter: number, year: number, earlier: number[], locale: Locale): AppError {
  const names = earlier.map((q) => `${locale === "en" ? "quarter" : "quý"} ${romanQuarter(q)}/${year}`);
  return new AppError("PRECONDITION_FAILED", "period.earlierOpen", {
    quarter: `${romanQuarter(quarter)}/${year}`,
    earlier: names.join(", "),
  });
}

/** Members whose sheet of the quarter is not verified, in the bloc's order. */
export async function unverifiedMembers(
  tx: Prisma.TransactionClient,
  { periodId, members }: { periodId: string | null; members: Member[] },
): Promise<Member[]> {
  const verified = periodId
    ? await tx.unitSheet.findMany({ where: { periodId, state: "VERIFIED" }, select: { unitId: true } })
    : [];
  const verifiedIds = new Set(verified.map((sheet) => sheet.unitId));
  return members.filter((member) => !verifiedIds.has(member.id));
}

/** How many unverified units a refusal names before it says "…": the count is always given. */
const NAMED_UNITS = 5;

export function unverifiedError(quarter: number, year: number, units: Member[]): AppError {
  const names = units.slice(0, NAMED_UNITS).map((unit) => unit.name);
  if (units.length > NAMED_UNITS) names.push("…");
  return new AppError("PRECONDITION_FAILED", "period.unverified", {
    count: units.length,
    units: names.join(", "),
    quarter: `${romanQuarter(quarter)}/${year}`,
  });
}
