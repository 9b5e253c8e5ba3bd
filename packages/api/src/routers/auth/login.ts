import { z } from "zod";
import { verifyPassword } from "@thidua/db";
import { recordAudit, type AuditAction, type AuditEntry } from "../../audit/record";
import { endSession, startSession, sweepSessions } from "../../auth/session";
import {
  claimAttempt,
  recordFailure,
  recordSuccess,
  SIGN_IN_LIMITS,
  SIGN_IN_LOCK_MINUTES,
  sweepLimits,
  type LimitKey,
} from "../../auth/sign-in-limits";
import { usernameKey } from "../../auth/username";
import { describeWait } from "../../auth/wait";
import type { Context } from "../../context";
import { AppError } from "../../errors";
import { ZName, ZSecret } from "../../schemas";

export const ZLoginInput = z.object({
  username: ZName(100),
  password: ZSecret(200),
});

export const ZLoginResult = z.object({
  ok: z.literal(true),
  /** Signed in with a temporary password: the dashboard asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
});

// Compared against when the username is unknown, so a wrong username costs as long as a wrong password.
const DECOY_HASH = "scrypt$131072$8$1$c2FsdHNhbHRzYWx0c2FsdA==$7qcIupfWOT87zUD0c++E+nza2YmGKr8/3iAKZsk+sQ4=";

/** A sign-in event as the audit log keeps it: who (when known), from where, and why it was refused. */
function signInEvent(ctx: Context, action: AuditAction, username: string, userId: string | null, reason?: string) {
  const { address, userAgent } = ctx.origin;
  return {
    // Only a successful sign-in acts as the account; a failed one was made by whoever typed it.
    userId: action === "signIn" ? userId : null,
    entity: userId ? "user" : "signIn",
    entityId: userId ?? username,
    action,
    after: { username, address, userAgent: userAgent?.slice(0, 200) ?? null, ...(reason ? { reason } : {}) },
  } satisfies AuditEntry;
}

/** Writes a refused or failed sign-in to the audit log, in a transaction of its own. */
const audit = (ctx: Context, action: AuditAction, username: string, userId: string | null, reason: string) =>
  ctx.prisma.$transaction((tx) => recordAudit(tx, [signInEvent(ctx, action, username, userId, reason)]));

/**
 * Signs in, counting the attempt against the address's and the account's limits before the
 * password is hashed. Every outcome is audited; a refusal says how long to wait.
 */
export async function login({ ctx, input }: { ctx: Context; input: z.output<typeof ZLoginInput> }) {
  const username = usernameKey(input.username);
  const limits: LimitKey[] = [
    ...(ctx.origin.address ? [{ scope: "address" as const, key: ctx.origin.address }] : []),
    { scope: "account", key: username },
  ];
  const user = await ctx.prisma.user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, active: true, mustChangePassword: true },
  });

  for (const limit of limits) {
    const wait = await claimAttempt(ctx.prisma, limit);
    if (wait !== null) {
      await audit(ctx, "signInRefused", username, user?.id ?? null, `${limit.scope}Locked`);
      const key = limit.scope === "address" ? "auth.addressLocked" : "auth.locked";
      throw new AppError("TOO_MANY_REQUESTS", key, { wait: describeWait(wait, ctx.locale) });
    }
  }

  const valid = await verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
  if (!user || !valid) {
    const outcomes = await Promise.all(limits.map((limit) => recordFailure(ctx.prisma, limit)));
    await audit(ctx, "signInFailed", username, user?.id ?? null, user ? "wrongPassword" : "unknownUsername");
    const account = outcomes.at(-1);
    if (account?.secondsLeft) {
      const wait = describeWait(account.secondsLeft, ctx.locale);
      throw new AppError("TOO_MANY_REQUESTS", "auth.lockedNow", { count: SIGN_IN_LIMITS.account, wait });
    }
    if (account && account.remaining <= 2) {
      throw new AppError("UNAUTHORIZED", "auth.invalidCredentialsRemaining", {
        remaining: account.remaining,
        minutes: SIGN_IN_LOCK_MINUTES,
      });
    }
    throw new AppError("UNAUTHORIZED", "auth.invalidCredentials");
  }
  await Promise.all(limits.map((limit) => recordSuccess(ctx.prisma, limit)));
  // Told only to whoever knows the password, so a deactivated account is not revealed to guessers.
  if (!user.active) {
    await audit(ctx, "signInRefused", username, user.id, "inactive");
    throw new AppError("FORBIDDEN", "auth.inactive");
  }

  const session = await ctx.prisma.$transaction(async (tx) => {
    // Signing in again (as someone else, say) ends the session this browser had.
    if (ctx.sessionToken) await endSession(tx, ctx.sessionToken);
    const started = await startSession(tx, user.id, ctx.origin);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, [signInEvent(ctx, "signIn", username, user.id)]);
    return started;
  });
  ctx.cookie.set(session.token, session.expiresAt);
  // Ended sessions and finished lock windows are cleared here rather than by a timer of their own.
  await sweepSessions(ctx.prisma);
  await sweepLimits(ctx.prisma);
  return { ok: true as const, mustChangePassword: user.mustChangePassword };
}
