import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { parseCookie } from "cookie";
import { ZodError } from "zod";
import type { PrismaClient } from "@thidua/db";
import { SESSION_COOKIE } from "../auth/session";
import { createContext } from "../context";
import { AppError } from "../errors";
import { pickLocale, type Locale } from "../i18n/locale";
import { translate } from "../i18n/translate";
import { describeIssue } from "../i18n/zod-issues";
import { appRouter } from "../root";
import { FILES, type FileName } from "./catalogue";
import { contentDisposition, fileNameOf } from "./content-disposition";
import { CONTENT_TYPES, type FileRoute } from "./file-route";

export const FILES_ENDPOINT = "/files";

export interface FilesHandlerOptions {
  prisma: PrismaClient;
  onInternalError?: (error: unknown, name: string) => void;
}

/** A refusal in the caller's language, shaped like the API's errors: { error: { code, messageKey, message } }. */
export function refusal(error: unknown, locale: Locale): Response {
  const cause = error instanceof TRPCError && error.cause instanceof ZodError ? error.cause : error;
  let body: { code: string; messageKey: string | null; message: string };
  let status: number;
  if (cause instanceof ZodError) {
    const issues = cause.issues.map((issue) => describeIssue(issue, locale)).join("; ");
    body = {
      code: "BAD_REQUEST",
      messageKey: "validation.failed",
      message: translate("validation.failed", locale, { issues }),
    };
    status = 400;
  } else if (error instanceof AppError) {
    body = {
      code: error.code,
      messageKey: error.messageKey,
      message: translate(error.messageKey, locale, error.params),
    };
    status = getHTTPStatusCodeFromError(error);
  } else {
    body = { code: "INTERNAL_SERVER_ERROR", messageKey: "internal", message: translate("internal", locale) };
    status = 500;
  }
  return new Response(JSON.stringify({ error: body }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * Downloads as plain GET requests (GET /files/ranking.xlsx?bloc=…): the browser saves them as
 * they come, with their Vietnamese names, and no base64 inflates them. The same session cookie
 * signs the caller in, and every file is built from the API's own procedures, so the same
 * access rules hold as for the data on screen.
 */
export function createFilesHandler({ prisma, onInternalError }: FilesHandlerOptions) {
  return async (req: Request): Promise<Response> => {
    const locale = pickLocale(req.headers.get("x-thidua-locale") ?? req.headers.get("accept-language"));
    const url = new URL(req.url);
    const name = url.pathname.slice(FILES_ENDPOINT.length + 1);
    try {
      if (req.method !== "GET") throw new AppError("METHOD_NOT_SUPPORTED", "auth.forbidden");
      const route: FileRoute | undefined = Object.hasOwn(FILES, name) ? FILES[name as FileName] : undefined;
      if (!route) throw new AppError("NOT_FOUND", "file.unknown", { name });
      const ctx = await createContext({
        prisma,
        locale,
        sessionToken: parseCookie(req.headers.get("cookie") ?? "")[SESSION_COOKIE] ?? null,
        cookie: { set: () => undefined, clear: () => undefined },
        origin: { userAgent: req.headers.get("user-agent"), address: null },
      });
      if (!ctx.user) throw new AppError("UNAUTHORIZED", "auth.required");
      const input = route.query.parse(Object.fromEntries(url.searchParams));
      const authed = { ...ctx, user: ctx.user };
      const file = await route.build({ caller: appRouter.createCaller(authed), ctx: authed, input });
      return new Response(new Uint8Array(file.bytes), {
        headers: {
          "content-type": CONTENT_TYPES[route.format],
          "content-disposition": contentDisposition(fileNameOf(file.nameParts, route.format)),
          "content-length": String(file.bytes.byteLength),
          // Files hold drafts only some may see: never kept by a shared cache.
          "cache-control": "private, no-store",
        },
      });
    } catch (error) {
      if (
        !(error instanceof AppError) &&
        !(error instanceof ZodError) &&
        !(error instanceof TRPCError && error.cause instanceof ZodError)
      ) {
        onInternalError?.(error, name);
      }
      return refusal(error, locale);
    }
  };
}
