import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { coordinatorsOf } from "../../data/coordinators";
import { ZId } from "../../schemas";

export const ZCoordinatorInput = z.object({ blocId: ZId, userId: ZId });

/** Gives a bloc to a coordinator's account; the bloc's page and scores open to them at their next request. */
export async function assignCoordinator({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZCoordinatorInput>;
}) {
  await ctx.prisma.$transaction(async (tx) => {
    const bloc = await tx.bloc.findUnique({ where: { id: input.blocId }, select: { archivedAt: true } });
    if (!bloc) throw notFound("notFound.bloc");
    if (bloc.archivedAt) throw new AppError("BAD_REQUEST", "bloc.archived");
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { role: true, active: true, displayName: true },
    });
    if (!user) throw notFound("notFound.user");
    if (user.role !== "COORDINATOR")
      throw new AppError("BAD_REQUEST", "account.notCoordinator", { name: user.displayName });
    if (!user.active) throw new AppError("BAD_REQUEST", "account.inactiveCoordinator", { name: user.displayName });
    const existing = await tx.blocCoordinator.findUnique({ where: { userId_blocId: input }, select: { userId: true } });
    if (existing) return;
    await tx.blocCoordinator.create({ data: input });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "blocCoordinator",
        entityId: input.userId,
        action: "create",
        after: input,
        blocId: input.blocId,
      },
    ]);
  });
  return coordinatorsOf(ctx, input.blocId);
}

export async function removeCoordinator({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZCoordinatorInput>;
}) {
  await ctx.prisma.$transaction(async (tx) => {
    if (!(await tx.bloc.findUnique({ where: { id: input.blocId }, select: { id: true } })))
      throw notFound("notFound.bloc");
    const removed = await tx.blocCoordinator.deleteMany({ where: input });
    if (removed.count === 0) return;
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "blocCoordinator",
        entityId: input.userId,
        action: "delete",
        before: input,
        blocId: input.blocId,
      },
    ]);
  });
  return coordinatorsOf(ctx, input.blocId);
}
