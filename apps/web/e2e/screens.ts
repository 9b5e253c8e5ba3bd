import type { Page } from "playwright-core";
import { screenshot } from "./browser";
import { DESKTOP, PHONE } from "./shots";

/** A meeting room's projector or a large monitor. */
export const PROJECTOR = { width: 1920, height: 1080 };

/** Screenshots the page at 390 px (a phone), 1366 px and 1920 px (a projector), then goes back to the desktop width. */
export async function screenshotThree(page: Page, name: string): Promise<void> {
  for (const viewport of [PHONE, DESKTOP, PROJECTOR]) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${viewport.width}`);
  }
  await page.setViewportSize(DESKTOP);
}
