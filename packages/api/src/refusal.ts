import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { describeError } from "./error-shape";
import type { AppError } from "./errors";
import type { RequestScope } from "./request-scope";

/**
 * A refusal sent before tRPC reads the request (too large, too many calls, from another site),
 * shaped like any other tRPC error so the client shows its translated message. The batching
 * client gives a single error object to every call of the batch.
 */
export function refusalResponse(error: AppError, scope: RequestScope): Response {
  const httpStatus = getHTTPStatusCodeFromError(error);
  const { message, data } = describeError(error, httpStatus, scope);
  const shape = { code: TRPC_ERROR_CODES_BY_KEY[error.code], message, data };
  return new Response(JSON.stringify({ error: superjson.serialize(shape) }), {
    status: httpStatus,
    headers: { "content-type": "application/json", "x-request-id": scope.requestId },
  });
}
