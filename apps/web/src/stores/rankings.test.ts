// @vitest-environment node
import { describe, expect, it } from "vitest";
import { useApiBackend } from "../testing/api-backend";
import { useRankingsStore } from "./rankings";
import { useSessionStore } from "./session";

const backend = useApiBackend();

describe("rankings store", () => {
  it("gives the ranking, the criteria matrix in the same order, and the earlier quarters for the trend", async () => {
    await useSessionStore().signIn("lanhdao.laocai", "thidua@2025");
    const rankings = useRankingsStore();
    const query = { blocId: backend.seed.blocs["LCI-HUYEN"], year: 2024, quarter: 3 };
    const [ranking, matrix, earlier] = await Promise.all([
      rankings.bloc(query),
      rankings.matrix(query),
      rankings.earlierQuarters(query),
    ]);
    expect(matrix.units.map((unit) => unit.unitId)).toEqual(ranking.entries.map((entry) => entry.unitId));
    expect(earlier.map((quarter) => quarter.quarter)).toEqual([1, 2]);
    expect(earlier.every((quarter) => quarter.entries.length === ranking.entries.length)).toBe(true);
  });

  it("leaves out earlier quarters a unit user may not see rather than failing the trend", async () => {
    await useSessionStore().signIn("donvi.tinhdoan", "thidua@2025");
    const query = { blocId: backend.seed.blocs["LCI-DOANTHE"], year: 2025, quarter: 4 };
    // Quarter IV is still open: the ranking is refused, the published quarters before it are not.
    await expect(useRankingsStore().bloc(query)).rejects.toThrow(/chưa được công bố/);
    const earlier = await useRankingsStore().earlierQuarters(query);
    expect(earlier.map((quarter) => quarter.quarter)).toEqual([1, 2, 3]);
  });
});
