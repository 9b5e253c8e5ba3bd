import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation, notFound } from "../../errors";
import { ZEntityCode } from "../../organisation/codes";
import { blocCodeTaken } from "./create";
import { blocSelect, ZBlocDescription, ZBlocName, type TBloc } from "./schemas";
import { ZId } from "../../schemas";

/** The province stays: the bloc's members and history belong to it. */
export const ZUpdateBlocInput = z.object({
  id: ZId,
  code: ZEntityCode.optional(),
  name: ZBlocName.optional(),
  description: ZBlocDescription.optional(),
});

export async function update({
  ctx,
  input: { id, ...changes },
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZUpdateBlocInput>;
}): Promise<TBloc> {
  const code = changes.code;
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const before = await tx.bloc.findUnique({
        where: { id },
        select: { code: true, name: true, description: true, archivedAt: true },
      });
      if (!before) throw notFound("notFound.bloc");
      const { archivedAt, ...fields } = before;
      if (archivedAt) throw new AppError("BAD_REQUEST", "bloc.archived");
      if (code && code !== fields.code && (await tx.bloc.findUnique({ where: { code }, select: { id: true } }))) {
        throw blocCodeTaken(ctx, code);
      }
      const bloc = await tx.bloc.update({ where: { id }, data: changes, select: blocSelect });
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          entity: "bloc",
          entityId: id,
          action: "update",
          before: fields,
          after: { code: bloc.code, name: bloc.name, description: bloc.description },
          blocId: id,
        },
      ]);
      return bloc;
    });
  } catch (error) {
    if (code && isUniqueViolation(error)) throw blocCodeTaken(ctx, code);
    throw error;
  }
}
