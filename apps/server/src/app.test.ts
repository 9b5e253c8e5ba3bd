import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "@thidua/api";
import type { Database } from "@thidua/db";
import { DEMO_PASSWORD, seedDemo, type DemoSeed } from "@thidua/db/seed";
import { createTestDatabase } from "@thidua/db/testing";
import { createApp } from "./app";
import { httpClient } from "./testing/http-client";

let database: Database;
let seed: DemoSeed;
let server: ServerType;
let origin: string;
/** The same app behind one trusted TLS proxy (TRUST_PROXY=1). */
let proxied: ServerType;
let proxiedOrigin: string;

function listen(app: ReturnType<typeof createApp>): Promise<{ server: ServerType; origin: string }> {
  return new Promise((listening) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      listening({ server: started, origin: `http://127.0.0.1:${(started.address() as AddressInfo).port}` }),
    );
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  seed = await seedDemo(database.prisma);
  ({ server, origin } = await listen(createApp(database.prisma)));
  ({ server: proxied, origin: proxiedOrigin } = await listen(createApp(database.prisma, { trustedProxies: 1 })));
});

afterAll(async () => {
  await new Promise((closed) => server?.close(closed));
  await new Promise((closed) => proxied?.close(closed));
  await database?.close();
});

/** A browser-like client over a real socket: it keeps the cookie the server sets, nothing else. */
const browser = (locale = "vi", headers: Record<string, string> = {}, at = origin) => {
  const { client, setCookies } = httpClient(at, locale, headers);
  return { client, jar: { setCookies } };
};

describe("thidua over HTTP", () => {
  it("answers the health check", async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("signs in with an httpOnly session cookie, serves the session and signs out", async () => {
    const { client, jar } = browser();
    expect(await client.auth.me.query()).toBeNull();

    await client.auth.login.mutate({ username: "lanhdao.laocai", password: DEMO_PASSWORD });
    const sessionCookie = jar.setCookies.at(-1) ?? "";
    expect(sessionCookie).toMatch(/^thidua_session=[^;]{32,};/);
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).toMatch(/; SameSite=Lax/i);
    expect(sessionCookie).toMatch(/; Path=\//i);

    const me = await client.auth.me.query();
    expect(me).toMatchObject({ username: "lanhdao.laocai", role: "LEADER", provinceId: seed.units["LCI"] });
    const ranking = await client.rankings.bloc.query({ blocId: seed.blocs["LCI-HUYEN"], year: 2024, quarter: 4 });
    expect(ranking.entries).toHaveLength(9);

    await client.auth.logout.mutate();
    expect(jar.setCookies.at(-1)).toMatch(/^thidua_session=;.*Expires=Thu, 01 Jan 1970/i);
    expect(await client.auth.me.query()).toBeNull();
  });

  it("refuses a wrong password and answers in the language the browser asks for", async () => {
    const { client } = browser("en-US,en;q=0.9");
    const error = await client.auth.login
      .mutate({ username: "admin", password: "not the password" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.httpStatus).toBe(401);
    expect((error as Error).message).toBe("Wrong username or password.");
  });
});

const failedSignIn = (client: ReturnType<typeof browser>["client"]) =>
  client.auth.login
    .mutate({ username: "lanhdao.backan", password: "not the password" })
    .catch((error: unknown) => error);

const addressRows = () =>
  database.prisma.signInThrottle.findMany({
    where: { scope: "address" },
    select: { key: true },
    orderBy: { key: "asc" },
  });

describe("behind a proxy or not (TRUST_PROXY)", () => {
  it("without TRUST_PROXY, ignores X-Forwarded-Proto and X-Forwarded-For that any client can send", async () => {
    await database.prisma.signInThrottle.deleteMany();
    const { client, jar } = browser("vi", { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" });
    await client.auth.login.mutate({ username: "lanhdao.laocai", password: DEMO_PASSWORD });
    expect(jar.setCookies.at(-1)).not.toMatch(/; Secure/i);

    await failedSignIn(client);
    expect(await addressRows()).toEqual([{ key: "127.0.0.1" }]);
    // The socket's address has reached its limit: a made-up X-Forwarded-For does not get around it.
    await database.prisma.signInThrottle.update({
      where: { scope_key: { scope: "address", key: "127.0.0.1" } },
      data: { failures: 30 },
    });
    const error = await browser("vi", { "x-forwarded-for": "198.51.100.1" })
      .client.auth.login.mutate({ username: "admin", password: DEMO_PASSWORD })
      .catch((caught: unknown) => caught);
    expect((error as TRPCClientError<AppRouter>).data?.httpStatus).toBe(429);
    expect((error as Error).message).toBe(
      "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng thử lại sau 15 phút.",
    );
    await database.prisma.signInThrottle.deleteMany();
  });

  it("with TRUST_PROXY=1, marks the cookie Secure and counts the address the proxy saw", async () => {
    await database.prisma.signInThrottle.deleteMany();
    const { client, jar } = browser("vi", { "x-forwarded-for": "198.51.100.7, 203.0.113.20" }, proxiedOrigin);
    await client.auth.login.mutate({ username: "lanhdao.laocai", password: DEMO_PASSWORD });
    expect(jar.setCookies.at(-1)).toMatch(/; Secure/i);
    await failedSignIn(client);
    // The rightmost entry is what the trusted proxy was reached from; the rest the client could have made up.
    expect(await addressRows()).toEqual([{ key: "203.0.113.20" }]);
    await database.prisma.signInThrottle.deleteMany();
  });
});

describe("sessions over HTTP", () => {
  it("end after eight idle hours and their rows are deleted", async () => {
    const { client } = browser();
    await client.auth.login.mutate({ username: "donvi.batxat", password: DEMO_PASSWORD });
    const [session] = await client.account.sessions.query();
    expect(session).toMatchObject({ current: true, address: "127.0.0.1", userAgent: expect.any(String) });
    await database.prisma.session.update({
      where: { id: session?.id },
      data: { lastSeenAt: new Date(Date.now() - 8 * 3600_000 - 60_000) },
    });
    expect(await client.auth.me.query()).toBeNull();
    expect(await database.prisma.session.count({ where: { id: session?.id } })).toBe(0);
  });
});
