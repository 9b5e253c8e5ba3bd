import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotThree } from "./screens";
import { startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

const cell = (page: Page, row: number, col: number) =>
  page.locator(`[data-testid="score-sheet"] input[data-row="${row}"][data-col="${col}"]`);

const focusIsIn = (page: Page, selector: string) =>
  page.evaluate((inside) => document.activeElement?.closest(inside) !== null, selector);

describe("issue 12, item 9: the sheet from the keyboard", () => {
  it("saves on Ctrl+S and Cmd+S, leaves for the toolbar on Alt+T, rings the focused button and shows the cell's target and year to date", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto("/blocs");
    await page.locator(".n-card", { hasText: "LCI-HUYEN" }).getByRole("link", { name: "Nhập điểm" }).click();
    await page.waitForURL(/\/scores\?year=2025&quarter=3$/);
    await cell(page, 0, 1).waitFor();
    expect(await page.getByTestId("cell-status").innerText()).toContain("Ctrl+S để lưu, Alt+T về thanh công cụ");

    // The verified figure of Thành phố Lào Cai for I.1 (sessions held): its year's target is 195 sessions.
    await cell(page, 0, 1).click();
    const facts = page.getByTestId("cell-facts");
    await facts.getByText("Chỉ tiêu năm: 195 buổi").waitFor();
    const before = await facts.innerText();
    expect(before).toContain("Thành phố Lào Cai, tiêu chí I.1, Thẩm định");
    expect(before).toMatch(/Lũy kế đến quý này: [\d.,]+ buổi|Chưa có số liệu/);
    const shown = await facts.textContent();
    await page.keyboard.type("40");
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="cell-facts"]')?.textContent !== old,
      shown,
    );
    const typing = await facts.innerText();
    expect(typing).toMatch(/Lũy kế đến quý này: [\d.,]+ buổi/);
    expect(typing).not.toBe(before);
    expect(typing).toMatch(/Điểm: [\d,]+\/[\d,]+/);
    await screenshotThree(page, "sheet-keyboard-facts");

    await page.keyboard.press("Control+s");
    await page.getByText("Đã lưu 1 ô").waitFor();
    expect(await page.getByTestId("unsaved-count").innerText()).toBe("Không có thay đổi chưa lưu");
    expect(await focusIsIn(page, '[data-testid="score-sheet"]')).toBe(true);

    await page.keyboard.press("Enter");
    await page.keyboard.type("41000");
    await page.keyboard.press("Meta+s");
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="unsaved-count"]')?.textContent?.trim() === "Không có thay đổi chưa lưu",
    );

    // From the middle of the sheet, one key reaches the toolbar; Tab then walks it to its buttons.
    await cell(page, 5, 3).click();
    await page.keyboard.press("Alt+t");
    expect(await focusIsIn(page, '[role="toolbar"]')).toBe(true);
    for (let step = 0; step < 10; step += 1) {
      if (await page.evaluate(() => document.activeElement?.tagName === "BUTTON")) break;
      await page.keyboard.press("Tab");
    }
    const ring = await page.evaluate(() => {
      const button = document.activeElement as HTMLElement;
      const style = getComputedStyle(button);
      return { tag: button.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.tag).toBe("BUTTON");
    expect(ring.style).toBe("solid");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await screenshotThree(page, "sheet-keyboard-toolbar-focus");

    await page.reload();
    await cell(page, 0, 1).waitFor();
    expect(await cell(page, 0, 1).inputValue()).toBe("40");
    expect(await cell(page, 1, 1).inputValue()).toBe("41.000");
  });
});
