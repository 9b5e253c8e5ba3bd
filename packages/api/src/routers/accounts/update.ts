import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { checkedScope, writeScope } from "../../accounts/scope";
import { ZDisplayName, ZRole, ZUsername } from "../../accounts/schemas";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation, notFound } from "../../errors";
import { ZId } from "../../schemas";
import { loadAccountDetail } from "./by-id";
import { assertKeepsAnAdministrator } from "./guards";

export const ZUpdateAccountInput = z.object({
  id: ZId,
  username: ZUsername.optional(),
  displayName: ZDisplayName.optional(),
  /** Role and scope travel together: what the new role does not use is dropped. */
  scope: z
    .object({
      role: ZRole,
      unitId: ZId.nullable().default(null),
      provinceId: ZId.nullable().default(null),
      blocIds: z.array(ZId).max(100).default([]),
    })
    .optional(),
});

/** Renames an account or changes its role and reach; its sessions see the change on their next request. */
export async function update({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZUpdateAccountInput> }) {
  try {
    await ctx.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          username: true,
          displayName: true,
          role: true,
          active: true,
          unitId: true,
          provinceId: true,
          coordinates: { select: { blocId: true }, orderBy: { blocId: "asc" } },
        },
      });
      if (!before) throw notFound("notFound.user");
      if (input.scope && input.scope.role !== before.role && before.role === "ADMIN") {
        await assertKeepsAnAdministrator(tx, ctx, before);
      }
      if (input.username && input.username !== before.username) {
        const taken = await tx.user.findUnique({ where: { username: input.username }, select: { id: true } });
        if (taken) throw new AppError("CONFLICT", "account.usernameTaken", { username: input.username });
      }
      const names = {
        username: input.username ?? before.username,
        displayName: input.displayName ?? before.displayName,
      };
      await tx.user.update({
        where: { id: input.id },
        data: { ...names, ...(input.scope ? { role: input.scope.role } : {}) },
      });
      const scope = input.scope ? await checkedScope(tx, input.scope) : null;
      if (scope) await writeScope(tx, input.id, scope);
      const { coordinates, active: _, id: __, ...rest } = before;
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "user",
          entityId: input.id,
          action: "update",
          before: { ...rest, blocIds: coordinates.map((link) => link.blocId) },
          after: { ...names, ...(input.scope && scope ? { role: input.scope.role, ...scope } : {}) },
        },
      ]);
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.username) {
      throw new AppError("CONFLICT", "account.usernameTaken", { username: input.username });
    }
    throw error;
  }
  return loadAccountDetail(ctx, input.id);
}
