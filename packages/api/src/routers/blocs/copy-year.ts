import { z } from "zod";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { translate } from "../../i18n/translate";
import { inTransaction, writeBlocYear } from "../../data/write-bloc-year";
import { type TBlocYear } from "../../data/bloc-year";
import { ZId, ZYear } from "../../schemas";

export const ZCopyYearInput = z.object({ blocId: ZId, year: ZYear });

/**
 * The usual yearly rotation: last year's deputy becomes head and the member after it in the list
 * becomes deputy. Without a deputy, the headship passes to the member after last year's head.
 */
export function rotateLeadership(memberUnitIds: string[], headUnitId: string | null, deputyUnitId: string | null) {
  const after = (unitId: string) => memberUnitIds[(memberUnitIds.indexOf(unitId) + 1) % memberUnitIds.length] ?? null;
  const isMember = (unitId: string | null): unitId is string => unitId !== null && memberUnitIds.includes(unitId);
  const head = isMember(deputyUnitId)
    ? deputyUnitId
    : isMember(headUnitId)
      ? after(headUnitId)
      : (memberUnitIds[0] ?? null);
  const deputy = head === null ? null : after(head);
  return { headUnitId: head, deputyUnitId: deputy === head ? null : deputy };
}

/** Starts `year` with the previous year's members (still active) in the same order and the leadership rotated. */
export async function copyYear({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZCopyYearInput>;
}): Promise<TBlocYear> {
  await assertCanManageBloc(ctx, input.blocId);
  const { blocId, year } = input;
  return inTransaction(ctx, year, async (tx) => {
    const source = await tx.blocYear.findUnique({
      where: { blocId_year: { blocId, year: year - 1 } },
      select: {
        headUnitId: true,
        deputyUnitId: true,
        members: { select: { unitId: true, unit: { select: { archivedAt: true } } }, orderBy: { position: "asc" } },
      },
    });
    if (!source) throw notFound("notFound.blocYear", { year: year - 1 });
    if (await tx.blocYear.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true } })) {
      throw new AppError("CONFLICT", "conflict.exists", { what: translate("what.blocYear", ctx.locale, { year }) });
    }
    // Units archived before the new year (a district abolished by the 2025 reform) do not come along.
    const memberUnitIds = source.members
      .filter((member) => !member.unit.archivedAt || member.unit.archivedAt.getUTCFullYear() >= year)
      .map((member) => member.unitId);
    return writeBlocYear(tx, ctx, {
      blocId,
      year,
      version: null,
      memberUnitIds,
      ...rotateLeadership(memberUnitIds, source.headUnitId, source.deputyUnitId),
    });
  });
}
