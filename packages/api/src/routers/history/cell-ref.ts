import { z } from "zod";
import { assertCanReadBloc, seesDrafts } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { forbidden, notFound } from "../../errors";
import { ZId, ZQuarter, ZYear } from "../../schemas";

/** One cell of a bloc's score sheet: a unit's figures for one criterion in one quarter. */
export const ZCellRef = z.object({ blocId: ZId, year: ZYear, quarter: ZQuarter, unitId: ZId, criterionId: ZId });
export type TCellRef = z.output<typeof ZCellRef>;

/**
 * The stored rows behind a cell the caller may read: unit users only their own unit's cells (the
 * history holds drafts), everyone else who reads the bloc any member's. A criterion or unit that is
 * not the bloc-year's is not found, so a readable bloc never opens another bloc's cell.
 */
export async function readableCell(ctx: AuthedContext, ref: TCellRef) {
  await assertCanReadBloc(ctx, ref.blocId, ref.year);
  if (!seesDrafts(ctx.user, ref.blocId) && ref.unitId !== ctx.user.unitId) throw forbidden();
  const [criterion, membership, period] = await Promise.all([
    ctx.prisma.criterion.findFirst({
      where: { id: ref.criterionId, set: { blocId: ref.blocId, year: ref.year } },
      select: { id: true },
    }),
    ctx.prisma.membership.findFirst({
      where: { unitId: ref.unitId, year: ref.year, blocYear: { blocId: ref.blocId } },
      select: { id: true },
    }),
    ctx.prisma.period.findFirst({
      where: { quarter: ref.quarter, blocYear: { blocId: ref.blocId, year: ref.year } },
      select: { id: true },
    }),
  ]);
  if (!criterion || !membership) throw notFound("notFound.cell");
  const result = await ctx.prisma.result.findUnique({
    where: { criterionId_unitId_quarter: { criterionId: ref.criterionId, unitId: ref.unitId, quarter: ref.quarter } },
    select: { id: true, version: true, reportedValue: true, verifiedValue: true },
  });
  return { result, periodId: period?.id ?? null };
}
