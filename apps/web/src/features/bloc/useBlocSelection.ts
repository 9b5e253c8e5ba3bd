import { computed } from "vue";
import { useRoute } from "vue-router";
import { useRouteSelection } from "../../composables/useRouteSelection";
import type { Basis, RankingQuery, Side } from "../../stores/rankings";

/**
 * What the bloc page shows, all in the URL so it can be shared and reloaded:
 * /blocs/:blocId?year=2024&quarter=2&basis=QUARTER&side=self (year to date and verified by default).
 */
export function useBlocSelection() {
  const route = useRoute();
  const { year, quarter, queryText, select } = useRouteSelection();
  const blocId = computed(() => String(route.params.blocId ?? ""));
  const basis = computed<Basis>(() => (queryText("basis") === "QUARTER" ? "QUARTER" : "YTD"));
  const side = computed<Side>(() => (queryText("side") === "self" ? "self" : "verified"));
  const query = computed<RankingQuery | null>(() =>
    year.value !== null && quarter.value !== null
      ? { blocId: blocId.value, year: year.value, quarter: quarter.value, basis: basis.value, side: side.value }
      : null,
  );
  /** Defaults stay out of the URL, so a shared link reads as short as it can. */
  const selectBasis = (value: Basis) => select({ basis: value === "YTD" ? null : value });
  const selectSide = (value: Side) => select({ side: value === "verified" ? null : value });
  return { blocId, year, quarter, basis, side, query, select, selectBasis, selectSide };
}
