import type { z } from "zod";
import type { AuthedContext } from "../../context";
import { ZId, ZQuarter, ZYear } from "../../schemas";
import { ZResultCell, type TResultCell } from "../../data/result-cell";
import { ZCellChange } from "../../cells/cell-change";
import { saveCells } from "../../data/save-cells";

export const ZSaveCellInput = ZCellChange.extend({ blocId: ZId, year: ZYear, quarter: ZQuarter });
export type TSaveCellInput = z.output<typeof ZSaveCellInput>;

/** Null when a new cell was left empty, so nothing was written. */
export const ZSavedCell = ZResultCell.nullable();

/** One cell, under exactly the rules and conflict check of a grid save. */
export async function saveCell({
  ctx,
  input: { blocId, year, quarter, ...cell },
}: {
  ctx: AuthedContext;
  input: TSaveCellInput;
}): Promise<TResultCell | null> {
  const [saved] = await saveCells({ ctx, input: { blocId, year, quarter, cells: [cell] } });
  return saved ?? null;
}
