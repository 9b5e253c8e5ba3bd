import { z } from "zod";
import { assertCanReadBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { gridOf, loadSheet, ZGrid } from "../../data/score-sheet";
import { toNumber } from "../../data/result-cell";
import {
  ZClassificationBand,
  ZTieBreakRule,
  type TClassificationBand,
  type TTieBreakRule,
} from "../../criteria/schemas";
import { ZGridInput, type TGridInput } from "./grid";

export const ZSheetInput = ZGridInput;

/** The score sheet of a bloc quarter in one answer: its grid, what live scoring adds up on the year to date, and the covenant's ranking rules. */
export const ZSheet = z.object({
  grid: ZGrid,
  /** The figures of the year's earlier quarters that the caller may see. */
  earlier: z.array(
    z.object({
      unitId: z.string(),
      criterionId: z.string(),
      quarter: z.number().int(),
      reportedValue: z.number().nullable(),
      verifiedValue: z.number().nullable(),
    }),
  ),
  /** The covenant's classification bands and tie-break rules, which the grid leaves out. */
  set: z.object({ classification: z.array(ZClassificationBand), tieBreak: z.array(ZTieBreakRule) }),
});
export type TSheet = z.output<typeof ZSheet>;

/** Read like the grid: who may read the bloc gets the quarter and the earlier figures the grid of each would show. */
export async function sheet({ ctx, input }: { ctx: AuthedContext; input: TGridInput }): Promise<TSheet> {
  await assertCanReadBloc(ctx, input.blocId, input.year);
  const loaded = await loadSheet(ctx, input);
  return {
    grid: gridOf(ctx, input, loaded),
    earlier: loaded.earlier.map((row) => ({
      unitId: row.unitId,
      criterionId: row.criterionId,
      quarter: row.quarter,
      reportedValue: toNumber(row.reportedValue),
      verifiedValue: toNumber(row.verifiedValue),
    })),
    set: {
      classification: loaded.set.classification as TClassificationBand[],
      tieBreak: loaded.set.tieBreak as TTieBreakRule[],
    },
  };
}
