import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AppRouter } from "../../root";
import { createApiHarness, type ApiClient, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => {
  await h?.close();
});

type Quarter = { blocId: string; year: number; quarter: number };

/** What the score sheet was assembled from before it had its own call: the grid, each earlier quarter's grid, the set. */
async function assembled(client: ApiClient, at: Quarter) {
  const earlierQuarters = [1, 2, 3].filter((earlier) => earlier < at.quarter);
  const [grid, set, ...earlierGrids] = await Promise.all([
    client.results.grid.query(at),
    client.criteria.byBlocYear.query({ blocId: at.blocId, year: at.year }),
    ...earlierQuarters.map((quarter) => client.results.grid.query({ ...at, quarter })),
  ]);
  const earlier = earlierGrids.flatMap((earlierGrid) =>
    earlierGrid.cells.map(({ unitId, criterionId, reportedValue, verifiedValue }) => ({
      unitId,
      criterionId,
      quarter: earlierGrid.quarter,
      reportedValue,
      verifiedValue,
    })),
  );
  return { grid, earlier, set: { classification: set?.classification, tieBreak: set?.tieBreak } };
}

const byCell = (a: { unitId: string; criterionId: string; quarter: number }, b: typeof a) =>
  `${a.quarter}|${a.unitId}|${a.criterionId}`.localeCompare(`${b.quarter}|${b.unitId}|${b.criterionId}`);

describe("results.sheet", () => {
  test.each([
    ["donvi.tinhdoan", "LCI-DOANTHE", 4],
    ["donvi.tinhdoan", "LCI-DOANTHE", 3],
    ["donvi.batxat", "LCI-HUYEN", 4],
    ["donvi.batxat", "LCI-HUYEN", 3],
    ["dieuphoi.laocai", "LCI-HUYEN", 4],
    ["lanhdao.laocai", "LCI-DOANTHE", 4],
  ] as const)("gives %s on %s, quarter %i, what the grid calls it replaces gave", async (username, bloc, quarter) => {
    const client = await h.as(username);
    const at = { blocId: h.seed.blocs[bloc], year: 2025, quarter };
    const [sheet, before] = await Promise.all([client.results.sheet.query(at), assembled(client, at)]);
    expect(sheet.grid).toEqual(before.grid);
    expect(sheet.set).toEqual(before.set);
    expect(sheet.earlier.toSorted(byCell)).toEqual(before.earlier.toSorted(byCell));
  });

  test("a unit user gets other units' earlier figures of published quarters only, its own of every quarter", async () => {
    const unit = await h.as("donvi.batxat");
    const blocId = h.seed.blocs["LCI-HUYEN"];
    const batxat = h.seed.units["LCI-BATXAT"];
    const { grid, earlier } = await unit.results.sheet.query({ blocId, year: 2025, quarter: 4 });
    const periods = await unit.periods.list.query({ blocId, year: 2025 });
    const published = new Set<number>(
      periods.filter((period) => period.status === "PUBLISHED").map((period) => period.quarter),
    );
    expect(grid.members.map((member) => member.id)).toEqual([batxat]);
    expect(earlier.some((row) => row.unitId !== batxat)).toBe(true);
    expect(earlier.every((row) => row.unitId === batxat || published.has(row.quarter))).toBe(true);
  });

  test("refuses a coordinator of another bloc and a unit outside the bloc, like the grid", async () => {
    const blocId = h.seed.blocs["LCI-DOANTHE"];
    for (const username of ["dieuphoi.backan", "donvi.chodon"]) {
      const client = await h.as(username);
      const error = await client.results.sheet
        .query({ blocId, year: 2025, quarter: 3 })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCClientError);
      expect((error as TRPCClientError<AppRouter>).data?.code).toBe("FORBIDDEN");
    }
  });
});
