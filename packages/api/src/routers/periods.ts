import { z } from "zod";
import { romanQuarter } from "@thidua/core";
import type { PeriodAction, PeriodStatus, Prisma, PrismaClient } from "@thidua/db";
import { recordAudit } from "../audit/record";
import { assertCanManageBloc, assertCanReadBloc } from "../auth/access";
import type { AuthedContext } from "../context";
import { AppError, isUniqueViolation, notFound } from "../errors";
import { translate } from "../i18n/translate";
import { authedProcedure, managerProcedure, router } from "../trpc";
import { recordQuarterEvent } from "../quarters/history";
import { earlierOpenError, earlierOpenQuarters, unverifiedError, unverifiedMembers } from "../quarters/lock-rules";
import { ZId, ZOptionalText, ZQuarter, ZYear } from "../schemas";
import { deadlineText } from "../sheets/sheet-status";
import { loadBlocYearGrid } from "../data/bloc-year-grid";
import {
  fourQuarters,
  periodSelect,
  ZPeriodStatus,
  ZQuarterStatus,
  type TQuarterStatus,
} from "../data/quarter-statuses";

type Db = PrismaClient | Prisma.TransactionClient;

async function findBlocYearId(db: Db, blocId: string, year: number): Promise<string> {
  const blocYear = await db.blocYear.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true } });
  if (!blocYear) throw notFound("notFound.blocYear", { year });
  return blocYear.id;
}

async function quartersOf(db: Db, blocYearId: string): Promise<TQuarterStatus[]> {
  return fourQuarters(db, await db.period.findMany({ where: { blocYearId }, select: periodSelect }));
}

export const ZListPeriodsInput = z.object({ blocId: ZId, year: ZYear });

export async function list({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZListPeriodsInput>;
}): Promise<TQuarterStatus[]> {
  await assertCanReadBloc(ctx, input.blocId, input.year);
  return quartersOf(ctx.prisma, await findBlocYearId(ctx.prisma, input.blocId, input.year));
}

/** Locking follows verification and publishing follows locking; reopening is always possible to correct figures. */
const NEXT_STATUSES: Record<PeriodStatus, readonly PeriodStatus[]> = {
  OPEN: ["LOCKED"],
  LOCKED: ["PUBLISHED", "OPEN"],
  PUBLISHED: ["OPEN"],
};

const ACTIONS: Record<PeriodStatus, PeriodAction> = { LOCKED: "LOCK", PUBLISHED: "PUBLISH", OPEN: "REOPEN" };

export const ZSetStatusInput = z.object({
  blocId: ZId,
  year: ZYear,
  quarter: ZQuarter,
  status: ZPeriodStatus,
  /** Why a quarter is reopened (required), or locked while members are not verified (required then). */
  reason: ZOptionalText(1000).optional(),
});

/**
 * Moves one quarter to its next status; returns the bloc-year's four quarters as they now stand.
 * A quarter is locked only after the quarters before it, and with every member verified unless a
 * reason is given; reopening always needs one. The reason goes into the quarter's history.
 */
export async function setStatus({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZSetStatusInput>;
}): Promise<TQuarterStatus[]> {
  await assertCanManageBloc(ctx, input.blocId);
  const quarterLabel = `${romanQuarter(input.quarter)}/${input.year}`;
  const reason = input.reason ?? null;
  if (input.status === "OPEN" && !reason) {
    throw new AppError("BAD_REQUEST", "period.reopenReason", { quarter: quarterLabel });
  }
  const changedMeanwhile = () =>
    new AppError("CONFLICT", "conflict.version", {
      what: translate("what.period", ctx.locale, { quarter: quarterLabel }),
    });
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const blocYear = await loadBlocYearGrid(tx, input.blocId, input.year);
      const where = { blocYearId_quarter: { blocYearId: blocYear.id, quarter: input.quarter } };
      const period = await tx.period.findUnique({ where, select: { id: true, status: true } });
      const from = period?.status ?? "OPEN";
      if (!NEXT_STATUSES[from].includes(input.status)) {
        throw new AppError("BAD_REQUEST", "period.transition", {
          quarter: quarterLabel,
          from: translate(`period.status.${from}`, ctx.locale),
          to: translate(`period.status.${input.status}`, ctx.locale),
        });
      }
      let unverified = 0;
      if (input.status === "LOCKED") {
        // Sheets change under FOR SHARE of this row: holding it exclusively, no return or verification slips past the checks.
        if (period) await tx.$queryRaw`SELECT 1 FROM "Period" WHERE "id" = ${period.id} FOR UPDATE`;
        const set = await tx.criteriaSet.findUnique({
          where: { blocId_year: { blocId: input.blocId, year: input.year } },
          select: { criteria: { select: { id: true } } },
        });
        const criterionIds = (set?.criteria ?? []).map((criterion) => criterion.id);
        const earlier = await earlierOpenQuarters(tx, {
          blocYearId: blocYear.id,
          quarter: input.quarter,
          criterionIds,
        });
        if (earlier.length > 0) throw earlierOpenError(input.quarter, input.year, earlier, ctx.locale);
        const notVerified = await unverifiedMembers(tx, { periodId: period?.id ?? null, members: blocYear.members });
        if (notVerified.length > 0 && !reason) throw unverifiedError(input.quarter, input.year, notVerified);
        unverified = notVerified.length;
      }
      const data = { status: input.status, updatedById: ctx.user.id };
      let periodId: string;
      if (period) {
        // Guarded by the status we read: a second manager's concurrent change makes this one match nothing.
        const { count } = await tx.period.updateMany({ where: { id: period.id, status: from }, data });
        if (count === 0) throw changedMeanwhile();
        periodId = period.id;
      } else {
        periodId = (
          await tx.period.create({
            data: { ...data, blocYearId: blocYear.id, quarter: input.quarter },
            select: { id: true },
          })
        ).id;
      }
      // Publishing needs no reason; one given anyway is not kept.
      const kept = input.status === "PUBLISHED" ? null : reason;
      await recordQuarterEvent(tx, {
        periodId,
        userId: ctx.user.id,
        action: ACTIONS[input.status],
        reason: kept,
        unverified,
      });
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "period",
          entityId: periodId,
          action: period ? "update" : "create",
          before: period ? { quarter: input.quarter, status: from } : null,
          after: {
            quarter: input.quarter,
            status: input.status,
            ...(kept ? { reason: kept } : {}),
            ...(unverified > 0 ? { unverified } : {}),
          },
          blocId: input.blocId,
        },
      ]);
      return quartersOf(tx, blocYear.id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw changedMeanwhile();
    throw error;
  }
}

export const ZSetDeadlineInput = z.object({
  blocId: ZId,
  year: ZYear,
  quarter: ZQuarter,
  /** The last day to submit, "yyyy-mm-dd" in Vietnam's calendar; null removes it. */
  deadline: z.iso.date().nullable(),
});

/** Sets (or removes) an open quarter's self-assessment deadline; kept in the quarter's history. */
export async function setDeadline({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZSetDeadlineInput>;
}): Promise<TQuarterStatus[]> {
  await assertCanManageBloc(ctx, input.blocId);
  const deadline = input.deadline === null ? null : new Date(`${input.deadline}T00:00:00Z`);
  const quarterLabel = `${romanQuarter(input.quarter)}/${input.year}`;
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const blocYearId = await findBlocYearId(tx, input.blocId, input.year);
      const where = { blocYearId_quarter: { blocYearId, quarter: input.quarter } };
      const period = await tx.period.findUnique({ where, select: { id: true, status: true, deadline: true } });
      if (period && period.status !== "OPEN") {
        throw new AppError("PRECONDITION_FAILED", "period.deadlineClosed", {
          quarter: quarterLabel,
          status: translate(`period.status.${period.status}`, ctx.locale),
        });
      }
      const data = { deadline, updatedById: ctx.user.id };
      const periodId = period
        ? (await tx.period.update({ where: { id: period.id }, data, select: { id: true } })).id
        : (await tx.period.create({ data: { ...data, blocYearId, quarter: input.quarter }, select: { id: true } })).id;
      await recordQuarterEvent(tx, { periodId, userId: ctx.user.id, action: "DEADLINE", deadline });
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "period",
          entityId: periodId,
          action: period ? "update" : "create",
          before: period ? { quarter: input.quarter, deadline: deadlineText(period.deadline) } : null,
          after: { quarter: input.quarter, deadline: input.deadline },
          blocId: input.blocId,
        },
      ]);
      return quartersOf(tx, blocYearId);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "conflict.version", {
        what: translate("what.period", ctx.locale, { quarter: quarterLabel }),
      });
    }
    throw error;
  }
}

export const periodsRouter = router({
  list: authedProcedure.input(ZListPeriodsInput).output(z.array(ZQuarterStatus)).query(list),
  setStatus: managerProcedure.input(ZSetStatusInput).output(z.array(ZQuarterStatus)).mutation(setStatus),
  setDeadline: managerProcedure.input(ZSetDeadlineInput).output(z.array(ZQuarterStatus)).mutation(setDeadline),
});
