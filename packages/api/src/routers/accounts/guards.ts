import type { Prisma } from "@thidua/db";
import type { AuthedContext } from "../../context";
import { AppError } from "../../errors";

/**
 * An administrator never locks themself out, and the last active administrator stays one:
 * otherwise nobody could manage accounts any more.
 */
export async function assertKeepsAnAdministrator(
  tx: Prisma.TransactionClient,
  ctx: AuthedContext,
  target: { id: string; role: string; active: boolean },
) {
  if (target.id === ctx.user.id) throw new AppError("BAD_REQUEST", "account.self");
  if (target.role !== "ADMIN" || !target.active) return;
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: target.id } } });
  if (others === 0) throw new AppError("BAD_REQUEST", "account.lastAdmin");
}
