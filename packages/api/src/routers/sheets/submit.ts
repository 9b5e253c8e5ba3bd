import type { z } from "zod";
import { assertCanReadBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError } from "../../errors";
import { changeSheet } from "../../sheets/transition";
import type { TSheetStatus } from "../../sheets/sheet-status";
import type { ZQuarterRef } from "./schemas";

/** The unit submits (nộp) its own sheet of the open quarter; refused while figures or evidence are missing. */
export async function submit({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZQuarterRef>;
}): Promise<TSheetStatus> {
  const unitId = ctx.user.unitId;
  if (!unitId) throw new AppError("FORBIDDEN", "sheet.noUnit");
  await assertCanReadBloc(ctx, input.blocId, input.year);
  return changeSheet(ctx, { ...input, unitId }, "submit");
}
