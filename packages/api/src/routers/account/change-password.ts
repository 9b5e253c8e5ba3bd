import { z } from "zod";
import { hashPassword, verifyPassword } from "@thidua/db";
import { recordAudit } from "../../audit/record";
import { assertAcceptablePassword } from "../../auth/password-policy";
import { claimAttempt, recordFailure, recordSuccess, type LimitKey } from "../../auth/sign-in-limits";
import { describeWait } from "../../auth/wait";
import type { AuthedContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { ZSecret } from "../../schemas";

export const ZChangePasswordInput = z.object({
  currentPassword: ZSecret(200),
  newPassword: ZSecret(200),
});

/**
 * Changes the caller's own password. The current one is asked, and a wrong one counts against
 * the account's sign-in limit, so a borrowed session cannot be used to guess it. Every other
 * session of the account ends; this one stays.
 */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZChangePasswordInput>;
}): Promise<{ ok: true; endedSessions: number }> {
  const limit: LimitKey = { scope: "account", key: ctx.user.username };
  const wait = await claimAttempt(ctx.prisma, limit);
  if (wait !== null) throw new AppError("TOO_MANY_REQUESTS", "auth.locked", { wait: describeWait(wait, ctx.locale) });
  const stored = await ctx.prisma.user.findUnique({ where: { id: ctx.user.id }, select: { passwordHash: true } });
  if (!stored) throw notFound("notFound.user");
  if (!(await verifyPassword(input.currentPassword, stored.passwordHash))) {
    const { secondsLeft } = await recordFailure(ctx.prisma, limit);
    if (secondsLeft)
      throw new AppError("TOO_MANY_REQUESTS", "auth.locked", { wait: describeWait(secondsLeft, ctx.locale) });
    throw new AppError("BAD_REQUEST", "auth.wrongCurrentPassword");
  }
  await recordSuccess(ctx.prisma, limit);
  if (input.newPassword.normalize("NFC") === input.currentPassword.normalize("NFC")) {
    throw new AppError("BAD_REQUEST", "password.sameAsCurrent");
  }
  await assertAcceptablePassword(input.newPassword, ctx.user.username);

  const passwordHash = await hashPassword(input.newPassword);
  return ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: ctx.user.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    const ended = await tx.session.deleteMany({
      where: { userId: ctx.user.id, ...(ctx.sessionId ? { id: { not: ctx.sessionId } } : {}) },
    });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "user",
        entityId: ctx.user.id,
        action: "passwordChange",
        after: { endedSessions: ended.count, wasTemporary: ctx.user.mustChangePassword },
      },
    ]);
    return { ok: true as const, endedSessions: ended.count };
  });
}
