import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouterOutputs } from "../src/api/client";
import { startE2eSession, type E2eSession } from "./session";
import { screenshotBoth } from "./shots";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** Asks the API, as the signed-in user, from inside the page. */
async function query<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, input }) => {
      const url = `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      const body = (await (await fetch(url, { headers: { "x-thidua-locale": "vi" } })).json()) as {
        result: { data: { json: unknown } };
      };
      return body.result.data.json;
    },
    { path, input },
  ) as Promise<T>;
}

const classCells = (page: Page) => page.getByTestId("ranking-table").locator("tbody .classification");

describe("classification before the year end", () => {
  it("marks quarter II's classes provisional and explains them; quarter IV's are not", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "lanhdao.laocai");
    const blocs = await query<{ id: string; code: string }[]>(page, "blocs.list", {});
    const blocId = blocs.find((bloc) => bloc.code === "LCI-HUYEN")?.id;
    const ranking = await query<RouterOutputs["rankings"]["bloc"]>(page, "rankings.bloc", {
      blocId,
      year: 2024,
      quarter: 2,
    });

    await page.goto(`/blocs/${blocId}?year=2024&quarter=2`);
    await classCells(page).first().waitFor();
    const cells = await classCells(page).allTextContents();
    expect(cells).toHaveLength(ranking.entries.length);
    ranking.entries.forEach((entry, index) => {
      expect(cells[index]).toContain(entry.classification.label ?? "Chưa xếp loại");
      expect(cells[index]).toContain("tạm xếp loại");
    });

    // The popover names the class provisional and says why, as the API wrote it.
    const first = ranking.entries[0];
    await page.getByRole("button", { name: `Tạm xếp loại của ${first?.unitName}:` }).click();
    const explanation = page.getByTestId("explanation");
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain(first?.classification.explanation);
    expect(first?.classification.explanation).toMatch(/^Tạm xếp loại quý II: so với kế hoạch đến hết quý/);
    await page.keyboard.press("Escape");
    await screenshotBoth(page, "ranking-provisional-q2");

    // The unit's progress page says the same: the headline's class and the trend's quarters before IV.
    await page.goto(`/units/${first?.unitId}?bloc=${blocId}&year=2024&quarter=2`);
    const headline = page.getByTestId("headline-class");
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(new RegExp(`Tạm xếp loại\\s*${first?.classification.label}`));
    await page.getByText("Xem dạng bảng số liệu").click();
    const trendRow = (quarter: string) => page.locator(".trend-table tbody tr", { hasText: quarter });
    await trendRow("Quý II/2024").waitFor();
    expect(await trendRow("Quý II/2024").textContent()).toContain("tạm xếp loại");
    expect(await trendRow("Quý IV/2024").textContent()).not.toContain("tạm xếp loại");
    await screenshotBoth(page, "progress-provisional-q2");

    await page.goto(`/blocs/${blocId}?year=2024&quarter=4`);
    await page.getByText("Quý IV/2024").first().waitFor();
    await classCells(page).first().waitFor();
    expect((await classCells(page).allTextContents()).join(" ")).not.toContain("tạm xếp loại");
  });
});
