import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { parseCookie, stringifySetCookie } from "cookie";
import { MAX_BATCH_CALLS } from "@thidua/core";
import type { PrismaClient } from "@thidua/db";
import { SESSION_COOKIE } from "./auth/session";
import { createContext } from "./context";
import { AppError } from "./errors";
import { pickLocale, type Locale } from "./i18n/locale";
import { refusalResponse } from "./refusal";
import { requestScope } from "./request-scope";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/trpc";

export interface TrpcHandlerOptions {
  prisma: PrismaClient;
  /** Called with errors the user was told nothing about ("something went wrong"). */
  onInternalError?: (error: unknown, path: string | undefined, requestId: string) => void;
  /** Mark the session cookie Secure: the host is reached over TLS (itself, or behind a trusted proxy). */
  secureCookies?: boolean;
}

/** What the host knows of the request beyond its headers. */
export interface RequestClient {
  /** Names the request in the server's log and in every error it answers. */
  requestId?: string;
  /** The client's IP address as the host decided to trust it (socket, or a trusted proxy's header). */
  address?: string | null;
}

/** The language a request asks for: the dashboard's own header first, then the browser's. */
export const requestLocale = (headers: Headers): Locale =>
  pickLocale(headers.get("x-thidua-locale") ?? headers.get("accept-language"));

/** Why tRPC should not even read this request, or null. */
function protocolRefusal(req: Request): AppError | null {
  const url = new URL(req.url);
  if (url.searchParams.get("batch") === "1") {
    const count = url.pathname.split(",").length;
    if (count > MAX_BATCH_CALLS) {
      return new AppError("BAD_REQUEST", "request.tooManyCalls", { limit: MAX_BATCH_CALLS, count });
    }
  }
  // Mutations come as JSON from our client. Forms (urlencoded, multipart, text/plain) are what
  // another site can post without the browser asking us first, so they are never accepted.
  const contentType = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (req.method === "POST" && contentType !== "application/json") {
    return new AppError("UNSUPPORTED_MEDIA_TYPE", "request.contentType");
  }
  return null;
}

/**
 * The API as a fetch handler (Request in, Response out): the server mounts it, and the API
 * tests call it through a real tRPC client without opening a port.
 */
export function createTrpcHandler({ prisma, onInternalError, secureCookies = false }: TrpcHandlerOptions) {
  return (req: Request, client: RequestClient = {}): Promise<Response> => {
    const requestId = client.requestId ?? randomUUID();
    const scope = { requestId, locale: requestLocale(req.headers) };
    const refused = protocolRefusal(req);
    if (refused) return Promise.resolve(refusalResponse(refused, scope));
    return requestScope.run(scope, () =>
      fetchRequestHandler({
        endpoint: TRPC_ENDPOINT,
        req,
        router: appRouter,
        createContext: ({ resHeaders }) => {
          resHeaders.set("x-request-id", requestId);
          // Never from X-Forwarded-Proto, which any client can send: the host says whether it is behind TLS.
          const secure = secureCookies || new URL(req.url).protocol === "https:";
          const writeCookie = (value: string, expires: Date) =>
            resHeaders.append(
              "set-cookie",
              stringifySetCookie({
                name: SESSION_COOKIE,
                value,
                httpOnly: true,
                sameSite: "lax",
                path: "/",
                secure,
                expires,
              }),
            );
          return createContext({
            prisma,
            locale: scope.locale,
            sessionToken: parseCookie(req.headers.get("cookie") ?? "")[SESSION_COOKIE] ?? null,
            cookie: {
              set: (token, expiresAt) => writeCookie(token, expiresAt),
              clear: () => writeCookie("", new Date(0)),
            },
            origin: { userAgent: req.headers.get("user-agent"), address: client.address ?? null },
          });
        },
        onError: ({ error, path }) => {
          if (error.code === "INTERNAL_SERVER_ERROR") onInternalError?.(error.cause ?? error, path, requestId);
        },
      }),
    );
  };
}
