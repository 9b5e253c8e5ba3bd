import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { listSessions, type TSessionInfo } from "../../accounts/sessions";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { ZId } from "../../schemas";

export function sessions({ ctx }: { ctx: AuthedContext }): Promise<TSessionInfo[]> {
  return listSessions(ctx.prisma, ctx.user.id, ctx.sessionId);
}

export const ZEndSessionInput = z.object({ sessionId: ZId });

/** Ends one of the caller's sessions (a phone left signed in), or all but this one. */
export async function endSession({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZEndSessionInput> | "others";
}): Promise<{ ended: number }> {
  const where =
    input === "others"
      ? { userId: ctx.user.id, ...(ctx.sessionId ? { id: { not: ctx.sessionId } } : {}) }
      : { userId: ctx.user.id, id: input.sessionId };
  return ctx.prisma.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where });
    if (input !== "others" && ended.count === 0) throw notFound("notFound.session");
    if (ended.count > 0) {
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "user",
          entityId: ctx.user.id,
          action: "endSession",
          after: { ended: ended.count, ...(input === "others" ? { others: true } : { sessionId: input.sessionId }) },
        },
      ]);
    }
    return { ended: ended.count };
  });
}
