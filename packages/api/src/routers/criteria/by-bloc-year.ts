import { z } from "zod";
import { assertCanReadBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { ZId, ZYear } from "../../schemas";
import { loadCriteriaSetTree, type TCriteriaSetTree } from "./tree";

export const ZByBlocYearInput = z.object({ blocId: ZId, year: ZYear });
export type TByBlocYearInput = z.infer<typeof ZByBlocYearInput>;

/** Null when the bloc has no set for the year yet (the page then offers to copy last year's). */
export async function byBlocYear({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TByBlocYearInput;
}): Promise<TCriteriaSetTree | null> {
  await assertCanReadBloc(ctx, input.blocId, input.year);
  return loadCriteriaSetTree(ctx.prisma, input.blocId, input.year, ctx.locale);
}
