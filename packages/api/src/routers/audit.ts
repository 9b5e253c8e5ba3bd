import { z } from "zod";
import type { Prisma } from "@thidua/db";
import { AUDIT_ENTITIES } from "../audit/record";
import { assertCanReadBloc } from "../auth/access";
import { forbidden } from "../errors";
import type { AuthedContext } from "../context";
import { authedProcedure, router } from "../trpc";
import { ZId } from "../schemas";

const ZAuditEntity = z.enum(AUDIT_ENTITIES);

export const ZAuditListInput = z.object({
  blocId: ZId,
  entity: ZAuditEntity.optional(),
  entityId: ZId.optional(),
  /** The last id of the previous page. */
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

/** Written by this server through recordAudit, so it is not checked again on the way out. */
const ZStoredJson = z.custom<Prisma.JsonValue>();

export const ZAuditPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: z.date(),
      entity: z.string(),
      entityId: z.string(),
      action: z.string(),
      before: ZStoredJson,
      after: ZStoredJson,
      /** Null once the account is gone. */
      user: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    }),
  ),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TAuditPage = z.output<typeof ZAuditPage>;

/**
 * A bloc's change history, newest first: for those who manage the bloc and the province's leaders
 * (who read everything in their province). Unit users see figures, not who changed them.
 */
export async function list({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZAuditListInput>;
}): Promise<TAuditPage> {
  if (ctx.user.role === "UNIT") throw forbidden();
  await assertCanReadBloc(ctx, input.blocId);
  const rows = await ctx.prisma.auditLog.findMany({
    where: {
      blocId: input.blocId,
      ...(input.entity ? { entity: input.entity } : {}),
      ...(input.entityId ? { entityId: input.entityId } : {}),
    },
    select: {
      id: true,
      at: true,
      entity: true,
      entityId: true,
      action: true,
      before: true,
      after: true,
      user: { select: { id: true, displayName: true } },
    },
    // The id breaks ties between the rows one transaction wrote at the same instant.
    orderBy: [{ at: "desc" }, { id: "desc" }],
    // One row more than asked tells whether another page follows.
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export const auditRouter = router({
  list: authedProcedure.input(ZAuditListInput).output(ZAuditPage).query(list),
});
