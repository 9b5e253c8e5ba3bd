import type { Prisma, Role } from "@thidua/db";
import { recordAudit } from "../audit/record";
import { AppError } from "../errors";
import { checkedScope, writeScope, type ScopeInput } from "./scope";

export interface NewAccount extends ScopeInput {
  username: string;
  displayName: string;
  role: Role;
}

/**
 * Creates an account inside the caller's transaction, with a temporary password already hashed
 * (hashing is slow: it never runs inside a transaction) that must be changed at the first sign-in.
 */
export async function createAccount(
  tx: Prisma.TransactionClient,
  actorId: string,
  account: NewAccount,
  temporaryHash: string,
): Promise<string> {
  if (await tx.user.findUnique({ where: { username: account.username }, select: { id: true } })) {
    throw new AppError("CONFLICT", "account.usernameTaken", { username: account.username });
  }
  const scope = await checkedScope(tx, account);
  const { id } = await tx.user.create({
    data: {
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      passwordHash: temporaryHash,
      mustChangePassword: true,
    },
    select: { id: true },
  });
  await writeScope(tx, id, scope);
  await recordAudit(tx, [
    {
      userId: actorId,
      entity: "user",
      entityId: id,
      action: "create",
      after: { username: account.username, displayName: account.displayName, role: account.role, ...scope },
    },
  ]);
  return id;
}
