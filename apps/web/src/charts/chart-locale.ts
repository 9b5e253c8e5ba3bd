import { intlLocale } from "@thidua/core";
import type { ChartOptions, ChartType } from "chart.js";
import { computed, type ComputedRef } from "vue";
import { useI18n } from "vue-i18n";
import { numberLocale } from "../i18n/numbers";

/**
 * A chart's options with the interface language's number conventions, so the labels Chart.js writes
 * itself (ticks and tooltips without a callback) read 127.600 in Vietnamese and 127,600 in English.
 */
export function useLocalisedOptions<T extends ChartType>(
  options: () => ChartOptions<T> | undefined,
): ComputedRef<ChartOptions<T>> {
  const { locale } = useI18n();
  return computed(() => ({ ...options(), locale: intlLocale(numberLocale(locale.value)) }) as ChartOptions<T>);
}
