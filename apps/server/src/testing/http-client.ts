import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@thidua/api";

export interface HttpClient {
  client: TRPCClient<AppRouter>;
  /** Every Set-Cookie the server sent, in order. */
  setCookies: string[];
}

/** A browser-like tRPC client over a real socket: it keeps the cookie the server sets, nothing else. */
export function httpClient(origin: string, locale = "vi", headers: Record<string, string> = {}): HttpClient {
  const jar = { cookie: "", setCookies: [] as string[] };
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${origin}/trpc`,
        transformer: superjson,
        headers: () => ({ "accept-language": locale, ...headers, ...(jar.cookie && { cookie: jar.cookie }) }),
        fetch: async (url, init) => {
          const response = await fetch(url, init as RequestInit);
          for (const setCookie of response.headers.getSetCookie()) {
            jar.setCookies.push(setCookie);
            jar.cookie = setCookie.split(";")[0] ?? "";
          }
          return response;
        },
      }),
    ],
  });
  return { client, setCookies: jar.setCookies };
}
