import { createPinia, setActivePinia } from "pinia";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createTrpcHandler } from "@thidua/api";
import { seedDemo, type DemoSeed } from "@thidua/db/seed";
import { createTestDatabase } from "@thidua/db/testing";

export interface ApiBackend {
  seed: DemoSeed;
  /** Forgets the tab's cookies, as when the session ended: the next call goes without one. */
  dropCookies: () => void;
  close: () => Promise<void>;
}

/**
 * The real API on a fresh in-memory database with the demo data, answering the dashboard's own
 * tRPC client: fetch is routed to the API's fetch handler, with one cookie jar like a browser tab.
 * For store tests, which run in Node (the API uses Node's crypto).
 */
export async function startApiBackend(): Promise<ApiBackend> {
  const database = await createTestDatabase("pglite");
  const seed = await seedDemo(database.prisma);
  const handle = createTrpcHandler({ prisma: database.prisma });
  const realFetch = globalThis.fetch;
  let cookie = "";
  globalThis.fetch = async (input, init) => {
    const request = new Request(new URL(input instanceof Request ? input.url : input, "http://thidua.test"), init);
    if (cookie) request.headers.set("cookie", cookie);
    const response = await handle(request);
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(";")[0] ?? "";
      cookie = pair.endsWith("=") ? "" : pair;
    }
    return response;
  };
  return {
    seed,
    dropCookies: () => {
      cookie = "";
    },
    close: async () => {
      globalThis.fetch = realFetch;
      await database.close();
    },
  };
}

/**
 * For a store test file: the real API for the whole file and a fresh Pinia for every test.
 * The returned backend's seed can be read inside tests (it exists once the file's hook ran).
 */
export function useApiBackend(): Pick<ApiBackend, "seed" | "dropCookies"> {
  let backend: ApiBackend | undefined;
  beforeAll(async () => {
    backend = await startApiBackend();
  });
  afterAll(() => backend?.close());
  beforeEach(() => setActivePinia(createPinia()));
  return {
    get seed() {
      if (!backend) throw new Error("the API backend starts in beforeAll; read its seed inside a test");
      return backend.seed;
    },
    dropCookies: () => backend?.dropCookies(),
  };
}
