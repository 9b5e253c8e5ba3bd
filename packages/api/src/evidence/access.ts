import type { PeriodStatus, Prisma } from "@thidua/db";
import { assertCanManageBloc, assertCanReadBloc, seesDrafts } from "../auth/access";
import type { AuthedContext } from "../context";
import { AppError, forbidden, notFound } from "../errors";
import { loadBlocYearGrid, periodStatus } from "../data/bloc-year-grid";
import { notOpen } from "../quarters/not-open";

/** Where a piece of evidence belongs: one unit's criterion in one quarter of a bloc's year. */
export interface EvidenceCell {
  blocId: string;
  year: number;
  quarter: number;
  unitId: string;
  criterionId: string;
}

/** What the write checks found, for the transaction to lock and re-check. */
export interface WritableCell extends EvidenceCell {
  blocYearId: string;
}

/**
 * Who may see a unit's evidence: whoever may read its figures. A unit user sees its own, and other
 * units' only once the quarter is published, exactly as the grid shows their figures.
 */
export async function assertCanSeeEvidence(ctx: AuthedContext, cell: Omit<EvidenceCell, "criterionId">) {
  await assertCanReadBloc(ctx, cell.blocId, cell.year);
  if (seesDrafts(ctx.user, cell.blocId) || cell.unitId === ctx.user.unitId) return;
  const blocYear = await loadBlocYearGrid(ctx.prisma, cell.blocId, cell.year);
  if (periodStatus(blocYear, cell.quarter) !== "PUBLISHED") throw forbidden();
}

/**
 * Who may add or remove evidence: the unit itself and the bloc's managers, while the quarter is open,
 * for a member of that year and a criterion of that year's set.
 */
export async function assertCanChangeEvidence(ctx: AuthedContext, cell: EvidenceCell): Promise<WritableCell> {
  const { user } = ctx;
  if (user.role === "LEADER") throw new AppError("FORBIDDEN", "auth.readOnly");
  if (user.role === "UNIT") {
    // A unit outside the bloc is refused like any stranger; a member is told it is another unit's.
    await assertCanReadBloc(ctx, cell.blocId, cell.year);
    if (cell.unitId !== user.unitId) throw new AppError("FORBIDDEN", "evidence.notYours");
  } else {
    await assertCanManageBloc(ctx, cell.blocId);
  }
  const [blocYear, criterion] = await Promise.all([
    loadBlocYearGrid(ctx.prisma, cell.blocId, cell.year),
    ctx.prisma.criterion.findFirst({
      where: { id: cell.criterionId, set: { blocId: cell.blocId, year: cell.year } },
      select: { id: true },
    }),
  ]);
  if (!blocYear.members.some((unit) => unit.id === cell.unitId)) {
    throw new AppError("NOT_FOUND", "evidence.notMember", { year: cell.year });
  }
  if (!criterion) throw new AppError("NOT_FOUND", "evidence.notInSet", { year: cell.year });
  const status = periodStatus(blocYear, cell.quarter);
  if (status !== "OPEN") throw notOpen(cell.quarter, status, ctx.locale);
  return { ...cell, blocYearId: blocYear.id };
}

/** Inside the write's transaction: a concurrent lock or publish waits for it, or it sees the new status. */
export async function lockOpenQuarter(tx: Prisma.TransactionClient, ctx: AuthedContext, cell: WritableCell) {
  const [period] = await tx.$queryRaw<{ status: PeriodStatus }[]>`
    SELECT "status" FROM "Period" WHERE "blocYearId" = ${cell.blocYearId} AND "quarter" = ${cell.quarter} FOR SHARE`;
  if (period && period.status !== "OPEN") throw notOpen(cell.quarter, period.status, ctx.locale);
}

/** A stored piece of evidence with the bloc and year it belongs to, or NOT_FOUND. */
export async function evidenceCellOf(ctx: AuthedContext, id: string) {
  const row = await ctx.prisma.evidence.findUnique({
    where: { id },
    select: {
      id: true,
      unitId: true,
      criterionId: true,
      quarter: true,
      kind: true,
      name: true,
      url: true,
      contentType: true,
      size: true,
      sha256: true,
      criterion: { select: { set: { select: { blocId: true, year: true } } } },
    },
  });
  if (!row) throw notFound("notFound.evidence");
  const { criterion, ...evidence } = row;
  return { ...evidence, blocId: criterion.set.blocId, year: criterion.set.year };
}
