import { numberFormats, type Locale, type NumberFormats } from "@thidua/core";
import { useI18n } from "vue-i18n";

/** The interface language as the engine's formatting names it. */
export const numberLocale = (locale: string): Locale => (locale === "en" ? "en" : "vi");

/**
 * Numbers written the way the interface language writes them (Vietnamese 127.600 and 3,7, English
 * 127,600 and 3.7). Each call reads the current language, so templates and computed values that
 * format a figure follow a language switch.
 */
export function useNumbers(): Pick<NumberFormats, "number" | "percent" | "points" | "value"> {
  const { locale } = useI18n();
  const current = () => numberFormats(numberLocale(locale.value));
  return {
    number: (value, digits) => current().number(value, digits),
    percent: (percent, digits) => current().percent(percent, digits),
    points: (points) => current().points(points),
    value: (value) => current().value(value),
  };
}
