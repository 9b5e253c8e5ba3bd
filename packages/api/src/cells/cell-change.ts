import { z } from "zod";
import { FIGURE_WARNING_CODES } from "@thidua/core";
import { ZFigure, ZId, ZOptionalText, ZUrl } from "../schemas";

export const ZCellChange = z.object({
  unitId: ZId,
  criterionId: ZId,
  // Absent: leave as is; null: clear.
  reportedValue: ZFigure.nullable().optional(),
  verifiedValue: ZFigure.nullable().optional(),
  note: ZOptionalText(2000).optional(),
  evidenceUrl: ZUrl(2000).nullable().optional(),
  explanation: ZOptionalText(2000).optional(),
  /**
   * The plausibility warnings the saver saw for this cell's new figures and confirmed (or explained
   * in the note); a warning not named here refuses the save.
   */
  confirmWarnings: z.array(z.enum(FIGURE_WARNING_CODES)).max(FIGURE_WARNING_CODES.length).optional(),
  /** The version that was read; null for a cell that did not exist yet. */
  version: z.number().int().min(1).nullable(),
});
export type TCellChange = z.output<typeof ZCellChange>;
