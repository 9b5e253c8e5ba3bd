import type { Prisma, PrismaClient } from "@thidua/db";
import { SESSION_IDLE_MS } from "../auth/session";
import type { TAccount } from "./schemas";

const ref = { select: { id: true, code: true, name: true } } as const;

/** An account's summary as the accounts list shows it, for the given ids (in their order). */
export async function loadAccounts(db: PrismaClient | Prisma.TransactionClient, ids: string[]): Promise<TAccount[]> {
  const now = Date.now();
  const rows = await db.user.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      mustChangePassword: true,
      lastSignInAt: true,
      createdAt: true,
      unit: ref,
      province: ref,
      coordinates: { select: { bloc: ref }, orderBy: { bloc: { code: "asc" } } },
      _count: {
        select: {
          sessions: {
            where: { expiresAt: { gt: new Date(now) }, lastSeenAt: { gt: new Date(now - SESSION_IDLE_MS) } },
          },
        },
      },
    },
  });
  const byId = new Map(
    rows.map(({ unit, province, coordinates, _count, ...row }) => [
      row.id,
      {
        ...row,
        scope: { unit, province, blocs: coordinates.map((link) => link.bloc) },
        sessionCount: _count.sessions,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function loadAccount(db: PrismaClient | Prisma.TransactionClient, id: string): Promise<TAccount | null> {
  return (await loadAccounts(db, [id]))[0] ?? null;
}
