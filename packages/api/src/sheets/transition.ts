import { romanQuarter } from "@thidua/core";
import type { PeriodStatus, SheetState } from "@thidua/db";
import { recordAudit } from "../audit/record";
import type { AuthedContext } from "../context";
import { AppError, isUniqueViolation } from "../errors";
import { translate } from "../i18n/translate";
import { loadBlocYearGrid } from "../data/bloc-year-grid";
import { notOpen } from "../quarters/not-open";
import { loadCompleteness, type TUnitCompleteness } from "./completeness";
import { deadlineText, sheetSelect, toSheetStatus, type TSheetStatus } from "./sheet-status";

export type SheetAction = "submit" | "return" | "verify";

/** Which states each action leaves from: a return also takes back a verification made too soon. */
const FROM: Record<SheetAction, readonly SheetState[]> = {
  submit: ["DRAFT", "RETURNED"],
  return: ["SUBMITTED", "VERIFIED"],
  // A coordinator may verify a unit that never submitted, having entered its figures for it.
  verify: ["DRAFT", "SUBMITTED", "RETURNED"],
};
const TO: Record<SheetAction, SheetState> = { submit: "SUBMITTED", return: "RETURNED", verify: "VERIFIED" };

export interface SheetChange {
  blocId: string;
  year: number;
  quarter: number;
  unitId: string;
  /** The coordinator's remarks, for a return. */
  remarks?: string;
}

/** Why the unit's sheet may not take this step, given what it lacks; null when it may. */
function gapsRefusal(action: SheetAction, unit: TUnitCompleteness, ctx: AuthedContext): AppError | null {
  if (action === "submit") {
    const gaps = [
      ...unit.missingFigures.map((code) => `${code}: ${translate("sheet.gap.missingFigure", ctx.locale)}`),
      ...unit.missingEvidence.map((code) => `${code}: ${translate("sheet.gap.missingEvidence", ctx.locale)}`),
    ];
    return gaps.length === 0
      ? null
      : new AppError("PRECONDITION_FAILED", "sheet.gaps", { count: gaps.length, gaps: gaps.join("; ") });
  }
  if (action === "verify" && unit.missingVerified.length > 0) {
    return new AppError("PRECONDITION_FAILED", "sheet.unverifiedFigures", {
      unit: unit.unitName,
      count: unit.missingVerified.length,
      codes: unit.missingVerified.join(", "),
    });
  }
  return null;
}

/**
 * Moves one unit's sheet of an open quarter one step (submit, return, verify), audited in the
 * same transaction. Whoever calls it has been authorised for the unit and the action.
 */
export async function changeSheet(ctx: AuthedContext, change: SheetChange, action: SheetAction): Promise<TSheetStatus> {
  const { blocId, year, quarter, unitId } = change;
  const blocYear = await loadBlocYearGrid(ctx.prisma, blocId, year);
  if (!blocYear.members.some((member) => member.id === unitId)) {
    throw new AppError("BAD_REQUEST", "sheet.notMember", { year });
  }
  const changedMeanwhile = () =>
    new AppError("CONFLICT", "conflict.version", {
      what: translate("what.period", ctx.locale, { quarter: `${romanQuarter(quarter)}/${year}` }),
    });
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const where = { blocYearId_quarter: { blocYearId: blocYear.id, quarter } };
      const periodId =
        (await tx.period.findUnique({ where, select: { id: true } }))?.id ??
        (await tx.period.create({ data: { blocYearId: blocYear.id, quarter }, select: { id: true } })).id;
      // Shares the quarter's row with saves and other sheets; a lock (FOR UPDATE) waits for this step, or this step sees it.
      const [period] = await tx.$queryRaw<{ status: PeriodStatus; deadline: Date | null }[]>`
        SELECT "status"::text AS "status", "deadline" FROM "Period" WHERE "id" = ${periodId} FOR SHARE`;
      if (period && period.status !== "OPEN") throw notOpen(quarter, period.status, ctx.locale);

      const sheet = await tx.unitSheet.findUnique({
        where: { periodId_unitId: { periodId, unitId } },
        select: { id: true, version: true, ...sheetSelect },
      });
      const from = sheet?.state ?? "DRAFT";
      const unit = (await loadCompleteness(tx, [blocId], year, quarter))
        .get(blocId)
        ?.units.find((u) => u.unitId === unitId);
      if (!FROM[action].includes(from) || !unit) {
        throw new AppError("BAD_REQUEST", "sheet.transition", {
          quarter: `${romanQuarter(quarter)}/${year}`,
          unit: unit?.unitName ?? unitId,
          state: translate(`sheet.state.${from}`, ctx.locale),
          action: translate(`sheet.action.${action}`, ctx.locale),
        });
      }
      const refusal = gapsRefusal(action, unit, ctx);
      if (refusal) throw refusal;

      const now = new Date();
      const data = {
        state: TO[action],
        updatedById: ctx.user.id,
        ...(action === "submit" ? { submittedAt: now } : {}),
        ...(action === "return" ? { returnedAt: now, remarks: change.remarks ?? null } : {}),
        ...(action === "verify" ? { verifiedAt: now } : {}),
      };
      let saved;
      if (sheet) {
        // Guarded by the version read: a concurrent step on the same sheet makes this one match nothing.
        const { count } = await tx.unitSheet.updateMany({
          where: { id: sheet.id, version: sheet.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw changedMeanwhile();
        saved = await tx.unitSheet.findUniqueOrThrow({ where: { id: sheet.id }, select: { id: true, ...sheetSelect } });
      } else {
        saved = await tx.unitSheet.create({
          data: { ...data, periodId, unitId },
          select: { id: true, ...sheetSelect },
        });
      }
      const deadline = deadlineText(period?.deadline ?? null);
      const status = toSheetStatus(saved, deadline);
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "unitSheet",
          entityId: saved.id,
          action,
          before: { quarter, unitId, state: from },
          after: {
            quarter,
            unitId,
            state: status.state,
            ...(action === "submit" ? { submittedAt: now.toISOString(), late: status.late } : {}),
            ...(action === "return" ? { remarks: status.remarks } : {}),
          },
          blocId,
        },
      ]);
      return status;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw changedMeanwhile();
    throw error;
  }
}
