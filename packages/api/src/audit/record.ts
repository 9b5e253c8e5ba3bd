import type { Prisma } from "@thidua/db";

export const AUDIT_ENTITIES = [
  "result",
  "target",
  "criteriaSet",
  "criterion",
  "blocYear",
  "period",
  "bloc",
  "unit",
  "user",
  /** A sign-in attempt under a username no account has. */
  "signIn",
  "blocCoordinator",
  "awardDossier",
  /** A file or link attached to a unit's criterion for a quarter. */
  "evidence",
  /** A unit's self-assessment sheet of a quarter: submitted, returned, verified. */
  "unitSheet",
  /** A seasonal criterion's quarterly spread of its targets. */
  "targetPhasing",
] as const;

export type AuditAction =
  | "create"
  | "update"
  | "delete"
  | "archive"
  | "restore"
  | "signIn"
  | "signInFailed"
  | "signInRefused"
  | "signOut"
  | "passwordChange"
  | "passwordReset"
  | "deactivate"
  | "reactivate"
  | "unlock"
  | "endSession"
  | "import"
  /** A cell's values restored to those of an earlier change (history.revert). */
  | "revert"
  | "submit"
  | "return"
  | "verify";

export interface AuditEntry {
  /** Who acted; null for a sign-in attempt nobody is known for. */
  userId: string | null;
  entity: (typeof AUDIT_ENTITIES)[number];
  entityId: string;
  action: AuditAction;
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
