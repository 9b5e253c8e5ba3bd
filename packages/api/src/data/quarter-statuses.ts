import { z } from "zod";
import { ZQuarter } from "../schemas";
import type { PeriodStatus, Prisma, PrismaClient } from "@thidua/db";
import { deadlineText } from "../sheets/sheet-status";

type Db = PrismaClient | Prisma.TransactionClient;

export const ZPeriodStatus = z.enum(["OPEN", "LOCKED", "PUBLISHED"] as const satisfies readonly PeriodStatus[]);

export const ZQuarterStatus = z.object({
  quarter: ZQuarter,
  status: ZPeriodStatus,
  /** Null for a quarter nobody has opened, locked or published yet. */
  updatedAt: z.date().nullable(),
  updatedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** The last day to submit the self-assessment, "yyyy-mm-dd"; null when none is set. */
  deadline: z.string().nullable(),
});
export type TQuarterStatus = z.output<typeof ZQuarterStatus>;

export const periodSelect = {
  quarter: true,
  status: true,
  deadline: true,
  updatedAt: true,
  updatedById: true,
} as const;
type StoredPeriod = Prisma.PeriodGetPayload<{ select: typeof periodSelect }>;

const QUARTERS = [1, 2, 3, 4] as const;

/** The four quarters of a bloc-year in order; a quarter without a row yet is open for entry. */
export async function fourQuarters(db: Db, periods: StoredPeriod[]): Promise<TQuarterStatus[]> {
  const userIds = [...new Set(periods.flatMap((period) => (period.updatedById ? [period.updatedById] : [])))];
  const users =
    userIds.length === 0
      ? []
      : await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
  const usersById = new Map(users.map((user) => [user.id, user]));
  return QUARTERS.map((quarter) => {
    const period = periods.find((candidate) => candidate.quarter === quarter);
    if (!period) return { quarter, status: "OPEN", updatedAt: null, updatedBy: null, deadline: null };
    const updatedBy = period.updatedById ? usersById.get(period.updatedById) : undefined;
    return {
      quarter,
      status: period.status,
      updatedAt: period.updatedAt,
      updatedBy: updatedBy ?? null,
      deadline: deadlineText(period.deadline),
    };
  });
}
