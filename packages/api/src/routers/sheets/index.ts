import { authedProcedure, managerProcedure, router, unitProcedure } from "../../trpc";
import { ZSheetStatus } from "../../sheets/sheet-status";
import { completeness, ZCompletenessPanel } from "./completeness";
import { returnSheet } from "./return-sheet";
import { ZQuarterRef, ZReturnInput, ZUnitSheetRef } from "./schemas";
import { submit } from "./submit";
import { verify } from "./verify";

/** A quarter's self-assessment sheets: the unit submits, the coordinator returns or verifies, both see where each stands. */
export const sheetsRouter = router({
  completeness: authedProcedure.input(ZQuarterRef).output(ZCompletenessPanel).query(completeness),
  submit: unitProcedure.input(ZQuarterRef).output(ZSheetStatus).mutation(submit),
  return: managerProcedure.input(ZReturnInput).output(ZSheetStatus).mutation(returnSheet),
  verify: managerProcedure.input(ZUnitSheetRef).output(ZSheetStatus).mutation(verify),
});
