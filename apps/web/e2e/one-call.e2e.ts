import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouterOutputs } from "../src/api/client";
import { screenshot } from "./browser";
import { startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** Every tRPC procedure the page asks for, once per request it is in (a batched request lists several). */
function askedProcedures(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/trpc/")) asked.push(...decodeURIComponent(pathname.slice("/trpc/".length)).split(","));
  });
  return asked;
}

const times = (asked: readonly string[], procedure: string) => asked.filter((each) => each === procedure).length;

async function blocIdOf(page: Page, code: string): Promise<string> {
  const blocs = (await page.evaluate(async () => {
    const response = await fetch(`/trpc/blocs.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`);
    return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
  })) as RouterOutputs["blocs"]["list"];
  const bloc = blocs.find((candidate) => candidate.code === code);
  if (!bloc) throw new Error(`no bloc ${code}`);
  return bloc.id;
}

describe("journey: each page loads its figures in one call", () => {
  it("the score sheet comes in one call, earlier quarters and ranking rules included", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    const blocId = await blocIdOf(page, "LCI-HUYEN");
    const asked = askedProcedures(page);
    await page.goto(`/blocs/${blocId}/scores?year=2025&quarter=4`);
    await page.locator('[data-testid="score-sheet"] input[data-row="0"][data-col="0"]').waitFor();
    await page.waitForLoadState("networkidle");
    expect(times(asked, "results.sheet")).toBe(1);
    expect(times(asked, "results.grid") + times(asked, "criteria.byBlocYear")).toBe(0);
  });

  it("the bloc trend chart comes in one call beside the ranking on screen", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "lanhdao.laocai");
    const blocId = await blocIdOf(page, "LCI-DOANTHE");
    const asked = askedProcedures(page);
    await page.goto(`/blocs/${blocId}?year=2025&quarter=3`);
    await page.getByTestId("trend-highlight").waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "one-call-bloc-trend");
    expect(times(asked, "rankings.trend")).toBe(1);
    expect(times(asked, "rankings.bloc")).toBe(1);
  });

  it("the province overview comes in one call, its period picked by the server", async () => {
    const page = await e2e.open({ viewport: { width: 1366, height: 900 } });
    await e2e.signIn(page, "lanhdao.laocai");
    await page.waitForURL(/\/province\?.*year=2025.*quarter=4/);
    await page.getByTestId("bloc-overview").first().waitFor();
    const asked = askedProcedures(page);
    // A fresh visit, with no period in the address: the answer names the quarter, which then goes into the address.
    await page.goto("/province");
    await page.waitForURL(/\/province\?.*year=2025.*quarter=4/);
    await page.getByTestId("bloc-overview").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(asked.filter((procedure) => procedure !== "auth.me")).toEqual(["insights.overview"]);
    expect(await page.getByTestId("bloc-overview").count()).toBe(3);
    await screenshot(page, "one-call-province");

    const phone = await e2e.open({ viewport: { width: 390, height: 844 } });
    await e2e.signIn(phone, "lanhdao.laocai");
    await phone.getByTestId("bloc-overview").first().waitFor();
    await screenshot(phone, "one-call-province-phone");
  });
});
