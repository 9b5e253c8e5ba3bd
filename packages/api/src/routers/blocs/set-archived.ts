import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { ZId } from "../../schemas";
import { blocSelect, type TBloc } from "./schemas";

export const ZSetBlocArchivedInput = z.object({ id: ZId, archived: z.boolean() });

/** Archives a bloc that no longer meets (rebuilt by the 2025 reform) or restores it; its years stay readable. */
export async function setArchived({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZSetBlocArchivedInput>;
}): Promise<TBloc> {
  return ctx.prisma.$transaction(async (tx) => {
    const bloc = await tx.bloc.findUnique({ where: { id: input.id }, select: blocSelect });
    if (!bloc) throw notFound("notFound.bloc");
    if ((bloc.archivedAt !== null) === input.archived) return bloc;
    const updated = await tx.bloc.update({
      where: { id: input.id },
      data: { archivedAt: input.archived ? new Date() : null },
      select: blocSelect,
    });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "bloc",
        entityId: bloc.id,
        action: input.archived ? "archive" : "restore",
        blocId: bloc.id,
      },
    ]);
    return updated;
  });
}
