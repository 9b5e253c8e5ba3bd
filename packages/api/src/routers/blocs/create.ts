import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation, notFound } from "../../errors";
import { translate } from "../../i18n/translate";
import { blocSelect, ZBlocDescription, ZBlocName, type TBloc } from "./schemas";
import { ZEntityCode } from "../../organisation/codes";
import { ZId } from "../../schemas";

export const ZCreateBlocInput = z.object({
  code: ZEntityCode,
  name: ZBlocName,
  description: ZBlocDescription.default(null),
  provinceId: ZId,
});

export const blocCodeTaken = (ctx: AuthedContext, code: string) =>
  new AppError("CONFLICT", "conflict.exists", { what: translate("what.blocCode", ctx.locale, { code }) });

export async function create({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZCreateBlocInput>;
}): Promise<TBloc> {
  const taken = () => blocCodeTaken(ctx, input.code);
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const province = await tx.unit.findUnique({
        where: { id: input.provinceId },
        select: { kind: true, name: true, archivedAt: true },
      });
      if (!province) throw notFound("notFound.unit");
      if (province.kind !== "PROVINCE") throw new AppError("BAD_REQUEST", "bloc.notProvince");
      if (province.archivedAt) throw new AppError("BAD_REQUEST", "unit.archived", { unit: province.name });
      if (await tx.bloc.findUnique({ where: { code: input.code }, select: { id: true } })) throw taken();
      const bloc = await tx.bloc.create({ data: input, select: blocSelect });
      await recordAudit(tx, [
        { userId: ctx.user.id, entity: "bloc", entityId: bloc.id, action: "create", after: bloc, blocId: bloc.id },
      ]);
      return bloc;
    });
  } catch (error) {
    // Another admin created the same code between our check and our insert.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
