import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotThree, PROJECTOR } from "./screens";
import { startE2eSession, type E2eSession } from "./session";
import { PHONE } from "./shots";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** A bloc's id, from its card on the bloc list. */
async function blocId(page: Page, code: string): Promise<string> {
  await page.goto("/blocs");
  const href = await page
    .locator(".n-card", { hasText: code })
    .getByRole("link", { name: "Xếp hạng" })
    .getAttribute("href");
  return href?.split("/").pop() ?? "";
}

/** Whether an element's content fits its box, so nothing in it is cut off or scrolled away sideways. */
const fitsSideways = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.scrollWidth <= element.clientWidth + 1);

const right = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  return box ? box.x + box.width : Number.POSITIVE_INFINITY;
};

describe("issue 12, item 11: errors and empty states", () => {
  it("says what happened to an unknown or forbidden bloc and leads back to the list", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "lanhdao.laocai");
    await page.goto("/blocs/cmx0000000000000000000000");
    const refused = page.getByTestId("page-refused");
    await refused.waitFor();
    expect(await refused.innerText()).toContain("Không tìm thấy khối thi đua.");
    expect(await page.getByRole("button", { name: "Thử lại" }).count()).toBe(0);
    await screenshotThree(page, "bloc-unknown");
    await refused.getByRole("link", { name: "Về danh sách khối thi đua" }).click();
    await page.waitForURL((url) => url.pathname === "/blocs");

    // Bắc Kạn's bloc is another province's: a Lào Cai leader is told it is not theirs.
    const admin = await e2e.open();
    await e2e.signIn(admin, "admin");
    const otherProvince = await blocId(admin, "BKN-HUYEN");
    await page.goto(`/blocs/${otherProvince}`);
    await refused.waitFor();
    expect(await refused.innerText()).toContain("Không có quyền xem");
    expect(await page.getByRole("button", { name: "Thử lại" }).count()).toBe(0);
    expect(await refused.getByRole("link", { name: "Về danh sách khối thi đua" }).count()).toBe(1);
  });

  it("keeps the app bar on a page that does not exist", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto("/khong-co-trang-nay");
    await page.getByText("Không tìm thấy trang này.").waitFor();
    expect(await page.getByTestId("user-menu").count()).toBe(1);
    expect(await page.getByRole("navigation").getByRole("link", { name: "Khối thi đua" }).count()).toBe(1);
    await screenshotThree(page, "not-found");
  });

  it("says so when it replaces a quarter or a year of the address that does not exist", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "lanhdao.laocai");
    const id = await blocId(page, "LCI-HUYEN");
    await page.goto(`/blocs/${id}?year=2025&quarter=7`);
    const notice = page.getByTestId("address-corrected");
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(
      /^Địa chỉ ghi quý “7”, không hợp lệ: đang hiển thị Quý (I|II|III|IV)\/2025\.$/,
    );
    expect(new URL(page.url()).searchParams.get("quarter")).toMatch(/^[1-4]$/);
    await screenshotThree(page, "address-corrected");

    await page.goto(`/blocs/${id}?year=1999&quarter=2`);
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(
      /^Địa chỉ ghi năm “1999”, không hợp lệ: đang hiển thị Quý (I|II|III|IV)\/2025\.$/,
    );
    expect(new URL(page.url()).searchParams.get("year")).toBe("2025");

    // A choice of the user's own is no correction: the notice goes.
    await page.goto(`/blocs/${id}?year=2025&quarter=2`);
    await page.getByTestId("ranking-table").waitFor();
    expect(await notice.count()).toBe(0);
  });
});

describe("issue 12, item 12: phones and projectors", () => {
  it("fits the menu, the ranking and the accounts on a phone, and the sheet starts in the first screen", async () => {
    const unit = await e2e.open({ viewport: PHONE });
    await e2e.signIn(unit, "donvi.batxat");
    await unit.goto("/blocs");
    for (const name of ["Khối thi đua", "Đơn vị của tôi"]) {
      const link = unit.getByRole("navigation").getByRole("link", { name });
      const box = await link.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(PHONE.width);
      expect(await link.evaluate((element) => element.scrollWidth <= element.clientWidth), name).toBe(true);
    }
    expect(await fitsSideways(unit, "nav")).toBe(true);
    await screenshotThree(unit, "blocs-list");

    const leader = await e2e.open({ viewport: PHONE });
    await e2e.signIn(leader, "lanhdao.laocai");
    const id = await blocId(leader, "LCI-HUYEN");
    await leader.goto(`/blocs/${id}?year=2025&quarter=2`);
    await leader.getByTestId("ranking-table").waitFor();
    expect(await fitsSideways(leader, '[data-testid="ranking-table"] .n-data-table-base-table-body')).toBe(true);
    expect(await right(leader, '[data-testid="ranking-table"] [data-testid="movement"]')).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await right(leader, '[data-testid="ranking-table"] .classification')).toBeLessThanOrEqual(PHONE.width);
    await screenshotThree(leader, "bloc-ranking");

    const coordinator = await e2e.open({ viewport: PHONE });
    await e2e.signIn(coordinator, "dieuphoi.laocai");
    await coordinator.goto(`/blocs/${id}/scores?year=2025&quarter=3`);
    const firstCell = coordinator.locator('[data-testid="score-sheet"] input[data-row="0"][data-col="0"]');
    await firstCell.waitFor();
    const sheetTop = (await coordinator.getByTestId("score-sheet").boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    expect(sheetTop).toBeLessThan(PHONE.height / 2);
    await screenshotThree(coordinator, "sheet");

    const admin = await e2e.open({ viewport: PHONE });
    await e2e.signIn(admin, "admin");
    await admin.goto("/admin/accounts");
    await admin.getByTestId("accounts-table").locator("tbody tr").first().waitFor();
    expect(await fitsSideways(admin, '[data-testid="accounts-table"] .n-data-table-base-table-body')).toBe(true);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await admin.getByTestId("accounts-table").innerText()).toContain("Lãnh đạo tỉnh");
    await screenshotThree(admin, "admin-accounts");
  });

  it("uses a projector's width with larger table text", async () => {
    const page = await e2e.open({ viewport: PROJECTOR });
    await e2e.signIn(page, "lanhdao.laocai");
    const id = await blocId(page, "LCI-HUYEN");
    await page.goto(`/blocs/${id}?year=2025&quarter=2`);
    await page.getByTestId("ranking-table").waitFor();
    const width = (await page.locator("main.page").boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(1800);
    const fontSize = await page
      .locator('[data-testid="ranking-table"] td')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);
  });

  it("presents the bloc's ranking for the meeting room, from the bloc page and by address", async () => {
    const page = await e2e.open({ viewport: PROJECTOR });
    await e2e.signIn(page, "lanhdao.laocai");
    const id = await blocId(page, "LCI-HUYEN");
    await page.goto(`/blocs/${id}?year=2025&quarter=2`);
    await page.getByTestId("present-link").click();
    await page.waitForURL((url) => url.pathname === `/blocs/${id}/present` && url.searchParams.get("quarter") === "2");
    const ranking = page.getByTestId("presentation-ranking");
    await ranking.waitFor();
    expect(await ranking.locator("tbody tr").count()).toBe(9);
    expect(await ranking.innerText()).toContain("Huyện Bảo Thắng");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai",
    );
    // No app bar and no controls: only the way out, for whoever holds the keyboard.
    expect(await page.getByTestId("user-menu").count()).toBe(0);
    expect(await page.locator("button, select, .n-select").count()).toBe(0);
    const fontSize = await ranking
      .locator("td")
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(30);
    expect((await ranking.boundingBox())?.width ?? 0).toBeGreaterThan(1700);
    await screenshotThree(page, "presentation");

    await page.keyboard.press("Escape");
    await page.waitForURL((url) => url.pathname === `/blocs/${id}`);

    await page.goto(`/blocs/${id}/present`);
    await ranking.waitFor();
    expect(new URL(page.url()).searchParams.get("year")).toBe("2025");
  });
});
