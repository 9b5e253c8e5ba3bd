import { formatPoints } from "@thidua/core";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

interface Comparison {
  unitName: string;
  rank: number;
  unitCount: number;
  total: number;
  biggestLosses: { criterionId: string; code: string; lost: number }[];
  criteria: { criterionId: string; explanation: string }[];
  moveUp: { pointsNeeded: number; aboveUnitName: string; sources: { code: string; step: string }[] } | null;
}

/** Asks the API as the signed-in page (its cookie), the way the dashboard's own client does. */
async function query<T>(page: Page, path: string, input: unknown, locale = "vi"): Promise<T> {
  return page.evaluate(
    async ({ path, input, locale }) => {
      const url = `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      const response = await fetch(url, { headers: { "x-thidua-locale": locale } });
      const body = (await response.json()) as { result?: { data: { json: unknown } }; error?: unknown };
      if (!body.result) throw new Error(JSON.stringify(body.error));
      return body.result.data.json;
    },
    { path, input, locale },
  ) as Promise<T>;
}

const unitIdOf = (page: Page) => new URL(page.url()).pathname.split("/").at(-1) ?? "";
const search = (page: Page) => new URL(page.url()).searchParams;

/** Whether a canvas has drawn anything: any pixel not fully transparent. */
async function canvasDrawn(page: Page, testId: string): Promise<boolean> {
  const canvas = page.getByTestId(testId).locator("canvas").first();
  await canvas.waitFor();
  return canvas.evaluate((element) => {
    const node = element as HTMLCanvasElement;
    if (node.width === 0 || node.height === 0) return false;
    const pixels = node.getContext("2d")?.getImageData(0, 0, node.width, node.height).data ?? [];
    for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) return true;
    return false;
  });
}

/** A screenshot once the charts have been laid out at the page's final width. */
async function settledScreenshot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

/** "4,37" → 4.37 */
const parseVi = (text: string) => Number(text.trim().replace(/\./g, "").replace(",", "."));

async function lossFigures(page: Page): Promise<number[]> {
  const texts = await page.getByTestId("losses-card").locator(".lost-figure").allTextContents();
  return texts.map(parseVi);
}

describe("journey 5: a district compares itself with its bloc", () => {
  it("lands a member unit on its latest published quarter, with the API's figures", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "donvi.batxat");
    await page.waitForURL(/\/units\/[^/?]+\?.*quarter=/);
    // Lào Cai's district bloc published quarters I and II of 2025 before districts were dissolved.
    expect(search(page).get("year")).toBe("2025");
    expect(search(page).get("quarter")).toBe("2");
    expect(search(page).get("bloc")).toBeTruthy();

    const unitId = unitIdOf(page);
    const comparison = await query<Comparison>(page, "insights.compare", { unitId, year: 2025, quarter: 2 });
    await page.getByRole("heading", { level: 1, name: comparison.unitName }).waitFor();
    await page.getByText("Quý II/2025").first().waitFor();

    const rank = page.getByTestId("headline-rank");
    await rank.waitFor();
    expect(await rank.textContent()).toContain(`${comparison.rank}/${comparison.unitCount}`);
    expect(await page.getByTestId("headline-total").textContent()).toContain(formatPoints(comparison.total, "vi"));
    // Quarter II: the class is against the plan to date, said as provisional.
    expect(await page.getByTestId("headline-class").textContent()).toMatch(/Tạm xếp loại\s*\S/);

    // Total and rank each on a chart of their own, so no rank sits on a points gridline.
    expect(await page.getByTestId("trend-card").locator("canvas").count()).toBe(2);
    expect(await canvasDrawn(page, "trend-total")).toBe(true);
    expect(await canvasDrawn(page, "trend-rank")).toBe(true);
    expect(await page.getByTestId("trend-rank").locator("canvas").getAttribute("aria-label")).toContain("thứ hạng");
    expect(await canvasDrawn(page, "radar-card")).toBe(true);

    // The losses are the engine's, largest first, in Vietnamese numbers.
    const losses = await lossFigures(page);
    expect(losses.length).toBe(comparison.biggestLosses.length);
    expect(losses).toEqual([...losses].sort((a, b) => b - a));
    expect(losses).toEqual(comparison.biggestLosses.map((loss) => loss.lost));
    const biggest = comparison.biggestLosses[0];
    const explanation = comparison.criteria.find((criterion) => criterion.criterionId === biggest?.criterionId);
    await page.getByTestId("losses-card").getByRole("button", { name: "Cách tính" }).first().click();
    await page.getByText(explanation?.explanation ?? "?", { exact: false }).waitFor();

    const moveUp = await page.getByTestId("move-up-need").textContent();
    expect(comparison.moveUp).not.toBeNull();
    expect(moveUp).toContain(formatPoints(comparison.moveUp?.pointsNeeded ?? 0, "vi"));
    expect(moveUp).toContain(comparison.moveUp?.aboveUnitName);
    // Each step names what to reach and the points its rule gives, as the engine planned it.
    const steps = await page.getByTestId("move-up-step").allTextContents();
    expect(steps).toHaveLength(comparison.moveUp?.sources.length ?? -1);
    comparison.moveUp?.sources.forEach((source, index) => expect(steps[index]).toContain(source.step));
    await settledScreenshot(page, "progress-unit-desktop");
  });

  it("keeps the chosen quarter in the URL across a reload, and switches to English", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "donvi.batxat");
    await page.getByTestId("headline-rank").waitFor();
    const unitId = unitIdOf(page);

    await page.getByTestId("progress-quarter").click();
    await page.locator(".n-base-select-option", { hasText: "Quý IV/2024" }).click();
    await page.waitForURL(/year=2024/);
    expect(search(page).get("quarter")).toBe("4");
    const q4 = await query<Comparison>(page, "insights.compare", { unitId, year: 2024, quarter: 4 });
    await page.getByTestId("headline-total").getByText(formatPoints(q4.total, "vi"), { exact: true }).waitFor();

    // The choice is a step in the history: Back shows the quarter before it, Forward the choice again.
    const q2 = await query<Comparison>(page, "insights.compare", { unitId, year: 2025, quarter: 2 });
    await page.goBack();
    await page.waitForURL(/year=2025/);
    await page.getByTestId("headline-total").getByText(formatPoints(q2.total, "vi"), { exact: true }).waitFor();
    await page.goForward();
    await page.waitForURL(/year=2024/);
    await page.getByTestId("headline-total").getByText(formatPoints(q4.total, "vi"), { exact: true }).waitFor();

    await page.reload();
    await page.getByTestId("headline-rank").waitFor();
    expect(search(page).get("year")).toBe("2024");
    expect(search(page).get("quarter")).toBe("4");
    expect(await page.getByTestId("headline-total").textContent()).toContain(formatPoints(q4.total, "vi"));
    expect(await page.getByTestId("headline-rank").textContent()).toContain(`${q4.rank}/${q4.unitCount}`);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("Where the unit loses the most points").waitFor();
    await page.getByText("Q4/2024").first().waitFor();
    // Explanations come again from the API, now in English, and numbers are written the English way.
    const english = await query<Comparison>(page, "insights.compare", { unitId, year: 2024, quarter: 4 }, "en");
    const biggest = english.criteria.find(
      (criterion) => criterion.criterionId === english.biggestLosses[0]?.criterionId,
    );
    await page.getByTestId("losses-card").getByRole("button", { name: "How computed" }).first().click();
    await page.getByText(biggest?.explanation ?? "?", { exact: false }).waitFor();
    expect(await page.getByTestId("headline-total").textContent()).toContain(formatPoints(q4.total, "en"));
    expect(formatPoints(q4.total, "en")).not.toBe(formatPoints(q4.total, "vi"));
    await settledScreenshot(page, "progress-unit-english");
    // The language is kept with the account: back to Vietnamese for the next sign-ins.
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await page.getByRole("button", { name: "English" }).waitFor();
  });

  it("shows the API's refusal for a unit of another bloc and for an unpublished quarter", async () => {
    const other = await e2e.open();
    await e2e.signIn(other, "donvi.chodon");
    await other.waitForURL(/\/units\//);
    const choDon = unitIdOf(other);

    const page = await e2e.open();
    await e2e.signIn(page, "donvi.batxat");
    await page.waitForURL(/quarter=/);
    const own = unitIdOf(page);
    await page.goto(`/units/${choDon}`);
    const refusal = page.getByTestId("progress-refused");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("Không xem được đơn vị này");
    expect(await refusal.textContent()).toContain("Bạn không có quyền");
    expect(await page.locator("canvas").count()).toBe(0);
    await settledScreenshot(page, "progress-refused");

    // Quarter III/2025 was never published for the district bloc: the API says so, and the latest is offered.
    await page.goto(`/units/${own}?year=2025&quarter=3`);
    const notPublished = page.getByTestId("quarter-refused");
    await notPublished.waitFor();
    expect(await notPublished.textContent()).toContain("chưa được công bố");
    await notPublished.getByRole("button", { name: "Quý II/2025" }).click();
    await page.waitForURL(/quarter=2/);
    await page.getByTestId("headline-rank").waitFor();
  });

  it("gives the leader its lead instead of a way up, for a coordinator looking at one unit", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "donvi.batxat");
    await page.waitForURL(/quarter=/);
    const blocId = search(page).get("bloc") ?? "";
    const ranking = await query<{ entries: { unitId: string; unitName: string; total: number }[] }>(
      page,
      "rankings.bloc",
      { blocId, year: 2025, quarter: 2 },
    );
    const [first, second] = ranking.entries;

    const coordinator = await e2e.open();
    await e2e.signIn(coordinator, "dieuphoi.laocai");
    await coordinator.goto(`/units/${first?.unitId}?bloc=${blocId}&year=2025&quarter=2`);
    const lead = coordinator.getByTestId("move-up-lead");
    await lead.waitFor();
    expect(await lead.textContent()).toContain(formatPoints((first?.total ?? 0) - (second?.total ?? 0), "vi"));
    expect(await lead.textContent()).toContain(second?.unitName);
    expect(await coordinator.getByTestId("headline-rank").textContent()).toContain("1/");
  });

  it("leaves quarters without figures out of the trend and the picker, and says why", async () => {
    // Commune cluster 1 began on 1 July 2025: its quarters I and II have no figures at all.
    const unit = await e2e.open();
    await e2e.signIn(unit, "donvi.camduong");
    await unit.waitForURL(/\/units\/[^/?]+\?.*quarter=/);
    const camDuong = unitIdOf(unit);

    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(`/units/${camDuong}?year=2025&quarter=4`);
    await page.getByTestId("headline-rank").waitFor();
    const gaps = page.getByTestId("trend-card").getByTestId("trend-gaps");
    expect(await gaps.textContent()).toContain("Quý I/2025, Quý II/2025 chưa có số liệu nên để trống, không vẽ.");
    await page.getByTestId("progress-quarter").click();
    const offered = await page.locator(".n-base-select-option").allTextContents();
    expect(offered.map((text) => text.trim())).toEqual(["Quý IV/2025", "Quý III/2025"]);
    await page.keyboard.press("Escape");
    await settledScreenshot(page, "progress-gaps");

    // Asked for in the address anyway, an empty quarter is named as such, not shown as a ranking of zeros.
    await page.goto(`/units/${camDuong}?year=2025&quarter=1`);
    const empty = page.getByTestId("quarter-refused");
    await empty.waitFor();
    expect(await empty.textContent()).toContain("Quý I/2025 chưa có số liệu nào của khối");
    expect(await page.getByTestId("headline-rank").count()).toBe(0);

    // The bloc's own trend leaves the same gap.
    const blocId = new URL(unit.url()).searchParams.get("bloc") ?? "";
    await page.goto(`/blocs/${blocId}?year=2025&quarter=4`);
    const blocGaps = page.getByTestId("trend-gaps");
    await blocGaps.waitFor();
    expect(await blocGaps.textContent()).toContain("Quý I/2025, Quý II/2025 chưa có số liệu");
  });

  it("fits a phone without sideways scrolling", async () => {
    const page = await e2e.open({ viewport: { width: 390, height: 844 } });
    await e2e.signIn(page, "donvi.batxat");
    await page.getByTestId("headline-rank").waitFor();
    expect(await canvasDrawn(page, "radar-card")).toBe(true);
    await settledScreenshot(page, "progress-unit-phone");
    // The full page is too long to read at a glance; each section on its own as well.
    for (const section of ["headline", "trend-card", "radar-card", "losses-card", "move-up-card"]) {
      await page
        .getByTestId(section)
        .screenshot({ path: fileURLToPath(new URL(`../screenshots/progress-phone-${section}.png`, import.meta.url)) });
    }
    // Wide tables scroll inside their own box; the page itself never scrolls sideways.
    const overflow = await page.locator("main").evaluate((main) => main.scrollWidth - main.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
