import type { Locale } from "../i18n/locale";
import { translate } from "../i18n/translate";

/** "15 phút", "1 minute", "40 giây": how long a lock still holds, in the reader's language. */
export function describeWait(seconds: number, locale: Locale): string {
  if (seconds < 60) return translate("wait.seconds", locale, { count: Math.max(1, seconds) });
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? translate("wait.minute", locale) : translate("wait.minutes", locale, { count: minutes });
}
