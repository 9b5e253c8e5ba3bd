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

/** Calls a mutation as the signed-in user, from inside the page (same origin, as the dashboard does). */
async function mutate(page: Page, path: string, input: unknown): Promise<void> {
  const status = await page.evaluate(
    async ({ path, input }) =>
      (
        await fetch(`/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-thidua-locale": "vi" },
          body: JSON.stringify({ json: input }),
        })
      ).status,
    { path, input },
  );
  expect(status).toBe(200);
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

  it("phases Tết gifts 70/10/10/10 on the targets page, and quarter II's provisional class says so", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    const blocs = await query<{ id: string; code: string }[]>(page, "blocs.list", {});
    const blocId = blocs.find((bloc) => bloc.code === "LCI-HUYEN")?.id;
    // Quarters I and II of 2025 are published: a phasing changes their classes, so they are reopened on record.
    for (const quarter of [2, 1]) {
      await mutate(page, "periods.setStatus", {
        blocId,
        year: 2025,
        quarter,
        status: "OPEN",
        reason: "Phân bổ lại chỉ tiêu quà Tết theo quý",
      });
    }
    const explanationOfFirst = async () =>
      (await query<RouterOutputs["rankings"]["bloc"]>(page, "rankings.bloc", { blocId, year: 2025, quarter: 2 }))
        .entries[0]!;
    expect((await explanationOfFirst()).classification.explanation).not.toContain("theo kế hoạch từng quý");

    await page.goto(`/blocs/${blocId}/setup?year=2025&tab=targets`);
    await page.getByTestId("targets-table").waitFor();
    const shares = ["70", "10", "10", "10"];
    for (const [index, quarter] of ["I", "II", "III", "IV"].entries()) {
      await page.getByLabel(`Tỷ lệ quý ${quarter} của II.2`).fill(shares[index]!);
    }
    const note = page.locator('[data-phasing-note="II.2"]');
    expect(await note.textContent()).toBe("Đến hết quý I 70%, quý II 80%, quý III 90%");
    // Another criterion left alone is planned evenly.
    expect(await page.locator('[data-phasing-note="II.1"]').textContent()).toBe("Chia đều: 25% mỗi quý");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu phân bổ theo quý của 1 tiêu chí.").waitFor();
    await screenshotBoth(page, "targets-phasing");

    const first = await explanationOfFirst();
    await page.goto(`/blocs/${blocId}?year=2025&quarter=2`);
    await classCells(page).first().waitFor();
    await page.getByRole("button", { name: `Tạm xếp loại của ${first.unitName}:` }).click();
    const explanation = page.getByTestId("explanation");
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain("II.2 80% (theo kế hoạch từng quý)");
    await page.keyboard.press("Escape");
  });
});
