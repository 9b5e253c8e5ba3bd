import { authedProcedure, managerProcedure, router } from "../../trpc";
import { byBlocYear, ZByBlocYearInput } from "./by-bloc-year";
import { copyFromYear, ZCopyFromYearInput } from "./copy-from-year";
import { save, ZSaveCriteriaSetInput } from "./save";
import { ZCriteriaSetTree } from "./tree";

export const criteriaRouter = router({
  byBlocYear: authedProcedure.input(ZByBlocYearInput).output(ZCriteriaSetTree.nullable()).query(byBlocYear),
  save: managerProcedure.input(ZSaveCriteriaSetInput).output(ZCriteriaSetTree).mutation(save),
  copyFromYear: managerProcedure.input(ZCopyFromYearInput).output(ZCriteriaSetTree).mutation(copyFromYear),
});
