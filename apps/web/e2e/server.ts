import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServerProcess } from "@thidua/server/testing";

// WEB_DIST lets a build in another folder be tested while apps/web/dist is being rebuilt.
const WEB_DIST = process.env.WEB_DIST ?? fileURLToPath(new URL("../dist", import.meta.url));

export interface RunningThidua {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real server (`apps/server/src/main.ts`) on a free port over its own PGlite folder,
 * serving the built dashboard, and resolves once it prints its address.
 */
export async function startThidua(dataDir: string, env: Record<string, string> = {}): Promise<RunningThidua> {
  const server = await startServerProcess({ PGLITE_DIR: dataDir, WEB_DIST, ...env });
  return { url: server.url, dataDir, stop: server.stop };
}

export const freshDataDir = () => join(mkdtempSync(join(tmpdir(), "thidua-e2e-")), "pglite");

/** A copy of the seeded demo database, so each test file starts from the same data without seeding again. */
export function copyOfDemoDatabase(templateDir: string): string {
  const dataDir = freshDataDir();
  cpSync(templateDir, dataDir, { recursive: true });
  return dataDir;
}

export function removeDataDir(dataDir: string): void {
  rmSync(join(dataDir, ".."), { recursive: true, force: true });
}
