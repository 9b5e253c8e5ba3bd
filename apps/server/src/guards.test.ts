import http from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_BATCH_CALLS } from "@thidua/core";
import type { Database } from "@thidua/db";
import { DEMO_PASSWORD, seedDemo } from "@thidua/db/seed";
import { createTestDatabase } from "@thidua/db/testing";
import { createApp } from "./app";
import { logger } from "./logger";
import { MAX_BODY_BYTES } from "./request-guards";

/** The HTTP host's defences, over a real socket: headers, limits, origin checks and what errors tell. */

let database: Database;
const servers: ServerType[] = [];
let origin: string;
/** Behind one TLS proxy (TRUST_PROXY=1). */
let proxiedOrigin: string;
let brokenOrigin: string;

const listen = (app: ReturnType<typeof createApp>) =>
  new Promise<string>((listening) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      listening(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
    servers.push(server);
  });

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.prisma);
  origin = await listen(createApp(database.prisma));
  proxiedOrigin = await listen(createApp(database.prisma, { trustedProxies: 1 }));
  // A server whose database has gone away: every call that reads it fails inside.
  const gone = await createTestDatabase();
  await gone.close();
  brokenOrigin = await listen(createApp(gone.prisma));
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))));
  await database?.close();
});

const json = (body: unknown) => JSON.stringify({ json: body });
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

/** The error a tRPC response carries, whether the call was batched or not. */
async function errorOf(response: Response) {
  const body = (await response.json()) as unknown;
  const envelope = (Array.isArray(body) ? body[0] : body) as { error: { json: Record<string, unknown> } };
  return envelope.error.json as { message: string; data: Record<string, unknown> };
}

/**
 * A raw upload on a connection of its own: the server may answer while the client is still
 * sending and then hang up, which a pooled fetch connection would stumble over on its next use.
 */
function upload(path: string, headers: Record<string, string>, size: number, chunkSize = 256 * 1024) {
  return new Promise<{ status: number; message: string }>((answered, failed) => {
    const request = http.request(`${origin}/trpc/${path}`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", ...headers },
    });
    request.on("response", (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () =>
        answered({
          status: response.statusCode ?? 0,
          message: (JSON.parse(text) as { error: { json: { message: string } } }).error.json.message,
        }),
      );
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") failed(error);
    });
    const chunk = Buffer.alloc(chunkSize, 0x20);
    let sent = 0;
    const send = () => {
      while (sent < size && !request.destroyed) {
        const part = chunk.subarray(0, Math.min(chunkSize, size - sent));
        sent += part.length;
        if (!request.write(part)) return void request.once("drain", send);
      }
      request.end();
    };
    send();
  });
}

async function signedInCookie() {
  const response = await post("auth.login", json({ username: "admin", password: DEMO_PASSWORD }));
  return response.headers.getSetCookie()[0]?.split(";")[0] ?? "";
}

describe("security headers", () => {
  it("tell the browser to run only our scripts, never frame the page, never sniff types", async () => {
    const response = await fetch(`${origin}/healthz`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("add HSTS when the request came over TLS through a trusted proxy, and not on a client's word", async () => {
    const claimed = await fetch(`${origin}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    expect(claimed.headers.get("strict-transport-security")).toBeNull();
    const response = await fetch(`${proxiedOrigin}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
  });

  it("are on API answers too, with the request's id", async () => {
    const response = await fetch(`${origin}/trpc/auth.me`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("errors", () => {
  it("carry the translated message, the code and a request id, and no stack or internals", async () => {
    const errors = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      const response = await fetch(`${brokenOrigin}/trpc/auth.me`, {
        headers: { cookie: "thidua_session=abc", "accept-language": "en" },
      });
      expect(response.status).toBe(500);
      const text = await response.clone().text();
      expect(text).not.toMatch(/stack|node_modules|prisma|\/work\/|at \w+ \(/i);
      const { message, data } = await errorOf(response);
      expect(message).toBe("Something went wrong on the server. Nothing was changed.");
      expect(data).toMatchObject({ code: "INTERNAL_SERVER_ERROR", httpStatus: 500, messageKey: "internal" });
      expect(data.requestId).toBe(response.headers.get("x-request-id"));
      // The details are in the server's log, under the same id.
      expect(errors).toHaveBeenCalledWith(expect.objectContaining({ requestId: data.requestId }), expect.any(String));
    } finally {
      errors.mockRestore();
    }
  });

  it("answer malformed JSON in the user's language", async () => {
    const response = await post("auth.login", "{not json", { "accept-language": "vi" });
    expect(response.status).toBe(400);
    const { message, data } = await errorOf(response);
    expect(message).toBe("Máy chủ không đọc được yêu cầu (dữ liệu không đúng định dạng JSON).");
    expect(data.messageKey).toBe("request.malformed");
  });

  it("answer an unknown procedure in the user's language", async () => {
    const response = await fetch(`${origin}/trpc/auth.whoami`, { headers: { "x-thidua-locale": "en" } });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toBe("The server has no operation auth.whoami.");
  });

  it("name the refused field in the user's language", async () => {
    const response = await post("auth.login", json({ username: "ad\u0000min", password: "x" }), {
      "accept-language": "en",
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe(
      "Invalid input: Username (username): holds a control character (NUL, line break, tab…) that is not allowed here",
    );
  });
});

describe("limits", () => {
  it("refuse a body above the limit from its length, before reading it, in the user's language", async () => {
    const size = MAX_BODY_BYTES + 1;
    const refused = await upload("auth.login", { "content-length": String(size), "accept-language": "en" }, size);
    expect(refused).toEqual({ status: 413, message: "The request is too large: at most 2 MiB." });
  });

  it("refuse a streamed body once it passes the limit", async () => {
    // Chunked, so the server learns the size only by reading; four times the limit at most.
    const headers = { "transfer-encoding": "chunked", "x-thidua-locale": "vi" };
    const refused = await upload("auth.login", headers, 4 * MAX_BODY_BYTES);
    expect(refused).toEqual({ status: 413, message: "Yêu cầu quá lớn: tối đa 2 MiB." });
  });

  it("take a body just under the limit", async () => {
    const response = await post("auth.login", json({ username: "admin", password: "p".repeat(MAX_BODY_BYTES - 100) }));
    // Read, then refused by the password's own length limit.
    expect(response.status).toBe(400);
    expect((await errorOf(response)).data.messageKey).toBe("validation.failed");
  });

  it("refuse a batch above the limit before running any call, in the user's language", async () => {
    const paths = Array.from({ length: MAX_BATCH_CALLS + 1 }, () => "auth.me").join(",");
    const response = await fetch(`${origin}/trpc/${paths}?batch=1&input={}`, { headers: { "accept-language": "en" } });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe(
      `One request may bundle at most ${MAX_BATCH_CALLS} calls; this one has ${MAX_BATCH_CALLS + 1}.`,
    );
  });

  it("answer a batch at the limit", async () => {
    const paths = Array.from({ length: MAX_BATCH_CALLS }, () => "auth.me").join(",");
    const response = await fetch(`${origin}/trpc/${paths}?batch=1&input={}`);
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown[]).toHaveLength(MAX_BATCH_CALLS);
  });
});

describe("changes from other sites", () => {
  it("are refused when the browser says the request is cross-site, and the session stays", async () => {
    const cookie = await signedInCookie();
    const response = await post("auth.logout", "", { cookie, "sec-fetch-site": "cross-site", "accept-language": "en" });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toBe("The request came from another site and was refused.");
    const me = await fetch(`${origin}/trpc/auth.me`, { headers: { cookie } });
    expect(((await me.json()) as { result: { data: { json: { username: string } } } }).result.data.json).toMatchObject({
      username: "admin",
    });
  });

  it("are refused from another Origin when the browser sends no Sec-Fetch-Site", async () => {
    const cookie = await signedInCookie();
    const response = await post("auth.logout", "", { cookie, origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });

  it("are refused as a form post (multipart), which any page can send", async () => {
    const cookie = await signedInCookie();
    const form = new FormData();
    form.set("x", "1");
    const response = await fetch(`${origin}/trpc/auth.logout`, {
      method: "POST",
      headers: { cookie, "accept-language": "en" },
      body: form,
    });
    expect(response.status).toBe(415);
    expect((await errorOf(response)).message).toBe("The server only accepts operations sent as JSON.");
  });

  it("are taken from the server's own pages", async () => {
    const cookie = await signedInCookie();
    const host = new URL(origin).host;
    const sameSite = await post("auth.logout", "", { cookie, "sec-fetch-site": "same-origin" });
    expect(sameSite.status).toBe(200);
    const again = await signedInCookie();
    const sameOrigin = await post("auth.logout", "", { cookie: again, origin: `http://${host}` });
    expect(sameOrigin.status).toBe(200);
  });
});
