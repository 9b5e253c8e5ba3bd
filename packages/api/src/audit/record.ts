import type { Prisma } from "@thidua/db";

export interface AuditEntry {
  userId: string;
  entity:
    | "result"
    | "target"
    | "criteriaSet"
    | "criterion"
    | "blocYear"
    | "period"
    | "bloc"
    | "unit"
    | "user"
    | "awardDossier";
  entityId: string;
  action: "create" | "update" | "delete";
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  blocId?: string | null;
}

const toJson = (value: Prisma.InputJsonValue | null | undefined) => value ?? undefined;

/** Writes audit rows inside the caller's transaction, so a change and its record stand or fall together. */
export async function recordAudit(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      userId: entry.userId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
      blocId: entry.blocId ?? null,
    })),
  });
}
