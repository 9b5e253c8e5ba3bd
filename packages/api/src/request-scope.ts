import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "./i18n/locale";

/** What is known about an HTTP request before tRPC has parsed it or built its context. */
export interface RequestScope {
  requestId: string;
  locale: Locale;
}

/**
 * Holds the request's id and language while tRPC answers it, so that an error raised before
 * any context exists (a batch too long, a content type refused) is still told in the user's
 * language and carries the id the server logged it under.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();
