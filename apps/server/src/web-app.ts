import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Env, Hono } from "hono";
import { logger } from "./logger";

/** Where `pnpm --filter @thidua/web build` puts the dashboard; WEB_DIST overrides it. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

/**
 * Serves the built dashboard at the same address as the API. File names under /assets carry a
 * content hash, so browsers may keep them for a year; index.html is always asked for again so a
 * new build shows up on the next reload. The build writes .br and .gz copies, sent as they are.
 * Any other path is a page of the app (history routing).
 */
export function mountWebApp<E extends Env>(app: Hono<E>, webRoot: string): void {
  const indexFile = join(webRoot, "index.html");
  if (!existsSync(indexFile)) {
    logger.warn(`the dashboard is not built (${indexFile} is missing): run "pnpm build" first`);
    return;
  }
  app.use("/*", async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    if (c.req.path.startsWith("/assets/")) c.header("Cache-Control", "public, max-age=31536000, immutable");
    else if (c.res.headers.get("content-type")?.startsWith("text/html")) c.header("Cache-Control", "no-cache");
    else c.header("Cache-Control", "public, max-age=3600");
  });
  app.use("/*", serveStatic({ root: webRoot, precompressed: true }));
  const servePage = serveStatic({ path: indexFile });
  app.get("/*", async (c, next) => {
    if (c.req.path.startsWith("/assets/")) return c.notFound();
    return servePage(c, next);
  });
}
