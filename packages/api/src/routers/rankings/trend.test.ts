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

type Query = Parameters<ApiClient["rankings"]["bloc"]["query"]>[0];

/** What the trend chart was drawn from before it had its own call: one ranking per earlier quarter, refusals left out. */
async function perQuarter(client: ApiClient, query: Query) {
  const quarters = Array.from({ length: query.quarter - 1 }, (_, index) => index + 1);
  const answers = await Promise.allSettled(
    quarters.map((quarter) => client.rankings.bloc.query({ ...query, quarter })),
  );
  return answers.flatMap((answer, index) =>
    answer.status === "fulfilled"
      ? [
          {
            quarter: quarters[index],
            hasFigures: answer.value.hasFigures,
            entries: answer.value.entries.map(({ unitId, unitName, rank, tied, total }) => ({
              unitId,
              unitName,
              rank,
              tied,
              total,
            })),
          },
        ]
      : [],
  );
}

describe("rankings.trend", () => {
  test.each([
    ["lanhdao.laocai", "LCI-HUYEN", 2024, 4, "YTD", "verified"],
    ["lanhdao.laocai", "LCI-HUYEN", 2025, 4, "QUARTER", "self"],
    ["dieuphoi.laocai", "LCI-DOANTHE", 2025, 4, "YTD", "self"],
    ["donvi.tinhdoan", "LCI-DOANTHE", 2025, 4, "YTD", "verified"],
    ["donvi.batxat", "LCI-HUYEN", 2025, 4, "YTD", "verified"],
    ["donvi.batxat", "LCI-HUYEN", 2025, 3, "QUARTER", "verified"],
  ] as const)(
    "gives %s on %s %i before quarter %i (%s, %s) each quarter's own ranking",
    async (username, bloc, year, quarter, basis, side) => {
      const client = await h.as(username);
      const query = { blocId: h.seed.blocs[bloc], year, quarter, basis, side };
      const [trend, before] = await Promise.all([client.rankings.trend.query(query), perQuarter(client, query)]);
      expect(trend.quarters).toEqual(before);
    },
  );

  test("shows a unit user the published quarters only, whatever the quarter asked for", async () => {
    const unit = await h.as("donvi.tinhdoan");
    const trend = await unit.rankings.trend.query({ blocId: h.seed.blocs["LCI-DOANTHE"], year: 2025, quarter: 4 });
    // Quarter IV is still open (its ranking is refused to the unit); the published quarters before it are not.
    expect(trend.quarters.map((entry) => entry.quarter)).toEqual([1, 2, 3]);
    expect(trend.quarters.every((entry) => entry.entries.length === 7)).toBe(true);
  });

  test("has nothing before the first quarter", async () => {
    const leader = await h.as("lanhdao.laocai");
    const trend = await leader.rankings.trend.query({ blocId: h.seed.blocs["LCI-HUYEN"], year: 2025, quarter: 1 });
    expect(trend.quarters).toEqual([]);
  });

  test("refuses a coordinator of another bloc and a unit outside the bloc, like the ranking", async () => {
    const blocId = h.seed.blocs["LCI-DOANTHE"];
    for (const username of ["dieuphoi.backan", "donvi.chodon"]) {
      const client = await h.as(username);
      const error = await client.rankings.trend
        .query({ blocId, year: 2025, quarter: 3 })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCClientError);
      expect((error as TRPCClientError<AppRouter>).data?.code).toBe("FORBIDDEN");
    }
  });
});
