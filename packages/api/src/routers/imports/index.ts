import { managerProcedure, router, writerProcedure } from "../../trpc";
import { quarter, ZQuarterImport, ZQuarterImportInput } from "./quarter";
import { targets, ZTargetsImport, ZTargetsImportInput } from "./targets";

/** Filled-in entry sheets read back as a preview; applying goes through results.saveGrid and targets.save. */
export const importsRouter = router({
  quarter: writerProcedure.input(ZQuarterImportInput).output(ZQuarterImport).mutation(quarter),
  targets: managerProcedure.input(ZTargetsImportInput).output(ZTargetsImport).mutation(targets),
});
