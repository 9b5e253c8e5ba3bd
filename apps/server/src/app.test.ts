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

beforeAll(async () => {
  database = await createTestDatabase();
  seed = await seedDemo(database.prisma);
  await new Promise<void>((listening) => {
    server = serve({ fetch: createApp(database.prisma).fetch, port: 0, hostname: "127.0.0.1" }, () => listening());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((closed) => server?.close(closed));
  await database?.close();
});

const browser = (locale = "vi") => {
  const { client, setCookies } = httpClient(origin, locale);
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
