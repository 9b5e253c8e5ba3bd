import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation, notFound } from "../../errors";
import { translate } from "../../i18n/translate";
import { blocSelect, ZBlocDescription, ZBlocName, type TBloc } from "./schemas";
import { ZCode, ZId } from "../../schemas";

export const ZCreateBlocInput = z.object({
  code: ZCode(),
  name: ZBlocName,
  description: ZBlocDescription.default(null),
  provinceId: ZId,
});

export async function create({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZCreateBlocInput>;
}): Promise<TBloc> {
  const taken = () =>
    new AppError("CONFLICT", "conflict.exists", { what: translate("what.blocCode", ctx.locale, { code: input.code }) });
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const province = await tx.unit.findUnique({ where: { id: input.provinceId }, select: { kind: true } });
      if (!province) throw notFound("notFound.unit");
      if (province.kind !== "PROVINCE") throw new AppError("BAD_REQUEST", "bloc.notProvince");
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
