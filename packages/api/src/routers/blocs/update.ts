import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { blocSelect, ZBlocDescription, ZBlocName, type TBloc } from "./schemas";
import { ZId } from "../../schemas";

/** The province stays: the bloc's members and history belong to it. */
export const ZUpdateBlocInput = z.object({
  id: ZId,
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
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.bloc.findUnique({ where: { id }, select: { name: true, description: true } });
    if (!before) throw notFound("notFound.bloc");
    const bloc = await tx.bloc.update({ where: { id }, data: changes, select: blocSelect });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "bloc",
        entityId: id,
        action: "update",
        before,
        after: { name: bloc.name, description: bloc.description },
        blocId: id,
      },
    ]);
    return bloc;
  });
}
