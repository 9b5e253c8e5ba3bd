import { hashPassword, temporaryPassword } from "@thidua/db";
import type { z } from "zod";
import { recordAudit } from "../../audit/record";
import { clearLimit } from "../../auth/sign-in-limits";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { loadAccountDetail, type ZAccountIdInput } from "./by-id";

/**
 * Gives the account a one-time password, shown once to the administrator, which must be
 * changed at the next sign-in. Its sessions end and a sign-in lock is lifted.
 */
export async function resetPassword({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZAccountIdInput> }) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password, "temporary");
  await ctx.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { username: true } });
    if (!user) throw notFound("notFound.user");
    await tx.user.update({
      where: { id: input.id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() },
    });
    const ended = await tx.session.deleteMany({ where: { userId: input.id } });
    await clearLimit(tx, { scope: "account", key: user.username });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "user",
        entityId: input.id,
        action: "passwordReset",
        after: { endedSessions: ended.count },
      },
    ]);
  });
  return { account: await loadAccountDetail(ctx, input.id), temporaryPassword: password };
}
