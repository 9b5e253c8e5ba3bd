import { z } from "zod";
import type { Prisma } from "@thidua/db";

/** One unit's figures for one criterion in the quarter asked for. */
export const ZResultCell = z.object({
  unitId: z.string(),
  criterionId: z.string(),
  reportedValue: z.number().nullable(),
  verifiedValue: z.number().nullable(),
  note: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  /** Why a figure whose criterion requires evidence has none (giải trình). */
  explanation: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
  updatedByName: z.string().nullable(),
});
export type TResultCell = z.output<typeof ZResultCell>;

export const resultCellSelect = {
  id: true,
  unitId: true,
  criterionId: true,
  quarter: true,
  reportedValue: true,
  verifiedValue: true,
  note: true,
  evidenceUrl: true,
  explanation: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { displayName: true } },
} satisfies Prisma.ResultSelect;

export type StoredResultCell = Prisma.ResultGetPayload<{ select: typeof resultCellSelect }>;

export const toNumber = (value: Prisma.Decimal | null): number | null => (value === null ? null : Number(value));

export function toResultCell(row: StoredResultCell): TResultCell {
  return {
    unitId: row.unitId,
    criterionId: row.criterionId,
    reportedValue: toNumber(row.reportedValue),
    verifiedValue: toNumber(row.verifiedValue),
    note: row.note,
    evidenceUrl: row.evidenceUrl,
    explanation: row.explanation,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy?.displayName ?? null,
  };
}
