import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@thidua/db";
import { DEMO_PASSWORD, seedDemo, type DemoSeed } from "@thidua/db/seed";
import { createTestDatabase } from "@thidua/db/testing";
import { createApp } from "./app";
import { httpClient } from "./testing/http-client";

/** Evidence uploads over a real socket: their own route, past the API's 2 MiB body limit, from our pages only. */
let database: Database;
let seed: DemoSeed;
let server: ServerType;
let origin: string;
let cookie: string;

beforeAll(async () => {
  database = await createTestDatabase();
  seed = await seedDemo(database.prisma);
  await new Promise<void>((listening) => {
    server = serve({ fetch: createApp(database.prisma).fetch, port: 0, hostname: "127.0.0.1" }, () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      listening();
    });
  });
  const { client, setCookies } = httpClient(origin);
  await client.auth.login.mutate({ username: "donvi.batxat", password: DEMO_PASSWORD });
  cookie = setCookies.at(-1)?.split(";")[0] ?? "";
});

afterAll(async () => {
  await new Promise((closed) => server?.close(closed));
  await database?.close();
});

const uploadUrl = () =>
  `${origin}/evidence?${new URLSearchParams({
    bloc: seed.blocs["LCI-HUYEN"],
    year: "2025",
    quarter: "3",
    unit: seed.units["LCI-BATXAT"],
    criterion: seed.criteria["LCI-HUYEN"][2025]!["I.1"]!,
    name: "Bản quét báo cáo.pdf",
  })}`;

/** A 3 MB scan: larger than any tRPC request may be. */
const scan = () => {
  const bytes = Buffer.alloc(3 * 1024 * 1024, 0x20);
  Buffer.from("%PDF-1.4\n").copy(bytes);
  return new Uint8Array(bytes);
};

describe("the evidence route", () => {
  it("takes a 3 MB file from the dashboard and gives it back", async () => {
    const response = await fetch(uploadUrl(), {
      method: "POST",
      headers: { cookie, "content-type": "application/octet-stream", "sec-fetch-site": "same-origin" },
      body: scan(),
    });
    expect(response.status).toBe(201);
    const { evidence } = (await response.json()) as { evidence: { id: string; size: number } };
    expect(evidence.size).toBe(3 * 1024 * 1024);
    const back = await fetch(`${origin}/evidence/${evidence.id}`, { headers: { cookie } });
    expect(back.status).toBe(200);
    expect(back.headers.get("content-type")).toBe("application/pdf");
    expect((await back.arrayBuffer()).byteLength).toBe(3 * 1024 * 1024);
  });

  it("refuses an upload another site makes with the user's cookie, writing nothing", async () => {
    const before = await database.prisma.evidence.count();
    const response = await fetch(uploadUrl(), {
      method: "POST",
      headers: { cookie, "content-type": "application/octet-stream", "sec-fetch-site": "cross-site" },
      body: scan(),
    });
    expect(response.status).toBe(403);
    expect(await database.prisma.evidence.count()).toBe(before);
  });
});
