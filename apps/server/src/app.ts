import { Hono } from "hono";
import { compress } from "hono/compress";
import { createTrpcHandler, TRPC_ENDPOINT } from "@thidua/api";
import type { PrismaClient } from "@thidua/db";
import { getConnInfo } from "@hono/node-server/conninfo";
import { logger } from "./logger";
import { clientAddress } from "./proxy";
import { mountWebApp } from "./web-app";

export interface AppOptions {
  /** The built dashboard to serve at the same address; none in API-only tests. */
  webRoot?: string;
  /** Reverse proxies in front (TRUST_PROXY, see proxy.ts): 0 when browsers reach thidua directly. */
  trustedProxies?: number;
}

/** The HTTP surface: the tRPC API under /trpc, a health check and the dashboard. */
export function createApp(prisma: PrismaClient, options: AppOptions = {}): Hono {
  const hops = options.trustedProxies ?? 0;
  const handleTrpc = createTrpcHandler({
    prisma,
    onInternalError: (error, path) => logger.error({ err: error, path }, "tRPC procedure failed"),
    secureCookies: hops > 0,
  });
  const app = new Hono();
  app.use(compress());
  app.all(`${TRPC_ENDPOINT}/*`, (c) =>
    handleTrpc(c.req.raw, {
      address: clientAddress(getConnInfo(c).remote.address, c.req.header("x-forwarded-for") ?? null, hops),
    }),
  );
  app.get("/healthz", async (c) => {
    await prisma.$queryRaw`SELECT 1`;
    return c.json({ ok: true });
  });
  if (options.webRoot) mountWebApp(app, options.webRoot);
  return app;
}
