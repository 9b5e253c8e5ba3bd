import type { PeriodStatus, Prisma, PrismaClient } from "@thidua/db";
import { notFound } from "../errors";

export interface Member {
  id: string;
  name: string;
}

export interface BlocYearGrid {
  id: string;
  /** The members that year, in the bloc's order. */
  members: Member[];
  /** Status by quarter, for the quarters that have a period row. */
  statuses: Map<number, PeriodStatus>;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** What a bloc-year grid is read from: members in the bloc's order, and the quarters' statuses. */
export const blocYearGridSelect = {
  id: true,
  members: { select: { unit: { select: { id: true, name: true } } }, orderBy: { position: "asc" } },
  periods: { select: { quarter: true, status: true } },
} satisfies Prisma.BlocYearSelect;

type StoredBlocYearGrid = Prisma.BlocYearGetPayload<{ select: typeof blocYearGridSelect }>;

export function toBlocYearGrid(row: StoredBlocYearGrid): BlocYearGrid {
  return {
    id: row.id,
    members: row.members.map((member) => member.unit),
    statuses: new Map(row.periods.map((period) => [period.quarter, period.status])),
  };
}

/** A bloc-year's members and quarter statuses, in one query. */
export async function loadBlocYearGrid(db: Db, blocId: string, year: number): Promise<BlocYearGrid> {
  const blocYear = await db.blocYear.findUnique({
    where: { blocId_year: { blocId, year } },
    select: blocYearGridSelect,
  });
  if (!blocYear) throw notFound("notFound.blocYear", { year });
  return toBlocYearGrid(blocYear);
}

/** A quarter without a period row has not been locked yet: it is open, the schema's default status. */
export function periodStatus(blocYear: BlocYearGrid, quarter: number): PeriodStatus {
  return blocYear.statuses.get(quarter) ?? "OPEN";
}
