import { z } from "zod";
import { authedProcedure, managerProcedure, router } from "../../trpc";
import { ZTarget, ZTargetGrid } from "../../data/targets";
import { list, ZTargetsListInput } from "./list";
import { save, ZSaveTargetsInput } from "./save";

export const targetsRouter = router({
  list: authedProcedure.input(ZTargetsListInput).output(ZTargetGrid).query(list),
  save: managerProcedure.input(ZSaveTargetsInput).output(z.array(ZTarget)).mutation(save),
});
