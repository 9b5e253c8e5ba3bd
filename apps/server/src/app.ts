import { Hono } from "hono";
import { compress } from "hono/compress";
import { requestId, type RequestIdVariables } from "hono/request-id";
import {
  createEvidenceHandler,
  createFilesHandler,
  createTrpcHandler,
  EVIDENCE_ENDPOINT,
  FILES_ENDPOINT,
  TRPC_ENDPOINT,
} from "@thidua/api";
import type { PrismaClient } from "@thidua/db";
import { getConnInfo } from "@hono/node-server/conninfo";
import { mountBackup } from "./backup-route";
import { logger } from "./logger";
import { clientAddress } from "./proxy";
import { apiBodyLimit, sameOriginWrites } from "./request-guards";
import { securityHeaders } from "./security-headers";
import { mountWebApp } from "./web-app";

export interface AppOptions {
  /** The built dashboard to serve at the same address; none in API-only tests. */
  webRoot?: string;
  /** The token `pnpm db:backup` presents to back up this running server's database. */
  backupToken?: string;
  /** Reverse proxies in front (TRUST_PROXY, see proxy.ts): 0 when browsers reach thidua directly. */
  trustedProxies?: number;
}

/** The HTTP surface: the tRPC API under /trpc, downloads under /files, evidence under /evidence, a health check and the dashboard. */
export function createApp(prisma: PrismaClient, options: AppOptions = {}): Hono<{ Variables: RequestIdVariables }> {
  const hops = options.trustedProxies ?? 0;
  const handleTrpc = createTrpcHandler({
    prisma,
    onInternalError: (error, path, id) => logger.error({ err: error, path, requestId: id }, "tRPC procedure failed"),
    secureCookies: hops > 0,
  });
  const handleFiles = createFilesHandler({
    prisma,
    onInternalError: (error, name) => logger.error({ err: error, file: name }, "file download failed"),
  });
  const handleEvidence = createEvidenceHandler({
    prisma,
    onInternalError: (error) => logger.error({ err: error }, "evidence upload or download failed"),
  });
  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use(requestId());
  app.use(securityHeaders({ trustedProxies: hops }));
  app.use(compress());
  app.use(`${TRPC_ENDPOINT}/*`, sameOriginWrites(), apiBodyLimit());
  app.all(`${TRPC_ENDPOINT}/*`, (c) =>
    handleTrpc(c.req.raw, {
      requestId: c.get("requestId"),
      address: clientAddress(getConnInfo(c).remote.address, c.req.header("x-forwarded-for") ?? null, hops),
    }),
  );
  // Downloads are GET only (the handler refuses anything else), signed in by the same session cookie.
  app.all(`${FILES_ENDPOINT}/*`, (c) => handleFiles(c.req.raw));
  // Evidence files: uploads stream in up to their own limit (checked as they arrive), from our pages only.
  app.use(EVIDENCE_ENDPOINT, sameOriginWrites());
  app.all(EVIDENCE_ENDPOINT, (c) => handleEvidence(c.req.raw));
  app.all(`${EVIDENCE_ENDPOINT}/*`, (c) => handleEvidence(c.req.raw));
  app.get("/healthz", async (c) => {
    await prisma.$queryRaw`SELECT 1`;
    return c.json({ ok: true });
  });
  if (options.backupToken) mountBackup(app, prisma, options.backupToken);
  if (options.webRoot) mountWebApp(app, options.webRoot);
  // Outside the API (the health check, static files): the details go to the log, never to the client.
  app.onError((error, c) => {
    logger.error({ err: error, path: c.req.path, requestId: c.get("requestId") }, "request failed");
    return c.json({ ok: false, requestId: c.get("requestId") }, 500);
  });
  return app;
}
