import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

describe("journey 1: signing in", () => {
  it("sends a visitor to the sign-in page and back to the page asked for", async () => {
    const page = await e2e.open();
    await page.goto("/blocs");
    await page.waitForURL(/\/sign-in\?next=(%2F|\/)blocs/);
    await screenshot(page, "sign-in");
    await page.locator('input[name="username"]').fill("dieuphoi.laocai");
    await page.locator('input[name="password"]').fill("thidua@2025");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/blocs$/);
    const heading = page.getByRole("heading", { name: "Khối, cụm thi đua" });
    await heading.waitFor();
    expect(await heading.isVisible()).toBe(true);
    const bloc = page.getByText("Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai").first();
    await bloc.waitFor();
    expect(await bloc.isVisible()).toBe(true);
  });

  it("refuses a wrong password in Vietnamese, and in English after switching", async () => {
    const page = await e2e.open();
    await page.goto("/sign-in");
    await page.locator('input[name="username"]').fill("lanhdao.laocai");
    await page.locator('input[name="password"]').fill("sai-mat-khau");
    await page.locator('button[type="submit"]').click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/mật khẩu/i);
    await screenshot(page, "sign-in-refused");

    await page.getByRole("button", { name: "English" }).click();
    await page.locator('input[name="password"]').fill("wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page
      .getByText(/password/i, { exact: false })
      .last()
      .waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/password/i);
  });

  it("asks for the fields left empty without calling the server", async () => {
    const page = await e2e.open();
    await page.goto("/sign-in");
    await page.locator('button[type="submit"]').click();
    await page.getByText("Vui lòng nhập tên đăng nhập.").waitFor();
    await page.getByText("Vui lòng nhập mật khẩu.").waitFor();
    // Still on the sign-in page, with no refusal from the server.
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("starts each role where it works, with the actions its role allows", async () => {
    const leader = await e2e.open();
    await e2e.signIn(leader, "lanhdao.laocai");
    expect(new URL(leader.url()).pathname).toBe("/province");
    await leader.goto("/blocs");
    await leader.getByText("Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai").first().waitFor();
    // Leaders read; they are never offered score entry or the year's set-up.
    expect(await leader.getByRole("link", { name: "Nhập điểm" }).count()).toBe(0);
    expect(await leader.getByRole("link", { name: "Xếp hạng" }).count()).toBeGreaterThan(1);

    const coordinator = await e2e.open();
    await e2e.signIn(coordinator, "dieuphoi.backan");
    expect(new URL(coordinator.url()).pathname).toBe("/blocs");
    await coordinator.getByRole("link", { name: "Nhập điểm" }).first().waitFor();
    expect(await coordinator.getByRole("link", { name: "Nhập điểm" }).count()).toBe(1);
    expect(await coordinator.getByRole("link", { name: "Thiết lập năm" }).count()).toBe(1);
    await screenshot(coordinator, "blocs-coordinator");

    const unit = await e2e.open();
    await e2e.signIn(unit, "donvi.batxat");
    expect(new URL(unit.url()).pathname).toMatch(/^\/units\/[^/]+$/);
    await unit.goto("/blocs");
    await unit.getByRole("link", { name: "Xếp hạng" }).first().waitFor();
    expect(await unit.getByRole("link", { name: "Thiết lập năm" }).count()).toBe(0);
  });

  it("signs out and keeps the pages closed afterwards", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.getByTestId("user-menu").click();
    await page.getByText("Đăng xuất").click();
    await page.waitForURL(/\/sign-in/);
    await page.goto("/blocs");
    await page.waitForURL(/\/sign-in\?next=/);
    expect(await page.locator('input[name="username"]').isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Khối, cụm thi đua" }).count()).toBe(0);
  });
});
