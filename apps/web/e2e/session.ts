import { inject } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { failOnConsoleErrors } from "./console-errors";
import { copyOfDemoDatabase, removeDataDir, startThidua, type RunningThidua } from "./server";

export const DEMO_PASSWORD = "thidua@2025";

export interface E2eSession {
  server: RunningThidua;
  browser: Browser;
  /** A new browser context (its own cookies), already on the app's address; the test fails on any console error. */
  open: (options?: { locale?: string; viewport?: { width: number; height: number } }) => Promise<Page>;
  signIn: (page: Page, username: string) => Promise<void>;
  close: () => Promise<void>;
}

/** One server on a fresh copy of the demo data and one Chromium, for one test file. */
export async function startE2eSession(): Promise<E2eSession> {
  const server = await startThidua(copyOfDemoDatabase(inject("demoDatabase")));
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];

  async function open(options: { locale?: string; viewport?: { width: number; height: number } } = {}) {
    const context = await browser.newContext({
      baseURL: server.url,
      locale: options.locale ?? "vi-VN",
      viewport: options.viewport ?? { width: 1440, height: 900 },
    });
    contexts.push(context);
    const page = await context.newPage();
    failOnConsoleErrors(page);
    await page.goto("/");
    return page;
  }

  async function signIn(page: Page, username: string) {
    await page.goto("/sign-in");
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  }

  async function close() {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
    await server.stop();
    removeDataDir(server.dataDir);
  }

  return { server, browser, open, signIn, close };
}
