import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation } from "../../errors";
import { translate } from "../../i18n/translate";
import { ZEntityCode } from "../../organisation/codes";
import { ZId, ZName } from "../../schemas";
import { assertPlacement, unitSelect, ZUnitKind, type TUnit } from "../../organisation/units";

export const ZCreateUnitInput = z.object({
  code: ZEntityCode,
  name: ZName(),
  kind: ZUnitKind,
  parentId: ZId.nullable(),
});

export const unitCodeTaken = (ctx: AuthedContext, code: string) =>
  new AppError("CONFLICT", "conflict.exists", { what: translate("what.unitCode", ctx.locale, { code }) });

export async function create({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZCreateUnitInput>;
}): Promise<TUnit> {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      await assertPlacement(tx, input.kind, input.parentId);
      if (await tx.unit.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw unitCodeTaken(ctx, input.code);
      }
      const unit = await tx.unit.create({ data: input, select: unitSelect });
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "unit",
          entityId: unit.id,
          action: "create",
          after: { ...unit, archivedAt: null },
        },
      ]);
      return unit;
    });
  } catch (error) {
    // Another admin created the same code between our check and our insert.
    if (isUniqueViolation(error)) throw unitCodeTaken(ctx, input.code);
    throw error;
  }
}
