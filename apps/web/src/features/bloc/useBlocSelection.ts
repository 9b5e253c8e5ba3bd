import { computed } from "vue";
import { useRoute, type RouteLocationNormalized } from "vue-router";
import { periodOf, queryTextOf, useRouteSelection } from "../../composables/useRouteSelection";
import type { Basis, RankingQuery, Side } from "../../stores/rankings";

/** The ranking a bloc page's address asks for, or null until it names the year and quarter. */
export function rankingQueryOf(route: Pick<RouteLocationNormalized, "params" | "query">): RankingQuery | null {
  const { year, quarter } = periodOf(route.query);
  if (year === null || quarter === null) return null;
  const basis: Basis = queryTextOf(route.query, "basis") === "QUARTER" ? "QUARTER" : "YTD";
  const side: Side = queryTextOf(route.query, "side") === "self" ? "self" : "verified";
  return { blocId: String(route.params.blocId ?? ""), year, quarter, basis, side };
}

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
  const query = computed(() => rankingQueryOf(route));
  /** Defaults stay out of the URL, so a shared link reads as short as it can. */
  const selectBasis = (value: Basis) => select({ basis: value === "YTD" ? null : value });
  const selectSide = (value: Side) => select({ side: value === "verified" ? null : value });
  return { blocId, year, quarter, basis, side, query, select, selectBasis, selectSide };
}
