import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./database";
import { readMigrations } from "./migrate";

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
      await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(/already open in another thidua process/);
    } finally {
      await owner.close();
    }
  });
});
