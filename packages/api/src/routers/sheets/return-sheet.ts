import type { z } from "zod";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { changeSheet } from "../../sheets/transition";
import type { TSheetStatus } from "../../sheets/sheet-status";
import type { ZReturnInput } from "./schemas";

/** The coordinator returns a submitted (or verified) sheet to its unit with remarks the unit reads. */
export async function returnSheet({
  ctx,
  input: { remarks, ...sheet },
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZReturnInput>;
}): Promise<TSheetStatus> {
  await assertCanManageBloc(ctx, sheet.blocId);
  return changeSheet(ctx, { ...sheet, remarks }, "return");
}
