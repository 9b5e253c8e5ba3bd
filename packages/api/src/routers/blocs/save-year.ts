import { z } from "zod";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import type { TBlocYear } from "../../data/bloc-year";
import { inTransaction, writeBlocYear } from "../../data/write-bloc-year";
import { ZId, ZYear } from "../../schemas";

export const ZSaveYearInput = z.object({
  blocId: ZId,
  year: ZYear,
  /** The version that was read; null to start the year. */
  version: z.number().int().min(1).nullable(),
  /** In display order. */
  memberUnitIds: z.array(ZId).max(200),
  headUnitId: ZId.nullable(),
  deputyUnitId: ZId.nullable(),
});
export type TSaveYearInput = z.output<typeof ZSaveYearInput>;

export async function saveYear({ ctx, input }: { ctx: AuthedContext; input: TSaveYearInput }): Promise<TBlocYear> {
  await assertCanManageBloc(ctx, input.blocId);
  return inTransaction(ctx, input.year, (tx) => writeBlocYear(tx, ctx, input));
}
