import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { leaveFutureYears } from "../../organisation/archive-unit";
import { ZId } from "../../schemas";
import { unitSelect, type TUnit } from "../../organisation/units";

export const ZSetUnitArchivedInput = z.object({ id: ZId, archived: z.boolean() });

/**
 * Archives a unit (a district abolished in 2025, a merged commune) or restores it. An archived
 * unit keeps its memberships, targets and results, and joins no bloc in a year after this one.
 */
export async function setArchived({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZSetUnitArchivedInput>;
}): Promise<TUnit> {
  return ctx.prisma.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: input.id }, select: unitSelect });
    if (!unit) throw notFound("notFound.unit");
    if ((unit.archivedAt !== null) === input.archived) return unit;
    if (input.archived && unit.kind === "PROVINCE") {
      const active =
        (await tx.unit.count({ where: { parentId: unit.id, archivedAt: null } })) +
        (await tx.bloc.count({ where: { provinceId: unit.id, archivedAt: null } }));
      if (active > 0) throw new AppError("BAD_REQUEST", "unit.archiveProvinceInUse", { unit: unit.name });
    }
    const now = new Date();
    if (input.archived) await leaveFutureYears(tx, ctx.user.id, unit, now.getUTCFullYear());
    const updated = await tx.unit.update({
      where: { id: unit.id },
      data: { archivedAt: input.archived ? now : null },
      select: unitSelect,
    });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "unit",
        entityId: unit.id,
        action: input.archived ? "archive" : "restore",
        before: { archivedAt: unit.archivedAt?.toISOString() ?? null },
        after: { archivedAt: updated.archivedAt?.toISOString() ?? null },
      },
    ]);
    return updated;
  });
}
