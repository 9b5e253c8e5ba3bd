import { useI18n } from "vue-i18n";
import { fieldKey, type FieldRef } from "./sheet-keys";
import type { ScoreSheet } from "./useScoreSheet";

/** Why a field cannot be saved, in the page's language: the local check first, else the server's refusal. */
export function useProblemText(sheet: ScoreSheet) {
  const { t } = useI18n();
  return (field: FieldRef): string | null => {
    const { problem } = sheet.state(field);
    if (problem) {
      const { code, ...params } = problem;
      return t(`scores.problem.${code}`, params);
    }
    const refused = sheet.refused.get(fieldKey(field));
    return refused ? t("scores.problem.refused", { reason: refused }) : null;
  };
}
