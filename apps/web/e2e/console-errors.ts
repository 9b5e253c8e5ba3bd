import type { ConsoleMessage, Page } from "playwright-core";
import { expect, onTestFinished } from "vitest";

/**
 * The browser logs a refused API call ("Failed to load resource: … status of 403") as an error of its
 * own, although the page asked on purpose and shows the refusal: a journey that checks what a
 * forbidden or unpublished quarter looks like would otherwise fail on its own subject. Any other
 * error, and a server error on any call, still counts.
 */
function handledRefusal(message: ConsoleMessage): boolean {
  return (
    /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(message.text()) &&
    new URL(message.location().url).pathname.startsWith("/trpc/")
  );
}

/** Fails the running test if the page logs a console error or throws, whatever the test looked at. */
export function failOnConsoleErrors(page: Page): void {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !handledRefusal(message)) errors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  onTestFinished(() => {
    expect(errors, `errors in the browser console of ${page.url()}`).toEqual([]);
  });
}
