import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { afterAll, describe, expect, it } from "vitest";
import type { AppRouter } from "@thidua/api";

const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "thidua-first-run-"));
const children: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(children.map((child) => stop(child)));
  rmSync(folder, { recursive: true, force: true });
});

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Starts the real server as `THIDUA_SEED=none` would in production, and returns its address and banner. */
function startProduction(): Promise<{ child: ChildProcess; url: string; banner: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIR,
    env: { ...process.env, PGLITE_DIR: join(folder, "pglite"), PORT: "0", DATABASE_URL: "", THIDUA_SEED: "none" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The banner is written by one console.log, so the address and its welcome text arrive together.
      const match = /thidua is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], banner: output });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

function client(url: string) {
  let cookie = "";
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        transformer: superjson,
        headers: () => (cookie ? { cookie } : {}),
        fetch: async (input, init) => {
          const response = await fetch(input, init as RequestInit);
          const setCookie = response.headers.getSetCookie()[0];
          if (setCookie) cookie = setCookie.split(";")[0] ?? "";
          return response;
        },
      }),
    ],
  });
}

const messageOf = (call: Promise<unknown>) =>
  call.then(
    () => "succeeded",
    (error: unknown) => (error instanceof TRPCClientError ? error.message : String(error)),
  );

describe("a production first run (THIDUA_SEED=none)", () => {
  it("creates one administrator with a one-time password printed once, and no demo account", async () => {
    const first = await startProduction();
    const password = /^ {4}(\S+)$/m.exec(first.banner)?.[1];
    expect(password, first.banner).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(first.banner).not.toContain("thidua@2025");

    const demo = client(first.url);
    expect(await messageOf(demo.auth.login.mutate({ username: "dieuphoi.laocai", password: "thidua@2025" }))).toBe(
      "Tên đăng nhập hoặc mật khẩu không đúng.",
    );

    const admin = client(first.url);
    expect(await admin.auth.login.mutate({ username: "admin", password: password ?? "" })).toEqual({
      ok: true,
      mustChangePassword: true,
    });
    expect(await messageOf(admin.accounts.list.query({}))).toBe("Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.");
    await admin.account.changePassword.mutate({
      currentPassword: password ?? "",
      newPassword: "Quản trị tỉnh mới 2026",
    });
    expect((await admin.accounts.list.query({})).total).toBe(1);

    // Started again, the server creates nothing and prints no password.
    await stop(first.child);
    const second = await startProduction();
    expect(second.banner).not.toMatch(/one-time password/);
    const again = client(second.url);
    await again.auth.login.mutate({ username: "admin", password: "Quản trị tỉnh mới 2026" });
    expect((await again.auth.me.query())?.mustChangePassword).toBe(false);
  }, 300_000);
});
