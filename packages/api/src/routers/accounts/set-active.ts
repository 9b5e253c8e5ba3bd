import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { ZId } from "../../schemas";
import { loadAccountDetail } from "./by-id";
import { assertKeepsAnAdministrator } from "./guards";

export const ZSetActiveInput = z.object({ id: ZId, active: z.boolean() });

/** Deactivating ends the account's sessions at once; reactivating lets it sign in again with its password. */
export async function setActive({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZSetActiveInput> }) {
  await ctx.prisma.$transaction(async (tx) => {
    const target = await tx.user.findUnique({
      where: { id: input.id },
      select: { id: true, role: true, active: true },
    });
    if (!target) throw notFound("notFound.user");
    if (target.active === input.active) return;
    if (!input.active) await assertKeepsAnAdministrator(tx, ctx, target);
    await tx.user.update({ where: { id: input.id }, data: { active: input.active } });
    const ended = input.active ? 0 : (await tx.session.deleteMany({ where: { userId: input.id } })).count;
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "user",
        entityId: input.id,
        action: input.active ? "reactivate" : "deactivate",
        before: { active: target.active },
        after: { active: input.active, endedSessions: ended },
      },
    ]);
  });
  return loadAccountDetail(ctx, input.id);
}
