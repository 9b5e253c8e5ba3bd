import type { RouteLocationNormalized } from "vue-router";
import { useBlocsStore } from "../../stores/blocs";
import { useRankingsStore } from "../../stores/rankings";
import { rankingQueryOf } from "./useBlocSelection";

/**
 * Starts the bloc page's first questions (the bloc, and its ranking when the address names the
 * quarter) while the page's code is still downloading; the page's own calls then receive them.
 */
export function prefetchBlocPage(to: RouteLocationNormalized): void {
  useBlocsStore().prefetchById(String(to.params.blocId ?? ""));
  const query = rankingQueryOf(to);
  if (query) useRankingsStore().prefetchBloc(query);
}
