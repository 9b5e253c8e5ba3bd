import { z } from "zod";
import { ZFigure, ZId } from "../schemas";

/** One target as a save sends it. */
export const ZTargetCell = z.object({
  unitId: ZId,
  criterionId: ZId,
  value: ZFigure,
  /** The version that was read; null for a target that did not exist yet. */
  version: z.number().int().min(1).nullable(),
});
