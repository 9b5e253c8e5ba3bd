import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotThree } from "./screens";
import { confirmFigureWarnings } from "./figure-warnings";
import { DEMO_PASSWORD, startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

const cell = (page: Page, row: number, col: number) =>
  page.locator(`[data-testid="score-sheet"] input[data-row="${row}"][data-col="${col}"]`);

/** The session ends under the page, as after 8 idle hours or "end other sessions" on another device. */
const endSession = (page: Page) => page.context().clearCookies();

describe("issue 12, item 8: a session that ends under the user", () => {
  it("asks for the password over the sheet, keeps the edits and then saves them", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto("/blocs");
    await page.locator(".n-card", { hasText: "LCI-HUYEN" }).getByRole("link", { name: "Nhập điểm" }).click();
    await page.waitForURL(/\/scores\?year=2025&quarter=3$/);
    await cell(page, 0, 1).click();
    await page.keyboard.type("4");
    await page.keyboard.press("Enter");

    await confirmFigureWarnings(page);
    await endSession(page);
    await page.getByTestId("save").click();
    const dialog = page.getByTestId("sign-in-again");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Phiên đăng nhập đã kết thúc");
    expect(await dialog.locator('input[name="username"]').inputValue()).toBe("dieuphoi.laocai");
    expect(await cell(page, 0, 1).inputValue()).toBe("4");
    await screenshotThree(page, "session-ended-dialog");

    await dialog.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await dialog.getByRole("button", { name: "Đăng nhập và tiếp tục" }).click();
    await page.getByText("Đã lưu 1 ô").waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/scores$/);
    expect(await page.getByTestId("unsaved-count").innerText()).toBe("Không có thay đổi chưa lưu");

    await page.reload();
    await cell(page, 0, 1).waitFor();
    expect(await cell(page, 0, 1).inputValue()).toBe("4");
  });

  it("takes any other page to the sign-in page, and back where the user was, never to an empty page", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.getByRole("navigation").getByRole("link", { name: "Toàn tỉnh" }).click();
    await page.getByTestId("bloc-overview").first().waitFor();

    await endSession(page);
    await page.getByRole("navigation").getByRole("link", { name: "Khối thi đua" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/blocs");
    expect(await page.getByTestId("session-ended").innerText()).toBe(
      "Phiên đăng nhập đã kết thúc. Đăng nhập lại để trở về trang bạn đang xem.",
    );
    expect(await page.getByText("Bạn chưa được giao khối thi đua nào").count()).toBe(0);
    expect(await page.getByTestId("user-menu").count()).toBe(0);
    expect(await page.locator('input[name="username"]').inputValue()).toBe("dieuphoi.laocai");
    await screenshotThree(page, "session-ended-sign-in");

    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/blocs");
    await page.locator(".n-card", { hasText: "LCI-HUYEN" }).waitFor();
  });
});
