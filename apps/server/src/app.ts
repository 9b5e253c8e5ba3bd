import { Hono } from "hono";
import { compress } from "hono/compress";
import { createFilesHandler, createTrpcHandler, FILES_ENDPOINT, TRPC_ENDPOINT } from "@thidua/api";
import type { PrismaClient } from "@thidua/db";
import { logger } from "./logger";
import { mountWebApp } from "./web-app";

export interface AppOptions {
  /** The built dashboard to serve at the same address; none in API-only tests. */
  webRoot?: string;
}

/** The HTTP surface: the tRPC API under /trpc, downloads under /files, a health check and the dashboard. */
export function createApp(prisma: PrismaClient, options: AppOptions = {}): Hono {
  const handleTrpc = createTrpcHandler({
    prisma,
    onInternalError: (error, path) => logger.error({ err: error, path }, "tRPC procedure failed"),
  });
  const handleFiles = createFilesHandler({
    prisma,
    onInternalError: (error, name) => logger.error({ err: error, file: name }, "file download failed"),
  });
  const app = new Hono();
  app.use(compress());
  app.all(`${TRPC_ENDPOINT}/*`, (c) => handleTrpc(c.req.raw));
  app.all(`${FILES_ENDPOINT}/*`, (c) => handleFiles(c.req.raw));
  app.get("/healthz", async (c) => {
    await prisma.$queryRaw`SELECT 1`;
    return c.json({ ok: true });
  });
  if (options.webRoot) mountWebApp(app, options.webRoot);
  return app;
}
