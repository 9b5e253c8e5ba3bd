import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../database";
import type { PrismaClient } from "../generated/prisma/client";
import { seedDemo } from "../seed";
import type { DatabaseTarget } from "../target";
import { createTestDatabase } from "../testing";
import { backupToFile, restoreFromFile } from "./files";

/** An evidence file of three 256 KiB slices and a bit, with bytes of every value: bytea must come back exact. */
const EVIDENCE_BYTES = Buffer.from(Array.from({ length: 3 * 256 * 1024 + 1000 }, (_, index) => (index * 7) % 256));
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function attachEvidence(prisma: PrismaClient): Promise<void> {
  const result = await prisma.result.findFirstOrThrow({ select: { unitId: true, criterionId: true, quarter: true } });
  const slices = [];
  for (let start = 0, position = 0; start < EVIDENCE_BYTES.length; start += 256 * 1024, position++) {
    slices.push({ position, bytes: new Uint8Array(EVIDENCE_BYTES.subarray(start, start + 256 * 1024)) });
  }
  await prisma.evidence.create({
    data: {
      ...result,
      kind: "FILE",
      name: "Biên bản giao ban.pdf",
      contentType: "application/pdf",
      size: EVIDENCE_BYTES.length,
      sha256: sha256(EVIDENCE_BYTES),
      chunks: { create: slices },
    },
  });
}

async function evidenceBytes(prisma: PrismaClient): Promise<Buffer> {
  const chunks = await prisma.evidenceChunk.findMany({ orderBy: { position: "asc" }, select: { bytes: true } });
  return Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.bytes)));
}

/** Every table's rows, each as PostgreSQL's JSON of it, in primary-key order. */
async function everyRow(prisma: PrismaClient): Promise<Record<string, string[]>> {
  const tables = await prisma.$queryRawUnsafe<{ name: string; key: string }[]>(
    `SELECT c.relname AS name, string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey::int2[], a.attnum)) AS key
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
     GROUP BY c.relname ORDER BY c.relname`,
  );
  const rows: Record<string, string[]> = {};
  for (const { name, key } of tables) {
    const result = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${name}" t ORDER BY ${key}`,
    );
    rows[name] = result.map((row) => row.row);
  }
  return rows;
}

const folders: string[] = [];
const folder = () => {
  const made = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-backup-test-"));
  folders.push(made);
  return made;
};
afterAll(() => {
  for (const made of folders) fs.rmSync(made, { recursive: true, force: true });
});

/** A seeded source database and an empty one to restore into, on either engine. */
async function openPair(kind: "pglite" | "postgres") {
  if (kind === "postgres") {
    const source = await createTestDatabase("postgres");
    const empty = await createTestDatabase("postgres");
    return { source, empty, reopen: async (database: Database) => database };
  }
  const pglite = (dir: string): DatabaseTarget => ({ kind: "pglite", dataDir: path.join(dir, "pglite") });
  const source = await openDatabase(pglite(folder()));
  // A folder that never held a database: the restore builds the schema itself.
  const empty = { target: pglite(folder()), close: async () => undefined } as unknown as Database;
  return { source, empty, reopen: (database: Database) => openDatabase(database.target) };
}

/** The PGlite half's backup and rows, restored into PostgreSQL at the end. */
const fromPglite: { backup?: string; rows?: Record<string, string[]> } = {};

describe.each(["pglite", "postgres"] as const)("backup and restore on %s", (kind) => {
  let pair: Awaited<ReturnType<typeof openPair>>;
  let seeded: Record<string, string[]>;
  const file = () => path.join(folder(), "thidua.backup.gz");
  let backup: string;

  beforeAll(async () => {
    pair = await openPair(kind);
    await seedDemo(pair.source.prisma);
    await attachEvidence(pair.source.prisma);
    seeded = await everyRow(pair.source.prisma);
    // PGlite is backed up with its server stopped (its folder locked otherwise); PostgreSQL while open.
    if (kind === "pglite") await pair.source.close();
    backup = file();
    expect(await backupToFile(pair.source.target, backup)).toBe("direct");
    if (kind === "pglite") Object.assign(fromPglite, { backup, rows: seeded });
  });

  afterAll(async () => {
    if (kind === "postgres") await pair?.source.close();
    await pair?.empty.close();
  });

  it("restores a seeded database into an empty one with every row identical", async () => {
    const end = await restoreFromFile(pair.empty.target, backup, {});
    expect(end.rows.Result).toBe(seeded.Result?.length);
    const restored = await pair.reopen(pair.empty);
    try {
      const rows = await everyRow(restored.prisma);
      expect(Object.keys(rows)).toEqual(Object.keys(seeded));
      for (const table of Object.keys(seeded)) expect(rows[table], table).toEqual(seeded[table]);
      expect(seeded.Result!.length).toBeGreaterThan(1000);
      expect(rows.EvidenceChunk).toHaveLength(4);
      expect(sha256(await evidenceBytes(restored.prisma))).toBe(sha256(EVIDENCE_BYTES));
    } finally {
      if (restored !== pair.empty) await restored.close();
    }
  });

  it("refuses to restore over data unless asked to replace it, then replaces it whole", async () => {
    await expect(restoreFromFile(pair.empty.target, backup, {})).rejects.toThrow(
      /The database is not empty \(.*hold data\)\. .*--replace/,
    );
    await restoreFromFile(pair.empty.target, backup, { replace: true });
    const restored = await pair.reopen(pair.empty);
    try {
      expect((await everyRow(restored.prisma)).AuditLog).toEqual(seeded.AuditLog);
      expect(await restored.prisma.result.count()).toBe(seeded.Result?.length);
    } finally {
      if (restored !== pair.empty) await restored.close();
    }
  });

  it("refuses a backup cut short, leaving the database as it was", async () => {
    const whole = fs.readFileSync(backup);
    const cut = path.join(folder(), "cut.backup");
    const text = (await import("node:zlib")).gunzipSync(whole).toString();
    fs.writeFileSync(cut, text.slice(0, text.lastIndexOf("\n", text.length - 2) + 1));
    await expect(restoreFromFile(pair.empty.target, cut, { replace: true })).rejects.toThrow(/incomplete/);
    const restored = await pair.reopen(pair.empty);
    try {
      expect(await restored.prisma.result.count()).toBe(seeded.Result?.length);
    } finally {
      if (restored !== pair.empty) await restored.close();
    }
  });
});

describe("a PGlite backup restored into PostgreSQL", () => {
  it("has every row identical", async () => {
    const target = await createTestDatabase("postgres");
    try {
      await restoreFromFile(target.target, fromPglite.backup!, {});
      expect(await everyRow(target.prisma)).toEqual(fromPglite.rows);
    } finally {
      await target.close();
    }
  });
});
