import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError, refusalResponse, requestLocale } from "@thidua/api";

/**
 * The largest body the API reads. A 12 × 40 quarter grid with a 300-character note and an evidence
 * link on every cell is 291 KB of JSON; with the 2,000-character notes the schema allows on every
 * cell it is 1.33 MB. 2 MiB keeps that worst real save with room to spare, while a hostile client
 * can hold at most 2 MiB per open request. Evidence uploads get their own route and limit.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const refuse = (c: Context, error: AppError) =>
  refusalResponse(error, { requestId: c.get("requestId") as string, locale: requestLocale(c.req.raw.headers) });

const mebibytes = (bytes: number) => `${bytes / 1024 / 1024} MiB`;

/** Refuses a body above MAX_BODY_BYTES from its Content-Length, or while it streams in, never buffering more. */
export const apiBodyLimit = (): MiddlewareHandler =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      refuse(c, new AppError("PAYLOAD_TOO_LARGE", "request.tooLarge", { limit: mebibytes(MAX_BODY_BYTES) })),
  });

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/**
 * Changes come only from pages of this server. Browsers say where a request comes from in
 * Sec-Fetch-Site (all current ones) or Origin (older ones); a request with neither is not from a
 * browser page, so no other site can have made it with the user's cookie.
 */
export const sameOriginWrites = (): MiddlewareHandler => async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  const allowed =
    site !== undefined ? site === "same-origin" : origin === undefined || hostOf(origin) === c.req.header("host");
  if (!allowed) return refuse(c, new AppError("FORBIDDEN", "request.crossSite"));
  return next();
};
