import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { clearLimit } from "../../auth/sign-in-limits";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { ZId } from "../../schemas";
import { loadAccountDetail, type ZAccountIdInput } from "./by-id";

export const ZEndAccountSessionInput = z.object({ id: ZId, sessionId: ZId });

/** Ends one session of an account (a shared computer left signed in). */
export async function endSession({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZEndAccountSessionInput>;
}) {
  await ctx.prisma.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { id: input.sessionId, userId: input.id } });
    if (ended.count === 0) throw notFound("notFound.session");
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "user",
        entityId: input.id,
        action: "endSession",
        after: { sessionId: input.sessionId },
      },
    ]);
  });
  return loadAccountDetail(ctx, input.id);
}

/** Lifts a lock left by wrong passwords, for someone who called the administrator. */
export async function unlock({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZAccountIdInput> }) {
  await ctx.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { username: true } });
    if (!user) throw notFound("notFound.user");
    await clearLimit(tx, { scope: "account", key: user.username });
    await recordAudit(tx, [{ userId: ctx.user.id, entity: "user", entityId: input.id, action: "unlock" }]);
  });
  return loadAccountDetail(ctx, input.id);
}
