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
}

/**
 * The API as a fetch handler (Request in, Response out): the server mounts it, and the API
 * tests call it through a real tRPC client without opening a port.
 */
export function createTrpcHandler({ prisma, onInternalError }: TrpcHandlerOptions) {
  return (req: Request) =>
    fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req,
      router: appRouter,
      createContext: ({ resHeaders }) => {
        const secure = new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
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
        });
      },
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") onInternalError?.(error.cause ?? error, path);
      },
    });
}
