import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupToFile, readBackupLines } from "@thidua/db/backup";
import { DEMO_PASSWORD } from "@thidua/db/seed";
import { cellsMarked, markEveryCell, type GridSave } from "./testing/grid-save";
import { httpClient } from "./testing/http-client";
import { startServerProcess, type ServerProcess } from "./testing/server-process";

/**
 * The real server as a process on a PGlite folder, killed with SIGKILL in the middle of the largest
 * save and started again at once: it must open the folder (a dead owner's lock is taken over) and
 * find each save wholly there or wholly absent.
 */

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-crash-test-"));
const dataDir = path.join(folder, "pglite");
let server: ServerProcess;

const start = () => startServerProcess({ PGLITE_DIR: dataDir, WEB_DIST: path.join(folder, "no-dashboard") });

async function coordinator(url: string) {
  const { client } = httpClient(url);
  await client.auth.login.mutate({ username: "dieuphoi.laocai", password: DEMO_PASSWORD });
  return client;
}

/** The organisations' bloc in its open quarter IV/2025: every member × criterion. */
const GRID = { year: 2025, quarter: 4 } as const;

async function gridOf(url: string) {
  const client = await coordinator(url);
  const blocs = await client.blocs.list.query({});
  const bloc = blocs.find((candidate) => candidate.code === "LCI-DOANTHE")!;
  return { client, grid: await client.results.grid.query({ blocId: bloc.id, ...GRID }) };
}

beforeAll(async () => {
  // The first start seeds the demo data.
  server = await start();
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("a crash during a save", () => {
  it("leaves every save whole or absent, and the server restarts at once", async () => {
    const { client, grid } = await gridOf(server.url);
    const calm = markEveryCell(grid, "calm");
    expect(calm.cells.length).toBeGreaterThan(150);
    const started = performance.now();
    await client.results.saveGrid.mutate(calm);
    const saveMs = performance.now() - started;

    // Kill at varied moments of the save: as it arrives, early, midway, late, and after it should be done.
    const moments = [0, 0.2, 0.5, 0.8, 1.5].map((share) => Math.round(share * saveMs));
    const outcomes: string[] = [];
    for (const [round, delay] of moments.entries()) {
      const marker = `round ${round}`;
      const { client: writer, grid: before } = await gridOf(server.url);
      const save: GridSave = markEveryCell(before, marker);
      const answered = writer.results.saveGrid.mutate(save).then(
        () => true,
        () => false,
      );
      await new Promise((waited) => setTimeout(waited, delay));
      await server.crash();
      const confirmed = await answered;

      server = await start();
      const { grid: after } = await gridOf(server.url);
      const marked = cellsMarked(after, marker);
      outcomes.push(marked === 0 ? "absent" : "whole");
      expect([0, save.cells.length], `round ${round}: cells holding the save`).toContain(marked);
      // A save the server confirmed is there after the crash.
      if (confirmed) expect(marked).toBe(save.cells.length);
    }
    console.info(`kill -9 during a ${calm.cells.length}-cell save (${Math.round(saveMs)} ms): ${outcomes.join(", ")}`);
    // Six starts of the server: on a busy machine each can take ten seconds or more.
  }, 300_000);

  it("keeps backups possible while the server holds the folder", async () => {
    const file = path.join(folder, "running.backup");
    expect(await backupToFile({ kind: "pglite", dataDir }, file)).toBe("server");
    const lines: string[] = [];
    for await (const line of readBackupLines(file)) lines.push(line);
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "thidua-backup" });
    const end = JSON.parse(lines.at(-1)!) as { end: boolean; rows: Record<string, number> };
    expect(end.end).toBe(true);
    expect(end.rows.Result).toBeGreaterThan(1000);
  });

  it("removes its backup door when it stops", async () => {
    await server.stop();
    expect(fs.existsSync(`${dataDir}.server.json`)).toBe(false);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
