import { z } from "zod";
import type { Prisma, PrismaClient } from "@thidua/db";
import { canManageBloc } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { ZUnitKind } from "../organisation/units";
import { fourQuarters, periodSelect, ZQuarterStatus } from "./quarter-statuses";

/** A unit named in a bloc-year: its head or deputy. */
export const ZUnitRef = z.object({ unitId: z.string(), name: z.string() });

/** One bloc-year as its page shows it: members in display order, who leads, and how far each quarter has gone. */
export const ZBlocYear = z.object({
  id: z.string(),
  blocId: z.string(),
  year: z.number().int(),
  /** Send it back with saveYear: the save is refused if someone changed the year in between. */
  version: z.number().int(),
  members: z.array(
    z.object({ unitId: z.string(), code: z.string(), name: z.string(), kind: ZUnitKind, position: z.number().int() }),
  ),
  head: ZUnitRef.nullable(),
  deputy: ZUnitRef.nullable(),
  periods: z.array(ZQuarterStatus),
  /** Whether the caller may change the members, the leadership and the quarters' status. */
  canManage: z.boolean(),
});
export type TBlocYear = z.output<typeof ZBlocYear>;

/** The bloc-year as its page shows it, or null when the bloc has no such year. */
export async function loadBlocYear(
  db: PrismaClient | Prisma.TransactionClient,
  user: SessionUser,
  blocId: string,
  year: number,
): Promise<TBlocYear | null> {
  const row = await db.blocYear.findUnique({
    where: { blocId_year: { blocId, year } },
    select: {
      id: true,
      blocId: true,
      year: true,
      version: true,
      headUnit: { select: { id: true, name: true } },
      deputyUnit: { select: { id: true, name: true } },
      members: {
        select: { position: true, unit: { select: { id: true, code: true, name: true, kind: true } } },
        orderBy: { position: "asc" },
      },
      periods: { select: periodSelect },
    },
  });
  if (!row) return null;
  const ref = (unit: { id: string; name: string } | null) => (unit ? { unitId: unit.id, name: unit.name } : null);
  return {
    id: row.id,
    blocId: row.blocId,
    year: row.year,
    version: row.version,
    members: row.members.map(({ position, unit }) => ({
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      position,
    })),
    head: ref(row.headUnit),
    deputy: ref(row.deputyUnit),
    periods: await fourQuarters(db, row.periods),
    canManage: canManageBloc(user, blocId),
  };
}
