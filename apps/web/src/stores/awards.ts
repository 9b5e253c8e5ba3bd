import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type AwardRules = RouterOutputs["awards"]["rules"];
export type AwardRule = AwardRules["rules"][number];
export type Dossier = RouterOutputs["awards"]["dossier"];
export type DossierInput = RouterInputs["awards"]["saveDossier"];

/** The year's award rules and its year-end deliberation. */
export const useAwardsStore = defineStore("awards", () => {
  const rules = (blocId: string, year: number) => api.awards.rules.query({ blocId, year });
  const saveRules = (blocId: string, year: number, version: number, list: AwardRule[]) =>
    api.awards.saveRules.mutate({ blocId, year, version, rules: list });
  const dossier = (blocId: string, year: number) => api.awards.dossier.query({ blocId, year });
  const saveDossier = (input: DossierInput) => api.awards.saveDossier.mutate(input);
  return { rules, saveRules, dossier, saveDossier };
});
