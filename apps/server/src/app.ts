import { Hono } from "hono";
import { createTrpcHandler, TRPC_ENDPOINT } from "@thidua/api";
import type { PrismaClient } from "@thidua/db";
import { logger } from "./logger";

/** The HTTP surface: the tRPC API under /trpc and a health check. */
export function createApp(prisma: PrismaClient): Hono {
  const handleTrpc = createTrpcHandler({
    prisma,
    onInternalError: (error, path) => logger.error({ err: error, path }, "tRPC procedure failed"),
  });
  const app = new Hono();
  app.all(`${TRPC_ENDPOINT}/*`, (c) => handleTrpc(c.req.raw));
  app.get("/healthz", async (c) => {
    await prisma.$queryRaw`SELECT 1`;
    return c.json({ ok: true });
  });
  return app;
}
