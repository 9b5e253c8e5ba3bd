import type { PeriodStatus, Prisma, PrismaClient } from "@thidua/db";

export interface BlocPeriods {
  blocId: string;
  /** Newest first, each with its four quarters in order (a quarter without a row yet is open, untouched). */
  years: { year: number; periods: { quarter: number; status: PeriodStatus; updatedAt: Date | null }[] }[];
}

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * The quarter statuses of a province's blocs, every year, in one read whatever the number of blocs:
 * what a page over the province offers in its period picker and opens on. `blocIds` narrows to the
 * blocs the caller may see (null: all of the province's).
 */
export async function loadProvincePeriods(
  db: PrismaClient | Prisma.TransactionClient,
  provinceId: string,
  blocIds: readonly string[] | null,
): Promise<BlocPeriods[]> {
  const blocs = await db.bloc.findMany({
    where: { provinceId, ...(blocIds && { id: { in: [...blocIds] } }) },
    select: {
      id: true,
      years: {
        select: { year: true, periods: { select: { quarter: true, status: true, updatedAt: true } } },
        orderBy: { year: "desc" },
      },
    },
    orderBy: { code: "asc" },
  });
  return blocs.map((bloc) => ({
    blocId: bloc.id,
    years: bloc.years.map(({ year, periods }) => ({
      year,
      periods: QUARTERS.map(
        (quarter) =>
          periods.find((period) => period.quarter === quarter) ?? { quarter, status: "OPEN", updatedAt: null },
      ),
    })),
  }));
}
