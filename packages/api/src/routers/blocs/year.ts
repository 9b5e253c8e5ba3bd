import { z } from "zod";
import type { Prisma, PrismaClient } from "@thidua/db";
import { assertCanReadBloc, canManageBloc } from "../../auth/access";
import type { SessionUser } from "../../auth/session";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { fourQuarters, periodSelect } from "../../data/quarter-statuses";
import { type TBlocYear } from "./schemas";
import { ZId, ZYear } from "../../schemas";

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

export const ZBlocYearInput = z.object({ blocId: ZId, year: ZYear });

export async function year({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZBlocYearInput>;
}): Promise<TBlocYear> {
  await assertCanReadBloc(ctx, input.blocId, input.year);
  const blocYear = await loadBlocYear(ctx.prisma, ctx.user, input.blocId, input.year);
  if (!blocYear) throw notFound("notFound.blocYear", { year: input.year });
  return blocYear;
}
