import { z } from "zod";
import type { AuthedContext } from "../../context";
import { loadTargets, type TTargetGrid } from "../../data/targets";
import { ZId, ZYear } from "../../schemas";

export const ZTargetsListInput = z.object({ blocId: ZId, year: ZYear });
export type TTargetsListInput = z.infer<typeof ZTargetsListInput>;

/** The year's targets of a bloc per unit and criterion. */
export async function list({ ctx, input }: { ctx: AuthedContext; input: TTargetsListInput }): Promise<TTargetGrid> {
  return loadTargets({ ctx, input });
}
