import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@thidua/api";
import superjson from "superjson";

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
      headers: () => ({ "x-thidua-locale": requestLocale }),
    }),
  ],
});
