import type { Page } from "playwright-core";
import { screenshot } from "./browser";

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Screenshots the page as it is now at 1366 px and at 390 px (a phone), then goes back to the desktop width. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(DESKTOP);
}

/** Picks an option of a naive-ui select by its label. */
export async function chooseOption(page: Page, testId: string, label: string | RegExp) {
  await page.getByTestId(testId).first().click();
  await page.locator(".n-base-select-menu:visible .n-base-select-option", { hasText: label }).first().click();
  await page.locator(".n-base-select-menu:visible").waitFor({ state: "hidden" });
}
