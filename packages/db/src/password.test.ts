import { closeSync, mkdtempSync, openSync, rmSync, constants } from "node:fs";
import { open } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashPassword, temporaryPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the password it hashed and nothing else, NFC and NFD alike", async () => {
    const hash = await hashPassword("Bát Xát 2025!");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[^$]+\$[^$]+$/);
    expect(await verifyPassword("Bát Xát 2025!", hash)).toBe(true);
    expect(await verifyPassword("Bát Xát 2025!".normalize("NFD"), hash)).toBe(true);
    expect(await verifyPassword("Bat Xat 2025!", hash)).toBe(false);
    expect(await verifyPassword("anything", "not a hash")).toBe(false);
  });

  it("hashes while every thread of libuv's pool is busy, so it never queues behind gzip or file reads", async () => {
    // Each open of a FIFO without a writer holds one libuv thread until a writer comes.
    const folder = mkdtempSync(join(tmpdir(), "thidua-pool-"));
    const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
    const fifos = Array.from({ length: threads }, (_, index) => join(folder, `fifo-${index}`));
    for (const fifo of fifos) execFileSync("mkfifo", [fifo]);
    const blocked = fifos.map((fifo) => open(fifo, "r"));
    try {
      // Had hashing used libuv's pool, this would wait for the FIFOs and the test would time out.
      const hash = await hashPassword("held-pool-password");
      expect(await verifyPassword("held-pool-password", hash)).toBe(true);
    } finally {
      for (const fifo of fifos) closeSync(openSync(fifo, constants.O_WRONLY));
      for (const handle of await Promise.all(blocked)) await handle.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("makes temporary passwords that are easy to read out and never repeat", () => {
    const passwords = Array.from({ length: 50 }, temporaryPassword);
    for (const password of passwords) expect(password).toMatch(/^[a-km-z2-9]{4}(-[a-km-z2-9]{4}){3}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
