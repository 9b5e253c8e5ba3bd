import { computed } from "vue";
import { isQuarter, type Quarter } from "@thidua/core";
import { onBeforeRouteLeave, useRoute, useRouter, type LocationQuery, type LocationQueryValue } from "vue-router";

type QueryValue = LocationQueryValue | LocationQueryValue[] | undefined;

function integerIn(value: QueryValue, min: number, max: number): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d+$/.test(text)) return null;
  const number = Number(text);
  return number >= min && number <= max ? number : null;
}

/** The first value of a query parameter, as text. */
export function queryTextOf(query: LocationQuery, name: string): string | null {
  const value = query[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The year and quarter a URL names (?year=2025&quarter=4), each null when missing or out of range. */
export function periodOf(query: LocationQuery): { year: number | null; quarter: Quarter | null } {
  const quarter = integerIn(query.quarter, 1, 4);
  return { year: integerIn(query.year, 2000, 2100), quarter: quarter !== null && isQuarter(quarter) ? quarter : null };
}

export interface RefusedPeriodParam {
  name: "year" | "quarter";
  /** As the address wrote it. */
  value: string;
}

/** What the address names as year or quarter but no page can show (quarter=7, year=1999, quarter=abc). */
export function refusedPeriodParams(query: LocationQuery): RefusedPeriodParam[] {
  const period = periodOf(query);
  return (["quarter", "year"] as const).flatMap((name) => {
    const value = queryTextOf(query, name);
    return value !== null && period[name] === null ? [{ name, value }] : [];
  });
}

/**
 * The year and quarter a page shows, kept in the URL (?year=2025&quarter=4) so a page can be
 * shared and reloaded. Null when the URL does not say; the page then picks a sensible default.
 */
export function useRouteSelection() {
  const route = useRoute();
  const router = useRouter();
  const year = computed(() => periodOf(route.query).year);
  const quarter = computed(() => periodOf(route.query).quarter);
  const queryText = (name: string) => queryTextOf(route.query, name);
  // A default that answers late (the province page's period comes with its data) must not pull back
  // a user who meanwhile asked for another page, while that page's code is still loading.
  let leaving = false;
  onBeforeRouteLeave(() => {
    leaving = true;
  });

  /**
   * Each choice the user makes is a step in the browser's history, so Back returns to the view before
   * it. A page filling in what the address left out (its default quarter) replaces the entry instead:
   * Back then leaves the page rather than landing on an address that only redirects again.
   */
  async function select(patch: Record<string, string | number | null>, options: { replace?: boolean } = {}) {
    if (options.replace && leaving) return;
    const query = { ...route.query };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete query[key];
      else query[key] = String(value);
    }
    await (options.replace ? router.replace({ query }) : router.push({ query }));
  }

  return { year, quarter, queryText, select };
}
