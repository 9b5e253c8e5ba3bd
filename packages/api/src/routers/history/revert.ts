import { FIGURE_WARNING_CODES } from "@thidua/core";
import { z } from "zod";
import type { AuthedContext } from "../../context";
import { AppError } from "../../errors";
import { toNumber, ZResultCell, type TResultCell } from "../../data/result-cell";
import { saveCells } from "../../data/save-cells";
import { ZId } from "../../schemas";
import { valuesAfter } from "./cell";
import { readableCell, ZCellRef } from "./cell-ref";

export const ZRevertCellInput = ZCellRef.extend({
  /** The history entry (audit row) whose figures to restore. */
  entryId: ZId,
  /** The cell's version that was read with the history. */
  version: z.number().int().min(1),
});
export type TRevertCellInput = z.output<typeof ZRevertCellInput>;

export const ZRevertedCell = ZResultCell;

/**
 * Restores a cell's values to those an earlier change left, as a new change through the grid's own
 * save: the quarter must be open, the version current, and the caller allowed to write what is
 * restored. Coordinators restore both values; a unit user restores only its own self-assessment (the
 * verified value is not its to write), so a revert never does what a save by the same caller could not.
 */
export async function revert({ ctx, input }: { ctx: AuthedContext; input: TRevertCellInput }): Promise<TResultCell> {
  const { result } = await readableCell(ctx, input);
  const entry = result
    ? await ctx.prisma.auditLog.findFirst({
        where: { id: input.entryId, entity: "result", entityId: result.id, blocId: input.blocId },
        select: { after: true },
      })
    : null;
  if (!result || !entry) throw new AppError("NOT_FOUND", "history.notFound");
  const values = valuesAfter(entry.after);
  const restored = ctx.user.role === "UNIT" ? { reportedValue: values.reportedValue } : values;
  const now = { reportedValue: toNumber(result.reportedValue), verifiedValue: toNumber(result.verifiedValue) };
  const unchanged = Object.entries(restored).every(([field, value]) => now[field as keyof typeof now] === value);
  if (unchanged) throw new AppError("BAD_REQUEST", "history.sameValue");
  const { blocId, year, quarter, unitId, criterionId, version } = input;
  const [saved] = await saveCells(
    {
      ctx,
      input: {
        blocId,
        year,
        quarter,
        // The restored value was saved once already, its plausibility warnings seen then; the revert
        // is the confirmation, and the history shows what was restored.
        cells: [{ unitId, criterionId, version, ...restored, confirmWarnings: [...FIGURE_WARNING_CODES] }],
      },
    },
    { revertOf: input.entryId },
  );
  if (!saved) throw new AppError("BAD_REQUEST", "history.sameValue");
  return saved;
}
