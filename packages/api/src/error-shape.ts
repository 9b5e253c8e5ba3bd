import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError, type CellProblem } from "./errors";
import type { Locale } from "./i18n/locale";
import type { MessageKey } from "./i18n/messages";
import { translate, type MessageParams } from "./i18n/translate";
import { describeIssue } from "./i18n/zod-issues";

/** What every error response carries besides its message: never a stack, a path on disk or a library's words. */
export interface ErrorData {
  code: TRPCError["code"];
  httpStatus: number;
  /** The procedure called, when the request named one. */
  path?: string;
  /** The id the server logged this request under, for support to find the details. */
  requestId: string | null;
  messageKey: MessageKey | null;
  issues: string[];
  cells: (CellProblem & { message: string })[];
}

export interface ErrorSubject {
  locale: Locale;
  requestId: string | null;
  path?: string;
}

/**
 * tRPC's own refusals (unreadable JSON, an unknown procedure, GET on a mutation) carry English
 * messages; they get a message key like ours so every error is in the user's language.
 */
function keyOfTrpcError(error: TRPCError): MessageKey {
  switch (error.code) {
    case "PARSE_ERROR":
    case "BAD_REQUEST":
      return "request.malformed";
    case "NOT_FOUND":
      return "request.unknownProcedure";
    case "METHOD_NOT_SUPPORTED":
      return "request.wrongMethod";
    case "UNSUPPORTED_MEDIA_TYPE":
      return "request.contentType";
    case "PAYLOAD_TOO_LARGE":
      return "request.tooLarge";
    case "INTERNAL_SERVER_ERROR":
      return "internal";
    default:
      return "request.invalid";
  }
}

/** The translated message and data of an error, as the error formatter and the HTTP host's refusals send it. */
export function describeError(
  error: TRPCError,
  httpStatus: number,
  { locale, requestId, path }: ErrorSubject,
): { message: string; data: ErrorData } {
  const base = { code: error.code, httpStatus, ...(path === undefined ? {} : { path }), requestId };
  if (error.code === "BAD_REQUEST" && error.cause instanceof ZodError) {
    const issues = error.cause.issues.map((issue) => describeIssue(issue, locale));
    return {
      message: translate("validation.failed", locale, { issues: issues.join("; ") }),
      data: { ...base, messageKey: "validation.failed", issues, cells: [] },
    };
  }
  if (error instanceof AppError) {
    const cells = error.cells.map((cell) => ({
      ...cell,
      message: `${cell.unitName} – ${cell.criterionCode}: ${translate(cell.reason, locale, cell.params)}`,
    }));
    return {
      message: translate(error.messageKey, locale, error.params),
      data: { ...base, messageKey: error.messageKey, issues: [], cells },
    };
  }
  const messageKey = keyOfTrpcError(error);
  const params: MessageParams = { path: path ?? "" };
  return { message: translate(messageKey, locale, params), data: { ...base, messageKey, issues: [], cells: [] } };
}
