import { authedProcedure, managerProcedure, router } from "../../trpc";
import { dossier, ZDossier } from "./dossier";
import { rules, saveRules, ZAwardRules } from "./rules";
import { saveDossier } from "./save-dossier";
import { ZBlocYearInput, ZSaveDossierInput, ZSaveRulesInput } from "./schemas";

/** The year's award rules and its year-end deliberation (bình xét, suy tôn). */
export const awardsRouter = router({
  rules: authedProcedure.input(ZBlocYearInput).output(ZAwardRules).query(rules),
  saveRules: managerProcedure.input(ZSaveRulesInput).output(ZAwardRules).mutation(saveRules),
  dossier: authedProcedure.input(ZBlocYearInput).output(ZDossier).query(dossier),
  saveDossier: managerProcedure.input(ZSaveDossierInput).output(ZDossier).mutation(saveDossier),
});
