import { randomUUID } from "node:crypto";
import type { Prisma } from "@thidua/db";
import { toNumber, type StoredResultCell, type TResultCell } from "./result-cell";
import type { TCellChange } from "../cells/cell-change";

/** What a cell holds besides its identity and version. */
export type Figures = Pick<TResultCell, "reportedValue" | "verifiedValue" | "note" | "evidenceUrl" | "explanation">;
export const EMPTY: Figures = {
  reportedValue: null,
  verifiedValue: null,
  note: null,
  evidenceUrl: null,
  explanation: null,
};

export const figuresOf = (row: StoredResultCell | undefined): Figures =>
  row
    ? {
        reportedValue: toNumber(row.reportedValue),
        verifiedValue: toNumber(row.verifiedValue),
        note: row.note,
        evidenceUrl: row.evidenceUrl,
        explanation: row.explanation,
      }
    : EMPTY;

export const merge = (before: Figures, change: TCellChange): Figures => ({
  reportedValue: change.reportedValue === undefined ? before.reportedValue : change.reportedValue,
  verifiedValue: change.verifiedValue === undefined ? before.verifiedValue : change.verifiedValue,
  note: change.note === undefined ? before.note : change.note,
  evidenceUrl: change.evidenceUrl === undefined ? before.evidenceUrl : change.evidenceUrl,
  explanation: change.explanation === undefined ? before.explanation : change.explanation,
});

export const sameFigures = (a: Figures, b: Figures) =>
  a.reportedValue === b.reportedValue &&
  a.verifiedValue === b.verifiedValue &&
  a.note === b.note &&
  a.evidenceUrl === b.evidenceUrl &&
  a.explanation === b.explanation;

export interface Update {
  id: string;
  version: number;
  before: Figures;
  after: Figures;
}

/**
 * All updates in one statement of seven array parameters (a VALUES list would bind six per row),
 * each row written only if it still has the version read.
 */
export async function updateRows(tx: Prisma.TransactionClient, updates: Update[], userId: string) {
  if (updates.length === 0) return [];
  const column = <T>(pick: (update: Update) => T) => updates.map(pick);
  // updatedAt is a UTC timestamp without zone, as Prisma writes it.
  return tx.$queryRaw<{ id: string; version: number; updatedAt: Date }[]>`
    UPDATE "Result" AS r
    SET "reportedValue" = v.reported, "verifiedValue" = v.verified, "note" = v.note, "evidenceUrl" = v.evidence,
        "explanation" = v.explanation, "version" = r."version" + 1, "updatedAt" = (now() AT TIME ZONE 'UTC'), "updatedById" = ${userId}
    FROM unnest(
      ${column((u) => u.id)}::text[], ${column((u) => u.version)}::int[],
      ${column((u) => u.after.reportedValue)}::numeric[], ${column((u) => u.after.verifiedValue)}::numeric[],
      ${column((u) => u.after.note)}::text[], ${column((u) => u.after.evidenceUrl)}::text[],
      ${column((u) => u.after.explanation)}::text[]
    ) AS v(id, version, reported, verified, note, evidence, explanation)
    WHERE r."id" = v.id AND r."version" = v.version
    RETURNING r."id", r."version", r."updatedAt"`;
}

export interface Create {
  change: TCellChange;
  after: Figures;
}

/**
 * All new cells in one statement of array parameters. A cell someone else created meanwhile is
 * skipped (ON CONFLICT DO NOTHING) and missing from the rows returned.
 */
export async function insertRows(tx: Prisma.TransactionClient, creates: Create[], quarter: number, userId: string) {
  if (creates.length === 0) return [];
  const column = <T>(pick: (create: Create) => T) => creates.map(pick);
  // The rows bypass the Prisma client and its cuid(); ids are opaque strings, so a UUID serves.
  return tx.$queryRaw<{ id: string; unitId: string; criterionId: string; version: number; updatedAt: Date }[]>`
    INSERT INTO "Result" ("id", "unitId", "criterionId", "quarter", "reportedValue", "verifiedValue", "note",
      "evidenceUrl", "explanation", "updatedById", "createdAt", "updatedAt")
    SELECT v.id, v.unit, v.criterion, ${quarter}, v.reported, v.verified, v.note, v.evidence, v.explanation, ${userId},
      (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
    FROM unnest(
      ${column(() => randomUUID())}::text[], ${column((c) => c.change.unitId)}::text[],
      ${column((c) => c.change.criterionId)}::text[],
      ${column((c) => c.after.reportedValue)}::numeric[], ${column((c) => c.after.verifiedValue)}::numeric[],
      ${column((c) => c.after.note)}::text[], ${column((c) => c.after.evidenceUrl)}::text[],
      ${column((c) => c.after.explanation)}::text[]
    ) AS v(id, unit, criterion, reported, verified, note, evidence, explanation)
    ON CONFLICT ("criterionId", "unitId", "quarter") DO NOTHING
    RETURNING "id", "unitId", "criterionId", "version", "updatedAt"`;
}
