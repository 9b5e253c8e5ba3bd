import { z } from "zod";
import type { Prisma } from "@thidua/db";
import type { AuthedContext } from "../../context";
import { readableCell, type TCellRef } from "./cell-ref";

/** One field of a cell that an audited change set from one value to another. */
export const ZFieldChange = z.object({
  /** The stored field: reportedValue, verifiedValue, note, evidenceUrl (or one added later). */
  field: z.string(),
  before: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  after: z.union([z.string(), z.number(), z.boolean()]).nullable(),
});

export const ZCellHistoryEntry = z.object({
  /** The audit row's id: pass it to history.revert to restore the figures this entry left. */
  id: z.string(),
  at: z.date(),
  /** Null once the account is gone. */
  user: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** A change to the cell, or to its quarter's status (locked, published, reopened). */
  kind: z.enum(["cell", "period"]),
  action: z.string(),
  changes: z.array(ZFieldChange),
  /** For a revert: the entry whose figures it restored. */
  revertOf: z.string().nullable(),
  /** Whether the entry's figures can be restored: a cell change whose values differ from the cell's now. */
  restorable: z.boolean(),
});
export type TCellHistoryEntry = z.output<typeof ZCellHistoryEntry>;

export const ZCellHistory = z.object({
  /** The cell's version now, for a revert; null for a cell never saved. */
  version: z.number().int().nullable(),
  /** Newest first. */
  entries: z.array(ZCellHistoryEntry),
});
export type TCellHistory = z.output<typeof ZCellHistory>;

type Scalar = string | number | boolean | null;
const VALUE_FIELDS = ["reportedValue", "verifiedValue"] as const;

const objectOf = (json: Prisma.JsonValue): Record<string, Prisma.JsonValue | undefined> =>
  json !== null && typeof json === "object" && !Array.isArray(json) ? json : {};
const scalar = (value: Prisma.JsonValue | undefined): Scalar =>
  value === undefined || (value !== null && typeof value === "object") ? null : value;

/** Bookkeeping in the audit rows, not fields: a revert's reference, the quarter a status row is of. */
const NOT_FIELDS = new Set(["revertOf", "quarter"]);

/** The fields a change set, old → new. */
function fieldChanges(before: Prisma.JsonValue, after: Prisma.JsonValue) {
  const [old, now] = [objectOf(before), objectOf(after)];
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((field) => !NOT_FIELDS.has(field));
  return fields
    .map((field) => ({ field, before: scalar(old[field]), after: scalar(now[field]) }))
    .filter((change) => change.before !== change.after);
}

/** The values a cell held after an audited change: what a revert to that entry restores. */
export function valuesAfter(after: Prisma.JsonValue): Record<(typeof VALUE_FIELDS)[number], number | null> {
  const now = objectOf(after);
  const number = (value: Prisma.JsonValue | undefined) => (typeof value === "number" ? value : null);
  return { reportedValue: number(now.reportedValue), verifiedValue: number(now.verifiedValue) };
}

/**
 * A cell's history from the audit log, newest first: every saved change with who and when, the
 * fields it changed old → new, and the status changes of its quarter.
 */
export async function cell({ ctx, input }: { ctx: AuthedContext; input: TCellRef }): Promise<TCellHistory> {
  const { result, periodId } = await readableCell(ctx, input);
  const subjects: Prisma.AuditLogWhereInput[] = [
    ...(result ? [{ entity: "result", entityId: result.id }] : []),
    ...(periodId ? [{ entity: "period", entityId: periodId }] : []),
  ];
  if (subjects.length === 0) return { version: null, entries: [] };
  const rows = await ctx.prisma.auditLog.findMany({
    where: { blocId: input.blocId, OR: subjects },
    select: {
      id: true,
      at: true,
      entity: true,
      action: true,
      before: true,
      after: true,
      user: { select: { id: true, displayName: true } },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 500,
  });
  const current = {
    reportedValue: result?.reportedValue == null ? null : Number(result.reportedValue),
    verifiedValue: result?.verifiedValue == null ? null : Number(result.verifiedValue),
  };
  return {
    version: result?.version ?? null,
    entries: rows.map((row) => {
      const kind = row.entity === "result" ? "cell" : "period";
      const values = valuesAfter(row.after);
      const revertOf = objectOf(row.after).revertOf;
      return {
        id: row.id,
        at: row.at,
        user: row.user,
        kind,
        action: row.action,
        changes: fieldChanges(row.before, row.after),
        revertOf: typeof revertOf === "string" ? revertOf : null,
        restorable: kind === "cell" && VALUE_FIELDS.some((field) => values[field] !== current[field]),
      };
    }),
  };
}
