import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import { TRPC_ENDPOINT } from "../http";
import type { Locale } from "../i18n/locale";
import type { AppRouter } from "../root";

export type ApiClient = TRPCClient<AppRouter>;

/**
 * A real tRPC client wired to the fetch handler without a socket: requests go through HTTP
 * semantics (headers, cookies, status codes, serialisation) and keep their own cookie jar.
 */
export function createInProcessClient(
  handle: (request: Request) => Promise<Response>,
  locale: Locale = "vi",
): ApiClient {
  let cookie = "";
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `http://thidua.test${TRPC_ENDPOINT}`,
        transformer: superjson,
        headers: () => ({ "x-thidua-locale": locale, ...(cookie ? { cookie } : {}) }),
        fetch: async (url, init) => {
          const response = await handle(new Request(url, init as RequestInit));
          const setCookie = response.headers.getSetCookie()[0];
          if (setCookie) cookie = setCookie.split(";")[0] ?? "";
          return response;
        },
      }),
    ],
  });
}
