import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { openDatabase } from "./database";
import { readMigrations } from "./migrate";
import { lockDataDir } from "./pglite";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-db-test-"));

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("embedded database (PGlite in a folder)", () => {
  it("applies every migration on first open, none on the next, and keeps the data", async () => {
    const first = await openDatabase({ kind: "pglite", dataDir });
    expect(first.appliedMigrations).toEqual(readMigrations().map((migration) => migration.name));
    await first.prisma.unit.create({ data: { code: "LC", name: "Tỉnh Lào Cai", kind: "PROVINCE" } });
    await first.close();

    const second = await openDatabase({ kind: "pglite", dataDir });
    expect(second.appliedMigrations).toEqual([]);
    expect(await second.prisma.unit.findUnique({ where: { code: "LC" } })).toMatchObject({ name: "Tỉnh Lào Cai" });
    await second.close();
    // Two boots of PGlite and every migration: on two cores shared with the rest of the suite it can pass 30 s.
  }, 120_000);

  it("refuses a second process on the same folder with a clear message", async () => {
    const owner = await openDatabase({ kind: "pglite", dataDir });
    try {
      await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(
        new RegExp(`already open in thidua process ${process.pid} on ${os.hostname()}`),
      );
    } finally {
      await owner.close();
    }
  });
});

/** Another process that takes the folder's lock, says so, and holds it until killed. */
async function lockInAnotherProcess(folder: string): Promise<ChildProcess> {
  const script = `import { lockDataDir } from "./src/pglite.ts"; await lockDataDir(${JSON.stringify(folder)}); console.log("locked"); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: path.join(import.meta.dirname, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((locked, failed) => {
    child.stdout?.on("data", (data: Buffer) => data.toString().includes("locked") && locked());
    child.on("exit", (code) => failed(new Error(`the locking process exited with ${code}`)));
  });
  return child;
}

describe("the data folder's lock", () => {
  it("refuses while its owner runs, and is taken over at once, with one line, when the owner was killed", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-lock-test-"));
    const owner = await lockInAnotherProcess(folder);
    try {
      await expect(lockDataDir(folder)).rejects.toThrow(new RegExp(`already open in thidua process ${owner.pid} `));
    } finally {
      owner.kill("SIGKILL");
      await new Promise((exited) => owner.once("exit", exited));
    }

    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => warnings.push(line);
    try {
      // Well within the 10 s after which the lock would count as stale on its own.
      const release = await lockDataDir(folder);
      expect(warnings).toEqual([
        `thidua: took over the lock on ${folder} from process ${owner.pid}, which is no longer running`,
      ]);
      await release();
    } finally {
      console.warn = warn;
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(`${folder}.lock.owner`, { force: true });
    }
  });
});
