import { computed, watchEffect, type WatchSource } from "vue";
import { useRoute } from "vue-router";
import { useLoader } from "../../composables/useLoader";
import { useRouteSelection } from "../../composables/useRouteSelection";
import { useBlocsStore } from "../../stores/blocs";
import type { QuarterRef } from "../../stores/scores";
import { quarterToEnter } from "./period-default";

/**
 * The bloc of the address and the quarter its pages of entry and verification work on. Without a
 * year and quarter in the address, the newest year's next quarter to enter (its earliest open one).
 */
export function useQuarterToEnter() {
  const route = useRoute();
  const blocs = useBlocsStore();
  const { year, quarter, select } = useRouteSelection();
  const blocId = computed(() => String(route.params.blocId));
  const bloc = useLoader(() => blocs.byId(blocId.value), [blocId]);
  const blocYear = computed(() => bloc.data.value?.years.find((entry) => entry.year === year.value) ?? null);

  watchEffect(() => {
    const detail = bloc.data.value;
    if (!detail || (year.value !== null && quarter.value !== null)) return;
    const chosen = detail.years.find((entry) => entry.year === year.value) ?? detail.years[0];
    if (!chosen) return;
    void select({ year: chosen.year, quarter: quarter.value ?? quarterToEnter(chosen.periods) }, { replace: true });
  });

  const quarterRef = computed<QuarterRef | null>(() =>
    year.value !== null && quarter.value !== null
      ? { blocId: blocId.value, year: year.value, quarter: quarter.value }
      : null,
  );
  /** The loaders' dependencies: a new quarter loads anew, the same one again does not. */
  const quarterKey: WatchSource[] = [
    () => quarterRef.value?.blocId,
    () => quarterRef.value?.year,
    () => quarterRef.value?.quarter,
  ];
  return { blocId, bloc, blocYear, year, quarter, select, quarterRef, quarterKey };
}
