import { z } from "zod";
import type { AuthedContext } from "../../context";
import { loadScoreSheet, type TGrid } from "../../data/score-sheet";
import { ZId, ZQuarter, ZYear } from "../../schemas";

export const ZGridInput = z.object({ blocId: ZId, year: ZYear, quarter: ZQuarter });
export type TGridInput = z.infer<typeof ZGridInput>;

/** A bloc's quarter as its score sheet shows it. */
export async function grid({ ctx, input }: { ctx: AuthedContext; input: TGridInput }): Promise<TGrid> {
  return loadScoreSheet({ ctx, input });
}
