import type { PrismaClient } from "@thidua/db";
import { canReadBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { forbidden, notFound } from "../../errors";

export interface UnitMembership {
  year: number;
  blocId: string;
  blocName: string;
}

async function unitMemberships(prisma: PrismaClient, unitId: string, years?: { from: number; to: number }) {
  const unit = await prisma.unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      name: true,
      memberships: {
        where: years && { year: { gte: years.from, lte: years.to } },
        select: { year: true, blocYear: { select: { bloc: { select: { id: true, name: true } } } } },
        orderBy: { year: "asc" },
      },
    },
  });
  if (!unit) throw notFound("notFound.unit");
  return {
    unit: { id: unit.id, name: unit.name },
    memberships: unit.memberships.map(({ year, blocYear }) => ({
      year,
      blocId: blocYear.bloc.id,
      blocName: blocYear.bloc.name,
    })),
  };
}

/**
 * The blocs a unit belonged to, year by year, that the caller may read. A caller who may read
 * none of them is refused, so a unit's existence says nothing about its figures.
 */
export async function readableMemberships(ctx: AuthedContext, unitId: string, years?: { from: number; to: number }) {
  const { unit, memberships } = await unitMemberships(ctx.prisma, unitId, years);
  const readable: UnitMembership[] = [];
  for (const membership of memberships) {
    if (await canReadBloc(ctx, membership.blocId, membership.year)) readable.push(membership);
  }
  if (readable.length === 0 && memberships.length > 0) throw forbidden();
  if (readable.length === 0 && !(await canSeeUnitWithoutBloc(ctx, unitId))) throw forbidden();
  return { unit, memberships: readable };
}

/** A unit outside any bloc in the years asked: its own users, its province's leaders and admins may ask. */
async function canSeeUnitWithoutBloc({ prisma, user }: AuthedContext, unitId: string) {
  if (user.role === "ADMIN" || user.unitId === unitId) return true;
  if (user.role !== "LEADER") return false;
  const unit = await prisma.unit.findUnique({ where: { id: unitId }, select: { parentId: true } });
  return unit?.parentId === user.provinceId;
}
