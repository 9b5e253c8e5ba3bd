import type { Prisma } from "../generated/prisma/client";
import type { UnitCode } from "./units";

/** The demo's deadline for a quarter's self-assessment: the 10th of the month after it ends. */
export function demoDeadline(year: number, quarter: number): Date {
  return quarter === 4 ? new Date(Date.UTC(year + 1, 0, 10)) : new Date(Date.UTC(year, quarter * 3, 10));
}

const DAY = 24 * 60 * 60 * 1000;
/** 09:00 in Vietnam (UTC+7) on the given date. */
const morningOf = (date: Date, daysAfter: number) => new Date(date.getTime() + daysAfter * DAY + 2 * 60 * 60 * 1000);

/** In the open quarter of the organisations' bloc: who has submitted (one of them late); the rest still draft. */
const OPEN_QUARTER_SUBMISSIONS: Partial<Record<UnitCode, number>> = {
  "LCI-MTTQ": -6,
  "LCI-HOIPHUNU": -1,
  "LCI-HOICCB": 2,
};

/**
 * Every member's sheet of a locked or published quarter was submitted before the deadline and
 * verified after it, as a finished quarter is; the open quarter has a few sheets in.
 */
export async function seedSheets(tx: Prisma.TransactionClient, units: Record<UnitCode, string>): Promise<void> {
  const periods = await tx.period.findMany({
    select: {
      id: true,
      quarter: true,
      status: true,
      deadline: true,
      blocYear: { select: { members: { select: { unitId: true }, orderBy: { position: "asc" } } } },
    },
  });
  const codes = new Map(Object.entries(units).map(([code, id]) => [id, code as UnitCode]));
  await tx.unitSheet.createMany({
    data: periods.flatMap((period): Prisma.UnitSheetCreateManyInput[] => {
      const deadline = period.deadline as Date;
      return period.blocYear.members.flatMap(({ unitId }, index): Prisma.UnitSheetCreateManyInput[] => {
        if (period.status !== "OPEN") {
          return [
            {
              periodId: period.id,
              unitId,
              state: "VERIFIED",
              submittedAt: morningOf(deadline, -1 - (index % 5)),
              verifiedAt: morningOf(deadline, 3),
            },
          ];
        }
        const daysAfter = OPEN_QUARTER_SUBMISSIONS[codes.get(unitId) as UnitCode];
        if (daysAfter === undefined) return [];
        return [{ periodId: period.id, unitId, state: "SUBMITTED", submittedAt: morningOf(deadline, daysAfter) }];
      });
    }),
  });
}
