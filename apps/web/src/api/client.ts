import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@thidua/api";
import superjson from "superjson";
import { MAX_BATCH_CALLS } from "@thidua/core";
import { sessionEndedLink } from "./session-ended-link";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

let requestLocale = "vi";

/** The API answers errors in the language the user reads the page in. */
export function setApiLocale(locale: string): void {
  requestLocale = locale;
}

export const apiLocale = (): string => requestLocale;

let sessionEnded: () => void = () => {};

/** Who hears that the session is gone (the session store), whichever call found out. */
export function onSessionEnded(listener: () => void): void {
  sessionEnded = listener;
}

// A plain module variable, never reactive state: Vue's toRaw would recurse through the client proxy.
export const api = createTRPCClient<AppRouter>({
  links: [
    sessionEndedLink(() => sessionEnded()),
    httpBatchLink({
      url: "/trpc",
      transformer: superjson,
      // The server refuses longer batches; calls beyond it go in a second request.
      maxItems: MAX_BATCH_CALLS,
      headers: () => ({ "x-thidua-locale": requestLocale }),
    }),
  ],
});
