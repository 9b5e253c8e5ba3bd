import { romanQuarter } from "@thidua/core";
import type { Prisma, SheetState } from "@thidua/db";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locale";
import { translate } from "../i18n/translate";
import { unitMayEdit } from "./sheet-status";

/**
 * Refuses a unit's own edits once its sheet is submitted or verified. Inside the save's
 * transaction, sharing the sheet's row lock: a submission being written waits for the save, or
 * the save sees it.
 */
export async function assertUnitSheetEditable(
  tx: Prisma.TransactionClient,
  { blocYearId, quarter, unitId, locale }: { blocYearId: string; quarter: number; unitId: string; locale: Locale },
): Promise<void> {
  const [sheet] = await tx.$queryRaw<{ state: SheetState }[]>`
    SELECT s."state"::text AS "state" FROM "UnitSheet" s JOIN "Period" p ON p."id" = s."periodId"
    WHERE p."blocYearId" = ${blocYearId} AND p."quarter" = ${quarter} AND s."unitId" = ${unitId}
    FOR SHARE OF s`;
  if (sheet && !unitMayEdit(sheet.state)) {
    throw new AppError("PRECONDITION_FAILED", "sheet.readOnly", {
      quarter: romanQuarter(quarter),
      state: translate(`sheet.state.${sheet.state}`, locale),
    });
  }
}
