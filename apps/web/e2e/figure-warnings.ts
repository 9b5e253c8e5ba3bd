import type { Page } from "playwright-core";

/**
 * Confirms every unusual figure the sheet lists before saving (the figures journeys type are
 * arbitrary; the plausibility journey checks the warnings themselves).
 */
export async function confirmFigureWarnings(page: Page): Promise<void> {
  for (const box of await page.getByTestId("figure-warning-confirm").all()) {
    if ((await box.getAttribute("aria-checked")) !== "true") await box.click();
  }
}
