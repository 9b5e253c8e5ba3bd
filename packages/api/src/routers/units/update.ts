import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation, notFound } from "../../errors";
import { ZEntityCode } from "../../organisation/codes";
import { ZId, ZName } from "../../schemas";
import { unitCodeTaken } from "./create";
import { assertPlacement, unitSelect, ZUnitKind, type TUnit } from "../../organisation/units";

export const ZUpdateUnitInput = z.object({
  id: ZId,
  /** A new code (recoding): the unit's history follows it. */
  code: ZEntityCode.optional(),
  name: ZName().optional(),
  kind: ZUnitKind.optional(),
  /** Another province: the unit's past years stay with the blocs it was in. */
  parentId: ZId.nullable().optional(),
});

/** Renames, recodes, changes the kind of, or moves a unit to another province. */
export async function update({
  ctx,
  input: { id, ...changes },
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZUpdateUnitInput>;
}): Promise<TUnit> {
  const code = changes.code;
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const before = await tx.unit.findUnique({
        where: { id },
        select: { ...unitSelect, _count: { select: { children: true, blocs: true } } },
      });
      if (!before) throw notFound("notFound.unit");
      const { _count: dependants, ...unit } = before;
      if (unit.archivedAt) throw new AppError("BAD_REQUEST", "unit.archived", { unit: unit.name });
      const after = {
        kind: changes.kind ?? unit.kind,
        parentId: changes.parentId === undefined ? unit.parentId : changes.parentId,
      };
      await assertPlacement(tx, after.kind, after.parentId);
      if (unit.kind === "PROVINCE" && after.kind !== "PROVINCE" && dependants.children + dependants.blocs > 0) {
        throw new AppError("BAD_REQUEST", "unit.provinceInUse", { unit: unit.name });
      }
      if (code && code !== unit.code && (await tx.unit.findUnique({ where: { code }, select: { id: true } }))) {
        throw unitCodeTaken(ctx, code);
      }
      if (after.parentId !== unit.parentId) {
        // Its past years stay with the old province's blocs; this year's and later ones would break.
        const current = await tx.membership.findFirst({
          where: { unitId: id, year: { gte: new Date().getUTCFullYear() } },
          select: { year: true, blocYear: { select: { bloc: { select: { code: true } } } } },
          orderBy: { year: "asc" },
        });
        if (current) {
          throw new AppError("CONFLICT", "unit.moveInUse", {
            unit: unit.name,
            bloc: current.blocYear.bloc.code,
            year: current.year,
          });
        }
      }
      const updated = await tx.unit.update({ where: { id }, data: changes, select: unitSelect });
      const fields = (value: TUnit) => ({
        code: value.code,
        name: value.name,
        kind: value.kind,
        parentId: value.parentId,
      });
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "unit",
          entityId: id,
          action: "update",
          before: fields(unit),
          after: fields(updated),
        },
      ]);
      return updated;
    });
  } catch (error) {
    if (code && isUniqueViolation(error)) throw unitCodeTaken(ctx, code);
    throw error;
  }
}
