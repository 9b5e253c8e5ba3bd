import { z } from "zod";
import { loadAccount } from "../../accounts/load";
import { listSessions, ZSessionInfo } from "../../accounts/sessions";
import { ZAccount } from "../../accounts/schemas";
import { lockedSeconds } from "../../auth/sign-in-limits";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { ZId } from "../../schemas";

export const ZAccountIdInput = z.object({ id: ZId });

const SIGN_IN_EVENTS = [
  "signIn",
  "signInFailed",
  "signInRefused",
  "signOut",
  "passwordChange",
  "passwordReset",
  "unlock",
];

export const ZAccountDetail = ZAccount.extend({
  sessions: z.array(ZSessionInfo),
  /** Seconds the account stays locked after wrong passwords; null when it is not locked. */
  lockedSeconds: z.number().int().nullable(),
  /** The latest sign-in events, newest first. */
  events: z.array(
    z.object({ at: z.date(), action: z.string(), address: z.string().nullable(), reason: z.string().nullable() }),
  ),
});
export type TAccountDetail = z.output<typeof ZAccountDetail>;

export async function loadAccountDetail(ctx: AuthedContext, id: string): Promise<TAccountDetail> {
  const account = await loadAccount(ctx.prisma, id);
  if (!account) throw notFound("notFound.user");
  const events = await ctx.prisma.auditLog.findMany({
    where: { entity: "user", entityId: id, action: { in: SIGN_IN_EVENTS } },
    select: { at: true, action: true, after: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 20,
  });
  return {
    ...account,
    sessions: await listSessions(ctx.prisma, id, ctx.sessionId),
    lockedSeconds: await lockedSeconds(ctx.prisma, { scope: "account", key: account.username }),
    events: events.map(({ at, action, after }) => {
      const details = (after ?? {}) as { address?: string | null; reason?: string };
      return { at, action, address: details.address ?? null, reason: details.reason ?? null };
    }),
  };
}

export function byId({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZAccountIdInput> }) {
  return loadAccountDetail(ctx, input.id);
}
