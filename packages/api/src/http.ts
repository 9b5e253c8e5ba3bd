import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { parseCookie, stringifySetCookie } from "cookie";
import type { PrismaClient } from "@thidua/db";
import { SESSION_COOKIE } from "./auth/session";
import { createContext } from "./context";
import { pickLocale } from "./i18n/locale";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/trpc";

export interface TrpcHandlerOptions {
  prisma: PrismaClient;
  /** Called with errors the user was told nothing about ("something went wrong"). */
  onInternalError?: (error: unknown, path: string | undefined) => void;
  /** Mark the session cookie Secure: the host is reached over TLS (itself, or behind a trusted proxy). */
  secureCookies?: boolean;
}

/** What the host knows of the request beyond its headers. */
export interface RequestClient {
  /** The client's IP address as the host decided to trust it (socket, or a trusted proxy's header). */
  address: string | null;
}

/**
 * The API as a fetch handler (Request in, Response out): the server mounts it, and the API
 * tests call it through a real tRPC client without opening a port.
 */
export function createTrpcHandler({ prisma, onInternalError, secureCookies = false }: TrpcHandlerOptions) {
  return (req: Request, client: RequestClient = { address: null }) =>
    fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req,
      router: appRouter,
      createContext: ({ resHeaders }) => {
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
          locale: pickLocale(req.headers.get("x-thidua-locale") ?? req.headers.get("accept-language")),
          sessionToken: parseCookie(req.headers.get("cookie") ?? "")[SESSION_COOKIE] ?? null,
          cookie: {
            set: (token, expiresAt) => writeCookie(token, expiresAt),
            clear: () => writeCookie("", new Date(0)),
          },
          origin: { userAgent: req.headers.get("user-agent"), address: client.address },
        });
      },
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") onInternalError?.(error.cause ?? error, path);
      },
    });
}
