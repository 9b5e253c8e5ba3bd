import { recordAudit } from "../../audit/record";
import { endSession } from "../../auth/session";
import type { AuthedContext } from "../../context";

export async function logout({ ctx }: { ctx: AuthedContext }) {
  const token = ctx.sessionToken;
  if (token) {
    await ctx.prisma.$transaction(async (tx) => {
      await endSession(tx, token);
      await recordAudit(tx, [{ userId: ctx.user.id, entity: "user", entityId: ctx.user.id, action: "signOut" }]);
    });
  }
  ctx.cookie.clear();
  return { ok: true as const };
}
