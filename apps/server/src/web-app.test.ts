import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { compress } from "hono/compress";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mountWebApp } from "./web-app";

// A stand-in build: the real one is produced by vite and tested by the browser journeys.
let webRoot: string;
let app: Hono;
const INDEX = "<!doctype html><title>thidua</title><script type=module src=/assets/index-abc123.js></script>";
const SCRIPT = `console.log(${JSON.stringify("x".repeat(4000))});`;

beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), "thidua-web-"));
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "index.html"), INDEX);
  writeFileSync(join(webRoot, "assets", "index-abc123.js"), SCRIPT);
  app = new Hono();
  app.use(compress());
  app.get("/trpc/*", (c) => c.json({ api: true }));
  mountWebApp(app, webRoot);
});
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

describe("the dashboard at the API's address", () => {
  it("serves the page at the root, never cached, so a new build shows on reload", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(await response.text()).toBe(INDEX);
  });

  it("answers any page of the app with the same page, for links shared or reloaded", async () => {
    const response = await app.request("/blocs/abc/scores?year=2025&quarter=4");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toBe(INDEX);
  });

  it("lets browsers keep hashed assets for a year, compressed", async () => {
    const response = await app.request("/assets/index-abc123.js", { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("content-type")).toMatch(/javascript/);
  });

  it("says 404 for a missing asset instead of answering with the page", async () => {
    const response = await app.request("/assets/index-gone.js");
    expect(response.status).toBe(404);
  });

  it("leaves the API to the API", async () => {
    const response = await app.request("/trpc/auth.me");
    expect(await response.json()).toEqual({ api: true });
  });
});
