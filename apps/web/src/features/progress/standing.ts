interface Ranked {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
}

/** How far a first-placed unit is ahead of the next rank down; null when no one ranks below it. */
export function leadOverNext(
  entries: readonly Ranked[],
  unitId: string,
): { nextUnitName: string; nextRank: number; margin: number; sharedWith: string[] } | null {
  const unit = entries.find((entry) => entry.unitId === unitId);
  if (!unit) return null;
  const sharedWith = entries
    .filter((entry) => entry.rank === unit.rank && entry.unitId !== unitId)
    .map((entry) => entry.unitName);
  const next = entries.find((entry) => entry.rank > unit.rank);
  if (!next) return null;
  return {
    nextUnitName: next.unitName,
    nextRank: next.rank,
    margin: Math.round((unit.total - next.total) * 100) / 100,
    sharedWith,
  };
}

/** Up, down, unchanged, or none (the first quarter of a year has nothing to move from). */
export function movementDirection(movement: number | null): "up" | "down" | "same" | "none" {
  if (movement === null) return "none";
  return movement > 0 ? "up" : movement < 0 ? "down" : "same";
}

/** The unit and the units ranked just above and below it, in ranking order, with each one's difference in total. */
export function rankedAround<T extends Ranked>(
  entries: readonly T[],
  unitId: string,
  span = 2,
): (T & { difference: number; self: boolean })[] {
  const index = entries.findIndex((entry) => entry.unitId === unitId);
  const unit = entries[index];
  if (!unit) return [];
  return entries.slice(Math.max(0, index - span), index + span + 1).map((entry) => ({
    ...entry,
    difference: Math.round((entry.total - unit.total) * 100) / 100,
    self: entry.unitId === unitId,
  }));
}
