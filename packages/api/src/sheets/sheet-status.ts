import { z } from "zod";
import { isLate } from "@thidua/core";
import type { Prisma, PrismaClient, SheetState } from "@thidua/db";

type Db = PrismaClient | Prisma.TransactionClient;

export const ZSheetState = z.enum([
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "VERIFIED",
] as const satisfies readonly SheetState[]);

/** Where one unit's self-assessment of a quarter stands, as the unit and its coordinators see it. */
export const ZSheetStatus = z.object({
  unitId: z.string(),
  state: ZSheetState,
  submittedAt: z.date().nullable(),
  /** Submitted after the quarter's deadline day. */
  late: z.boolean(),
  /** The coordinator's remarks when the sheet was last returned. */
  remarks: z.string().nullable(),
  returnedAt: z.date().nullable(),
  verifiedAt: z.date().nullable(),
});
export type TSheetStatus = z.output<typeof ZSheetStatus>;

/** A deadline as stored (a date column, read as UTC midnight) to its "yyyy-mm-dd". */
export const deadlineText = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);

export const sheetSelect = {
  unitId: true,
  state: true,
  submittedAt: true,
  remarks: true,
  returnedAt: true,
  verifiedAt: true,
} satisfies Prisma.UnitSheetSelect;
type StoredSheet = Prisma.UnitSheetGetPayload<{ select: typeof sheetSelect }>;

export const draftSheet = (unitId: string): TSheetStatus => ({
  unitId,
  state: "DRAFT",
  submittedAt: null,
  late: false,
  remarks: null,
  returnedAt: null,
  verifiedAt: null,
});

export function toSheetStatus(row: StoredSheet, deadline: string | null): TSheetStatus {
  return {
    unitId: row.unitId,
    state: row.state,
    submittedAt: row.submittedAt,
    late: row.submittedAt !== null && isLate(row.submittedAt, deadline),
    remarks: row.remarks,
    returnedAt: row.returnedAt,
    verifiedAt: row.verifiedAt,
  };
}

export interface QuarterSheets {
  deadline: string | null;
  /** One per unit asked for, in that order; a unit without a row is still drafting. */
  sheets: TSheetStatus[];
}

/** The quarter's deadline and where each unit's sheet stands. */
export async function loadQuarterSheets(
  db: Db,
  blocYearId: string,
  quarter: number,
  unitIds: readonly string[],
): Promise<QuarterSheets> {
  const period = await db.period.findUnique({
    where: { blocYearId_quarter: { blocYearId, quarter } },
    select: { deadline: true, sheets: { where: { unitId: { in: [...unitIds] } }, select: sheetSelect } },
  });
  const deadline = deadlineText(period?.deadline ?? null);
  const byUnit = new Map((period?.sheets ?? []).map((row) => [row.unitId, toSheetStatus(row, deadline)]));
  return { deadline, sheets: unitIds.map((unitId) => byUnit.get(unitId) ?? draftSheet(unitId)) };
}

/** A unit may change its own figures only while drafting or after a return. */
export const unitMayEdit = (state: SheetState): boolean => state === "DRAFT" || state === "RETURNED";
