import { createI18n } from "vue-i18n";
import { setApiLocale } from "../api/client";
import { common } from "./messages";
import { accountMessages } from "../features/account/messages";
import { adminMessages } from "../features/admin/messages";
import { authMessages } from "../features/auth/messages";
import { awardsMessages } from "../features/awards/messages";
import { blocsMessages } from "../features/blocs/messages";
import { blocMessages } from "../features/bloc/messages";
import { cycleMessages } from "../features/cycle/messages";
import { documentsMessages } from "../features/documents/messages";
import { evidenceMessages } from "../features/evidence/messages";
import { historyMessages } from "../features/history/messages";
import { progressMessages } from "../features/progress/messages";
import { presentMessages } from "../features/present/messages";
import { provinceMessages } from "../features/province/messages";
import { scoresMessages } from "../features/scores/messages";
import { warningMessages } from "../features/scores/warning-messages";
import { setupMessages } from "../features/setup/messages";

export type AppLocale = "vi" | "en";
export const LOCALES: AppLocale[] = ["vi", "en"];
const STORAGE_KEY = "thidua.locale";

// Each feature owns its words; they meet here under the feature's name.
const features = {
  auth: authMessages,
  account: accountMessages,
  admin: adminMessages,
  blocs: blocsMessages,
  bloc: blocMessages,
  province: provinceMessages,
  scores: scoresMessages,
  figureWarnings: warningMessages,
  setup: setupMessages,
  progress: progressMessages,
  documents: documentsMessages,
  awards: awardsMessages,
  evidence: evidenceMessages,
  history: historyMessages,
  cycle: cycleMessages,
  present: presentMessages,
};

type FeatureMessages = { [Name in keyof typeof features]: (typeof features)[Name]["vi"] };
export type MessageSchema = (typeof common)["vi"] & FeatureMessages;

function messagesFor(locale: AppLocale): MessageSchema {
  const merged: Record<string, unknown> = { ...common[locale] };
  for (const [name, messages] of Object.entries(features)) {
    // A feature named like a shared section would silently hide the shared words.
    if (name in merged) throw new Error(`the "${name}" feature's messages would hide the shared "${name}" words`);
    merged[name] = messages[locale];
  }
  return merged as MessageSchema;
}

function storedLocale(): AppLocale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === "en" ? "en" : "vi";
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: "vi",
  messages: { vi: messagesFor("vi"), en: messagesFor("en") },
});
setApiLocale(i18n.global.locale.value);
if (globalThis.document) document.documentElement.lang = i18n.global.locale.value;

export function switchLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  setApiLocale(locale);
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  if (globalThis.document) document.documentElement.lang = locale;
}
