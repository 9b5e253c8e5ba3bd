import type { PrismaClient } from "@thidua/db";
import { forbidden, notFound } from "../errors";
import type { SessionUser } from "./session";

interface AccessContext {
  prisma: PrismaClient;
  user: SessionUser;
}

async function blocProvince(prisma: PrismaClient, blocId: string): Promise<string> {
  const bloc = await prisma.bloc.findUnique({ where: { id: blocId }, select: { provinceId: true } });
  if (!bloc) throw notFound("notFound.bloc");
  return bloc.provinceId;
}

/** Whether the user's unit is (or was, in `year`) a member of the bloc. */
async function isMemberUnit(prisma: PrismaClient, user: SessionUser, blocId: string, year?: number) {
  if (!user.unitId) return false;
  const membership = await prisma.membership.findFirst({
    where: { unitId: user.unitId, blocYear: { blocId, ...(year === undefined ? {} : { year }) } },
    select: { id: true },
  });
  return membership !== null;
}

/** Who may write a bloc's set-up and verify its scores: admins and its coordinators. */
export function canManageBloc(user: SessionUser, blocId: string): boolean {
  return user.role === "ADMIN" || (user.role === "COORDINATOR" && user.coordinatedBlocIds.includes(blocId));
}

export async function assertCanManageBloc({ prisma, user }: AccessContext, blocId: string): Promise<void> {
  await blocProvince(prisma, blocId);
  if (!canManageBloc(user, blocId)) throw forbidden();
}

/**
 * Who may read a bloc at all: admins, its coordinators, leaders of its province, and users of
 * its member units. What a unit user may see of other units' drafts is narrowed per quarter.
 */
export async function canReadBloc({ prisma, user }: AccessContext, blocId: string, year?: number): Promise<boolean> {
  const provinceId = await blocProvince(prisma, blocId);
  if (canManageBloc(user, blocId)) return true;
  if (user.role === "LEADER") return user.provinceId === provinceId;
  return user.role === "UNIT" && (await isMemberUnit(prisma, user, blocId, year));
}

/**
 * The same rule on a bloc already loaded with its members of the year asked for (the data layer loads
 * both in the query that loads the figures, so reading a ranking costs no extra round trip).
 */
export function mayReadLoadedBloc(
  user: SessionUser,
  bloc: { blocId: string; provinceId: string; memberIds: readonly string[] },
): boolean {
  if (canManageBloc(user, bloc.blocId)) return true;
  if (user.role === "LEADER") return user.provinceId === bloc.provinceId;
  return user.role === "UNIT" && user.unitId !== null && bloc.memberIds.includes(user.unitId);
}

export async function assertCanReadBloc(context: AccessContext, blocId: string, year?: number): Promise<void> {
  if (!(await canReadBloc(context, blocId, year))) throw forbidden();
}

/** Unit users see other members' figures only once a quarter is published; everyone else who may read the bloc sees all. */
export function seesDrafts(user: SessionUser, blocId: string): boolean {
  return user.role !== "UNIT" || canManageBloc(user, blocId);
}

/** Which provinces a user may read across blocs: all for admins, the own one for leaders, the coordinated blocs' for coordinators. */
export async function readableProvinceIds({ prisma, user }: AccessContext): Promise<string[] | "all"> {
  if (user.role === "ADMIN") return "all";
  if (user.role === "LEADER") return user.provinceId ? [user.provinceId] : [];
  if (user.role === "COORDINATOR") {
    const blocs = await prisma.bloc.findMany({
      where: { id: { in: user.coordinatedBlocIds } },
      select: { provinceId: true },
    });
    return [...new Set(blocs.map((bloc) => bloc.provinceId))];
  }
  if (!user.unitId) return [];
  const unit = await prisma.unit.findUnique({ where: { id: user.unitId }, select: { parentId: true } });
  return unit?.parentId ? [unit.parentId] : [];
}
