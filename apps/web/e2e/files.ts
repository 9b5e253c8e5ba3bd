import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";

const SCREENSHOTS = fileURLToPath(new URL("../screenshots", import.meta.url));

/** Picks a file from a page's Download menu and returns what the browser saved, with its name. */
export async function downloadFrom(page: Page, menu: Locator, label: string) {
  await menu.click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page
      .getByRole("menuitem", { name: label })
      .or(page.locator(".n-dropdown-option", { hasText: label }))
      .first()
      .click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), "thidua-download-")), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

export async function workbookAt(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export const pdfText = (path: string) => execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });

/** Renders every page of a PDF to PNG next to the screenshots (pdftoppm), for people to look at. */
export function pdfPages(pdf: Buffer, name: string): number {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-png", "-r", "80", file, join(SCREENSHOTS, name)]);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? 0);
}
