import { criterionRole } from "./criterion-role";
import { sumPoints } from "./rounding";
import type { ClassificationBand, CriteriaSetDef } from "./types";

/** What scoring needs from a criteria set, worked out once per bloc rather than once per unit. */
export interface PreparedSet {
  set: CriteriaSetDef;
  /** Sum of the content criteria's maxima over the whole year (the set's scale, e.g. 90). */
  fullContentMax: number;
  /** Highest class first. */
  bandsDescending: readonly ClassificationBand[];
  groupPosition: ReadonlyMap<string, number>;
}

export function prepareSet(set: CriteriaSetDef): PreparedSet {
  return {
    set,
    fullContentMax: sumPoints(
      set.criteria
        .filter((criterion) => criterionRole(criterion) === "CONTENT")
        .map((criterion) => criterion.maxPoints),
    ),
    bandsDescending: [...set.classification].sort((a, b) => b.minTotal - a.minTotal),
    groupPosition: new Map(set.groups.map((group, position) => [group.id, position])),
  };
}
