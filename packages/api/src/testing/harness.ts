import { TRPCClientError } from "@trpc/client";
import type { Database } from "@thidua/db";
import { DEMO_PASSWORD, seedDemo, type DemoSeed } from "@thidua/db/seed";
import { createTestDatabase } from "@thidua/db/testing";
import superjson from "superjson";
import { createEvidenceHandler, EVIDENCE_ENDPOINT } from "../evidence/handler";
import type { AuditAction } from "../audit/record";
import { createFilesHandler, FILES_ENDPOINT } from "../files/handler";
import { createTrpcHandler, TRPC_ENDPOINT } from "../http";
import type { Locale } from "../i18n/locale";
import type { AppRouter } from "../root";
import { createInProcessClient, type ApiClient } from "./client";

export type { ApiClient } from "./client";

const SESSION_ACTIONS = ["signIn", "signInFailed", "signInRefused", "signOut"] as const satisfies AuditAction[];

export interface ApiHarness {
  database: Database;
  seed: DemoSeed;
  /** The API's fetch handler, for clients of a test's own making (a batching one, say). */
  handle: (request: Request) => Promise<Response>;
  /** A client with its own cookie jar, signed out. */
  anonymous(locale?: Locale): ApiClient;
  /** A client signed in as a demo account (by username). */
  signIn(username: string, locale?: Locale): Promise<ApiClient>;
  /** Like signIn, but one client per account and language for the whole harness: signing in costs a password hash. */
  as(username: string, locale?: Locale): Promise<ApiClient>;
  /** GET /files/<path> as a demo account (or signed out, with null), through the real files handler. */
  download(username: string | null, path: string, locale?: Locale): Promise<Response>;
  /** A request to /evidence<path> (an upload or a download) as a demo account, through the real evidence handler. */
  evidence(username: string | null, path: string, init?: RequestInit & { locale?: Locale }): Promise<Response>;
  /** Audit rows of changes: signing in and out is on record too (issue 8), but changes nothing. */
  changesOnRecord(): Promise<number>;
  close(): Promise<void>;
}

/**
 * A real tRPC client talking HTTP semantics (headers, cookies, status codes) to the real
 * handler over a fresh, seeded database (PGlite, or PostgreSQL with THIDUA_TEST_DB=postgres).
 */
export async function createApiHarness(): Promise<ApiHarness> {
  const database = await createTestDatabase();
  const seed = await seedDemo(database.prisma);
  const handle = createTrpcHandler({
    prisma: database.prisma,
    onInternalError: (error) => console.error(error),
  });

  const anonymous = (locale: Locale = "vi") => createInProcessClient(handle, locale);

  const signIn = async (username: string, locale: Locale = "vi") => {
    const client = anonymous(locale);
    await client.auth.login.mutate({ username, password: DEMO_PASSWORD });
    return client;
  };

  const clients = new Map<string, Promise<ApiClient>>();
  const as = (username: string, locale: Locale = "vi") => {
    const key = `${username}/${locale}`;
    let client = clients.get(key);
    if (!client) clients.set(key, (client = signIn(username, locale)));
    return client;
  };

  const handleFiles = createFilesHandler({ prisma: database.prisma, onInternalError: (error) => console.error(error) });
  const cookies = new Map<string, Promise<string>>();
  const cookieOf = (username: string) => {
    let cookie = cookies.get(username);
    if (!cookie) {
      cookie = handle(
        new Request(`http://thidua.test${TRPC_ENDPOINT}/auth.login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(superjson.serialize({ username, password: DEMO_PASSWORD })),
        }),
      ).then((response) => response.headers.getSetCookie()[0]?.split(";")[0] ?? "");
      cookies.set(username, cookie);
    }
    return cookie;
  };
  const download = async (username: string | null, path: string, locale: Locale = "vi") => {
    const cookie = username ? await cookieOf(username) : "";
    return handleFiles(
      new Request(`http://thidua.test${FILES_ENDPOINT}/${path}`, {
        headers: { "x-thidua-locale": locale, ...(cookie ? { cookie } : {}) },
      }),
    );
  };

  const handleEvidence = createEvidenceHandler({
    prisma: database.prisma,
    onInternalError: (error) => console.error(error),
  });
  const evidence = async (
    username: string | null,
    path: string,
    { locale = "vi", headers, ...init }: RequestInit & { locale?: Locale } = {},
  ) => {
    const cookie = username ? await cookieOf(username) : "";
    return handleEvidence(
      new Request(`http://thidua.test${EVIDENCE_ENDPOINT}${path}`, {
        ...init,
        headers: { "x-thidua-locale": locale, ...(cookie ? { cookie } : {}), ...(headers as Record<string, string>) },
      }),
    );
  };

  const changesOnRecord = () => database.prisma.auditLog.count({ where: { action: { notIn: [...SESSION_ACTIONS] } } });

  return {
    database,
    seed,
    handle,
    anonymous,
    signIn,
    as,
    download,
    evidence,
    changesOnRecord,
    close: () => database.close(),
  };
}

export interface Refusal {
  /** The tRPC error code, e.g. "FORBIDDEN". */
  code: string;
  messageKey: string | null;
  /** The message in the client's language. */
  message: string;
}

/** Awaits a call that must be refused and tells how; a call that succeeds fails the test. */
export async function refusal(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = (error as TRPCClientError<AppRouter>).data;
    return { code: data?.code ?? "UNKNOWN", messageKey: data?.messageKey ?? null, message: error.message };
  }
  throw new Error("Expected the call to be refused, but it succeeded.");
}
