import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** Calls the API from inside the page, as the signed-in user: a query by GET, a mutation by POST. */
async function call<T>(page: Page, path: string, input: unknown, mutation = false): Promise<T> {
  return page.evaluate(
    async ({ path, input, mutation }) => {
      const body = JSON.stringify({ json: input });
      const response = mutation
        ? await fetch(`/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body })
        : await fetch(`/trpc/${path}?input=${encodeURIComponent(body)}`);
      const answer = (await response.json()) as { result?: { data: { json: unknown } }; error?: unknown };
      if (!answer.result) throw new Error(`${path} refused: ${JSON.stringify(answer.error)}`);
      return answer.result.data.json;
    },
    { path, input, mutation },
  ) as Promise<T>;
}

describe("the quarter being entered", () => {
  it("shows leaders its ranking, charts and heat map marked as a draft, and member units that it is not published", async () => {
    const coordinator = await e2e.open();
    await e2e.signIn(coordinator, "dieuphoi.laocai");
    const blocs = await call<{ id: string; code: string }[]>(coordinator, "blocs.list", {});
    const blocId = blocs.find((bloc) => bloc.code === "LCI-HUYEN")?.id ?? "";
    const quarter = { blocId, year: 2025, quarter: 4 };
    const grid = await call<{ members: { id: string }[]; criteria: { id: string; kind: string }[] }>(
      coordinator,
      "results.grid",
      quarter,
    );
    const criterion = grid.criteria.find((candidate) => candidate.kind === "TARGET_PERCENT");
    await call(
      coordinator,
      "results.saveCell",
      {
        ...quarter,
        unitId: grid.members[0]?.id,
        criterionId: criterion?.id,
        verifiedValue: 3,
        version: null,
        // An arbitrary figure: confirmed as the sheet asks for unusual ones.
        confirmWarnings: ["ownHistory", "peers", "aboveTarget"],
      },
      true,
    );

    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await e2e.open({ viewport });
      await e2e.signIn(page, "lanhdao.laocai");
      await page.goto(`/blocs/${blocId}?year=2025&quarter=4`);
      await page.getByTestId("draft-mark").waitFor();
      expect(await page.getByTestId("draft-mark").textContent()).toBe("Bản nháp");
      await page.getByText("Kết quả Quý IV/2025 chưa công bố: số liệu còn có thể thay đổi.").waitFor();
      await page.getByTestId("ranking-table").locator("tbody tr").first().waitFor();
      await page.getByTestId("heat-cell").first().waitFor();
      await page.waitForTimeout(1200); // the charts animate in
      await screenshot(page, `draft-ranking-${viewport.width}`);
    }

    const member = await e2e.open();
    await e2e.signIn(member, "donvi.batxat");
    await member.goto(`/blocs/${blocId}?year=2025&quarter=4`);
    await member.getByText("Kết quả quý IV chưa được công bố.").waitFor();
    expect(await member.getByTestId("draft-mark").count()).toBe(0);
    expect(await member.getByTestId("ranking-table").count()).toBe(0);
  }, 240_000); // three sign-ins and two full bloc pages: allow for a busy machine
});
