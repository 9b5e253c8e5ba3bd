import type { z } from "zod";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { changeSheet } from "../../sheets/transition";
import type { TSheetStatus } from "../../sheets/sheet-status";
import type { ZUnitSheetRef } from "./schemas";

/** The coordinator marks a unit verified once every due criterion has its verified figure. */
export async function verify({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZUnitSheetRef>;
}): Promise<TSheetStatus> {
  await assertCanManageBloc(ctx, input.blocId);
  return changeSheet(ctx, input, "verify");
}
