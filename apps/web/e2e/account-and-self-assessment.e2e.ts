import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmFigureWarnings } from "./figure-warnings";
import { startE2eSession, type E2eSession } from "./session";
import { DESKTOP, screenshotBoth } from "./shots";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

describe("journey: a member unit and its account", () => {
  it("finds its self-assessment from its home page and saves a figure", async () => {
    const page = await e2e.open({ viewport: DESKTOP });
    await e2e.signIn(page, "donvi.tinhdoan");
    expect(new URL(page.url()).pathname).toMatch(/^\/units\//);
    await page.getByTestId("self-assessment").click();
    await page.waitForURL(/\/blocs\/[^/]+\/scores\?year=2025&quarter=4/);
    const input = page.locator('[data-testid="score-sheet"] input:not([readonly]):not([disabled])').first();
    await input.click();
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await confirmFigureWarnings(page);
    await page.getByTestId("save").click();
    await page.getByText(/Đã lưu \d+ ô/).waitFor();
    await page.reload();
    await page.locator('[data-testid="score-sheet"] input:not([readonly]):not([disabled])').first().waitFor();
    expect(
      await page.locator('[data-testid="score-sheet"] input:not([readonly]):not([disabled])').first().inputValue(),
    ).toBe("1");

    // The bloc list leads there too.
    await page.goto("/blocs");
    await page.getByTestId("bloc-self-assessment").first().waitFor();
    expect(await page.getByRole("link", { name: "Thiết lập năm" }).count()).toBe(0);
  });

  it("shows and ends its own sessions, and keeps the language with the account", async () => {
    const phone = await e2e.open();
    await e2e.signIn(phone, "donvi.hoinongdan");
    const desk = await e2e.open({ viewport: DESKTOP });
    await e2e.signIn(desk, "donvi.hoinongdan");
    // The home page writes its quarter into the address once loaded; a click before that loses to it.
    await desk.waitForURL(/quarter=\d/);
    await desk.getByTestId("user-menu").click();
    await desk.locator(".n-dropdown-option", { hasText: "Tài khoản của tôi" }).click();
    await desk.waitForURL(/\/account$/);
    await desk.getByRole("heading", { name: "Tài khoản của tôi" }).waitFor();
    await desk.getByTestId("session").nth(1).waitFor();
    await screenshotBoth(desk, "account");
    await desk.getByRole("button", { name: "Đăng xuất mọi phiên khác" }).click();
    await desk.getByText("Đã đăng xuất 1 phiên.").waitFor();
    await desk.getByTestId("session").nth(1).waitFor({ state: "detached" });
    expect(await desk.getByTestId("session").count()).toBe(1);
    await phone.reload();
    await phone.waitForURL(/\/sign-in/);

    await desk.getByText("English").first().click();
    await desk.getByRole("heading", { name: "My account" }).waitFor();
    const elsewhere = await e2e.open({ viewport: DESKTOP });
    await e2e.signIn(elsewhere, "donvi.hoinongdan");
    await elsewhere.getByRole("link", { name: "My unit" }).waitFor();
  });

  it("locks an account after five wrong passwords and tells how long to wait", async () => {
    const page = await e2e.open({ viewport: DESKTOP });
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.locator('input[name="username"]').fill("lanhdao.backan");
      await page.locator('input[name="password"]').fill(`sai mật khẩu ${attempt}`);
      await page.locator('button[type="submit"]').click();
      // The page empties the password field once the refusal is in.
      await page.waitForFunction(
        () => (document.querySelector('input[name="password"]') as HTMLInputElement | null)?.value === "",
      );
    }
    await page.getByText("Sai mật khẩu 5 lần: tài khoản tạm khóa. Vui lòng thử lại sau 15 phút.").waitFor();
    await page.locator('input[name="password"]').fill("thidua@2025");
    await page.locator('button[type="submit"]').click();
    await page.getByText("Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await screenshotBoth(page, "sign-in-locked");
  });
});
