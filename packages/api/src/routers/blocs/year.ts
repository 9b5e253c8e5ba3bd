import { z } from "zod";
import { assertCanReadBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { loadBlocYear, type TBlocYear } from "../../data/bloc-year";
import { ZId, ZYear } from "../../schemas";

export const ZBlocYearInput = z.object({ blocId: ZId, year: ZYear });

export async function year({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZBlocYearInput>;
}): Promise<TBlocYear> {
  await assertCanReadBloc(ctx, input.blocId, input.year);
  const blocYear = await loadBlocYear(ctx.prisma, ctx.user, input.blocId, input.year);
  if (!blocYear) throw notFound("notFound.blocYear", { year: input.year });
  return blocYear;
}
