import { z } from "zod";
import type { AuthedContext } from "../../context";
import { ZResultCell, type TResultCell } from "../../data/result-cell";
import { saveCells } from "../../data/save-cells";
import { ZCellChange } from "../../cells/cell-change";
import { ZId, ZQuarter, ZYear } from "../../schemas";

export const ZSaveGridInput = z.object({
  blocId: ZId,
  year: ZYear,
  quarter: ZQuarter,
  cells: z.array(ZCellChange).min(1).max(2000),
});
export type TSaveGridInput = z.output<typeof ZSaveGridInput>;

export const ZSavedCells = z.array(ZResultCell);

/** The score sheet's save: every changed cell of one bloc quarter, all or nothing. */
export async function saveGrid({ ctx, input }: { ctx: AuthedContext; input: TSaveGridInput }): Promise<TResultCell[]> {
  return saveCells({ ctx, input });
}
