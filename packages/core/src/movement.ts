import type { Explanation } from "./explanation";

export interface RankMovement {
  previousRank: number | null;
  /** previousRank - rank: positive moved up; null in the first quarter or for a unit new to the bloc. */
  movement: number | null;
  explanation: Explanation | null;
}

export function rankMovement(
  previousRanks: ReadonlyMap<string, number> | null,
  unitId: string,
  rank: number,
): RankMovement {
  const previousRank = previousRanks?.get(unitId);
  if (previousRank === undefined) return { previousRank: null, movement: null, explanation: null };
  const movement = previousRank - rank;
  return { previousRank, movement, explanation: { key: "movement", previousRank, rank, movement } };
}
