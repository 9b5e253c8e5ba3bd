import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startE2eSession, type E2eSession } from "./session";
import { chooseOption, screenshotBoth } from "./shots";

/** Each step signs in, saves and reloads on a shared two-core machine: given room beyond the default. */
const STEP = 180_000;
const HUYEN = "Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai";

let e2e: E2eSession;
/** The Lào Cai district bloc's address, as the coordinator reached it from the bloc list. */
let blocPath = "";

beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

const cell = (page: Page, row: number, col: number) =>
  page.locator(`[data-testid="score-sheet"] input[data-row="${row}"][data-col="${col}"]`);

async function enter(page: Page, text: string) {
  const input = cell(page, 0, 1);
  await input.click();
  await input.fill(text);
  await input.press("Enter");
  await page.getByTestId("save").click();
  await page.getByText(/Đã lưu \d+ ô/).waitFor();
}

describe("journey: published results stay put, a cell's history and a revert", () => {
  it(
    "refuses a 2025 target edit while quarters I and II are published, naming them, with the way to reopen",
    async () => {
      const page = await e2e.open();
      await e2e.signIn(page, "dieuphoi.laocai");
      await page.goto("/blocs");
      await page.locator(".bloc-card", { hasText: HUYEN }).getByRole("link", { name: "Thiết lập năm" }).click();
      await page.waitForURL(/\/blocs\/[^/]+\/setup/);
      blocPath = new URL(page.url()).pathname.replace(/\/setup$/, "");
      await page.goto(`${blocPath}/setup?year=2025&tab=targets`);
      // The first target of Bát Xát counts in the published quarters (its criterion is scored on percent of plan).
      const batXatTarget = () =>
        page.getByTestId("targets-table").locator("tbody tr", { hasText: "Huyện Bát Xát" }).locator("input").first();
      const target = batXatTarget();
      await target.waitFor();
      const before = await target.inputValue();
      await target.fill("1.234,5");
      await page.getByRole("button", { name: "Lưu", exact: true }).click();
      const problem = page.getByTestId("targets-problem");
      await problem.waitFor();
      expect(await problem.textContent()).toContain(
        "thay đổi này làm thay đổi kết quả đã khóa sổ hoặc công bố của quý I/2025, II/2025",
      );
      const reopen = page.getByTestId("reopen-first").getByRole("link");
      expect(await reopen.textContent()).toContain("Đến bảng điểm năm 2025 để mở lại quý");
      await screenshotBoth(page, "setup-targets-locked");

      // Nothing was saved.
      await page.reload();
      await batXatTarget().waitFor();
      expect(await batXatTarget().inputValue()).toBe(before);
      await batXatTarget().fill("1.234,5");
      await page.getByRole("button", { name: "Lưu", exact: true }).click();
      await page.getByTestId("reopen-first").getByRole("link").click();
      // The refused edit is still unsaved: leaving asks first.
      await page.locator(".n-dialog").getByRole("button", { name: "Bỏ thay đổi và rời đi" }).click();
      await page.waitForURL(/\/scores\?year=2025/);
    },
    STEP,
  );

  it(
    "opens a cell's history from the sheet and restores an earlier value",
    async () => {
      const page = await e2e.open();
      await e2e.signIn(page, "dieuphoi.laocai");
      await page.goto(`${blocPath}/scores?year=2025&quarter=3`);
      await cell(page, 0, 1).waitFor();
      await enter(page, "7");
      await enter(page, "9");

      await cell(page, 0, 1).click();
      await screenshotBoth(page, "score-sheet-history-button");
      await page.getByTestId("open-history").click();
      const history = page.getByTestId("cell-history");
      await history.waitFor();
      expect(await history.locator("> li").count()).toBe(2);
      expect(await history.locator("> li").first().textContent()).toContain("Số liệu thẩm định: 7 → 9");
      expect(await history.locator("> li").first().textContent()).toContain("Ban Thi đua - Khen thưởng tỉnh Lào Cai");
      await screenshotBoth(page, "cell-history");

      await page.getByTestId("revert").click();
      const dialog = page.locator(".n-dialog");
      await dialog.getByText(/Khôi phục giá trị lúc/).waitFor();
      await dialog.getByRole("button", { name: "Khôi phục", exact: true }).click();
      await page.getByText(/Đã khôi phục giá trị lúc/).waitFor();
      await history.locator("> li").nth(2).waitFor();
      expect(await history.locator("> li").first().textContent()).toContain("Số liệu thẩm định: 9 → 7");
      expect(await history.locator("> li").first().textContent()).toContain("khôi phục giá trị lúc");
      await page.keyboard.press("Escape");
      await page.getByTestId("cell-history").waitFor({ state: "detached" });
      expect(await cell(page, 0, 1).inputValue()).toBe("7");
    },
    STEP,
  );

  it(
    "lists the bloc's changes on its audit log page, filtered by criterion",
    async () => {
      const page = await e2e.open();
      await e2e.signIn(page, "lanhdao.laocai");
      await page.goto(blocPath);
      await page.getByTestId("audit-link").waitFor();
      await screenshotBoth(page, "bloc-with-audit-link");
      await page.getByTestId("audit-link").click();
      await page.waitForURL(/\/audit$/);
      const log = page.getByTestId("audit-log");
      await log.waitFor();
      expect(await log.locator("> li").first().textContent()).toContain("Khôi phục");
      await chooseOption(page, "filter-criterion", "I.1");
      await page.getByText("3 dòng đang hiển thị").waitFor();
      for (const row of await log.locator("> li").all()) expect(await row.textContent()).toContain("I.1");
      await screenshotBoth(page, "audit-log");
    },
    STEP,
  );
});
