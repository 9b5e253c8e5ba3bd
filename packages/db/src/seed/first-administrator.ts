import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword, temporaryPassword } from "../password";

export const FIRST_ADMINISTRATOR = "admin";

/**
 * A production database's first account: one administrator with a one-time password, to be
 * printed once and changed at the first sign-in. Nothing else is created: the administrator
 * onboards the province (units, blocs, accounts) from the dashboard.
 */
export async function createFirstAdministrator(prisma: PrismaClient): Promise<{ username: string; password: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password, "temporary");
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        username: FIRST_ADMINISTRATOR,
        displayName: "Quản trị hệ thống",
        role: "ADMIN",
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true, username: true, role: true },
    });
    await tx.auditLog.create({
      data: {
        userId: null,
        entity: "user",
        entityId: user.id,
        action: "create",
        after: { ...user, firstAdministrator: true },
      },
    });
  });
  return { username: FIRST_ADMINISTRATOR, password };
}
