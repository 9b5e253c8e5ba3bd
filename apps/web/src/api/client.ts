import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@thidua/api";
import superjson from "superjson";
import { MAX_BATCH_CALLS } from "@thidua/core";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

let requestLocale = "vi";

/** The API answers errors in the language the user reads the page in. */
export function setApiLocale(locale: string): void {
  requestLocale = locale;
}

export const apiLocale = (): string => requestLocale;

// A plain module variable, never reactive state: Vue's toRaw would recurse through the client proxy.
export const api = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      transformer: superjson,
      // The server refuses longer batches; calls beyond it go in a second request.
      maxItems: MAX_BATCH_CALLS,
      headers: () => ({ "x-thidua-locale": requestLocale }),
    }),
  ],
});
