import { z } from "zod";
import { verifyPassword } from "@thidua/db";
import { endSession, startSession } from "../auth/session";
import { AppError } from "../errors";
import { ZName, ZSecret } from "../schemas";
import { authedProcedure, publicProcedure, router } from "../trpc";

export const ZLoginInput = z.object({
  username: ZName(100),
  password: ZSecret(200),
});

// Compared against when the username is unknown, so a wrong username costs as long as a wrong password.
const DECOY_HASH = "scrypt$131072$8$1$c2FsdHNhbHRzYWx0c2FsdA==$7qcIupfWOT87zUD0c++E+nza2YmGKr8/3iAKZsk+sQ4=";

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),

  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const user = await ctx.prisma.user.findUnique({
      where: { username: input.username.toLowerCase() },
      select: { id: true, passwordHash: true },
    });
    const valid = await verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !valid) throw new AppError("UNAUTHORIZED", "auth.invalidCredentials");
    // Signing in again (as someone else, say) ends the session this browser had.
    if (ctx.sessionToken) await endSession(ctx.prisma, ctx.sessionToken);
    const session = await startSession(ctx.prisma, user.id);
    ctx.cookie.set(session.token, session.expiresAt);
    return { ok: true as const };
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await endSession(ctx.prisma, ctx.sessionToken);
    ctx.cookie.clear();
    return { ok: true as const };
  }),
});
