import { z } from "zod";
import type { PeriodAction, Prisma, PrismaClient } from "@thidua/db";
import { deadlineText } from "../sheets/sheet-status";

type Db = PrismaClient | Prisma.TransactionClient;

export const ZQuarterEvent = z.object({
  at: z.date(),
  action: z.enum(["DEADLINE", "LOCK", "PUBLISH", "REOPEN"] as const satisfies readonly PeriodAction[]),
  by: z.string().nullable(),
  reason: z.string().nullable(),
  /** A deadline event's new deadline, "yyyy-mm-dd" (null: removed). */
  deadline: z.string().nullable(),
  /** Members not verified when the quarter was locked (anyway, with the reason). */
  unverified: z.number().int(),
});
export type TQuarterEvent = z.output<typeof ZQuarterEvent>;

export interface NewQuarterEvent {
  periodId: string;
  userId: string;
  action: PeriodAction;
  reason?: string | null;
  deadline?: Date | null;
  unverified?: number;
}

/** Adds to a quarter's history, inside the transaction that made the change. */
export async function recordQuarterEvent(tx: Prisma.TransactionClient, event: NewQuarterEvent): Promise<void> {
  await tx.periodEvent.create({
    data: {
      periodId: event.periodId,
      userId: event.userId,
      action: event.action,
      reason: event.reason ?? null,
      deadline: event.deadline ?? null,
      unverified: event.unverified ?? 0,
    },
  });
}

/** A quarter's history, newest first, with who did what. */
export async function quarterHistory(db: Db, blocYearId: string, quarter: number): Promise<TQuarterEvent[]> {
  const events = await db.periodEvent.findMany({
    where: { period: { blocYearId, quarter } },
    select: {
      at: true,
      action: true,
      reason: true,
      deadline: true,
      unverified: true,
      user: { select: { displayName: true } },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return events.map((event) => ({
    at: event.at,
    action: event.action,
    by: event.user?.displayName ?? null,
    reason: event.reason,
    deadline: deadlineText(event.deadline),
    unverified: event.unverified,
  }));
}
