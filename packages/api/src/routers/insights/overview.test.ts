import { TRPCClientError } from "@trpc/client";
import { defaultPeriod } from "@thidua/core";
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

interface Asked {
  provinceId?: string;
  year?: number;
  quarter?: number;
}

/** What the province page was assembled from before it had its own call: provinces, every bloc's periods, the overview. */
async function assembled(client: ApiClient, me: { provinceId: string | null }, asked: Asked) {
  const provinces = await client.units.provinces.query();
  const provinceId = asked.provinceId ?? me.provinceId ?? provinces[0]?.id ?? null;
  const listed = (await client.blocs.list.query({})).filter((bloc) => bloc.province.id === provinceId);
  const details = await Promise.all(listed.map((bloc) => client.blocs.byId.query({ id: bloc.id })));
  const blocs = details.map((bloc) => ({
    blocId: bloc.id,
    years: bloc.years.map(({ year, periods }) => ({
      year,
      periods: periods.map(({ quarter, status, updatedAt }) => ({ quarter, status, updatedAt })),
    })),
  }));
  const period =
    asked.year !== undefined && asked.quarter !== undefined
      ? { year: asked.year, quarter: asked.quarter }
      : defaultPeriod(
          blocs.flatMap((bloc) => bloc.years),
          false,
        );
  const overview = provinceId && period ? await client.insights.province.query({ provinceId, ...period }) : null;
  return { provinces, provinceId, blocs, year: period?.year ?? null, quarter: period?.quarter ?? null, overview };
}

describe("insights.overview", () => {
  test.each<[string, (seed: ApiHarness["seed"]) => Asked]>([
    ["lanhdao.laocai", () => ({})],
    ["lanhdao.laocai", (seed) => ({ provinceId: seed.units["LCI"], year: 2025, quarter: 2 })],
    ["lanhdao.laocai", () => ({ year: 2024 })],
    ["dieuphoi.laocai", () => ({})],
    ["dieuphoi.backan", (seed) => ({ provinceId: seed.units["BKN"] })],
    ["admin", () => ({})],
    ["admin", (seed) => ({ provinceId: seed.units["LCI"], year: 2025, quarter: 3 })],
  ])("gives %s what the calls it replaces gave", async (username, ask) => {
    const client = await h.as(username);
    const asked = ask(h.seed);
    const me = await client.auth.me.query();
    const [page, before] = await Promise.all([
      client.insights.overview.query(asked),
      assembled(client, { provinceId: me?.provinceId ?? null }, asked),
    ]);
    expect(page).toEqual(before);
    expect(page.overview?.blocs.length ?? 0).toBeGreaterThan(0);
  });

  test("refuses leaders of another province and unit users, like the overview", async () => {
    const input = { provinceId: h.seed.units["BKN"] };
    for (const username of ["lanhdao.laocai", "donvi.chodon"]) {
      const error = await (await h.as(username)).insights.overview.query(input).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCClientError);
      expect((error as TRPCClientError<AppRouter>).data?.code).toBe("FORBIDDEN");
    }
  });
});
