import { z } from "zod";
import type { Prisma, PrismaClient } from "@thidua/db";
import { SESSION_IDLE_MS } from "../auth/session";

export const ZSessionInfo = z.object({
  id: z.string(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  /** When it ends if left unused: the idle timeout, or the absolute end if that comes first. */
  endsAt: z.date(),
  userAgent: z.string().nullable(),
  address: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type TSessionInfo = z.output<typeof ZSessionInfo>;

/** An account's live sessions, the most recently used first. */
export async function listSessions(
  db: PrismaClient | Prisma.TransactionClient,
  userId: string,
  currentSessionId: string | null,
): Promise<TSessionInfo[]> {
  const now = Date.now();
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: new Date(now) }, lastSeenAt: { gt: new Date(now - SESSION_IDLE_MS) } },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, address: true },
    orderBy: { lastSeenAt: "desc" },
  });
  return rows.map(({ expiresAt, ...row }) => ({
    ...row,
    endsAt: new Date(Math.min(expiresAt.getTime(), row.lastSeenAt.getTime() + SESSION_IDLE_MS)),
    current: row.id === currentSessionId,
  }));
}
