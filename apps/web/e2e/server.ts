import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SERVER_DIR = fileURLToPath(new URL("../../server", import.meta.url));
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
export function startThidua(dataDir: string, env: Record<string, string> = {}): Promise<RunningThidua> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIR,
    env: { ...process.env, PGLITE_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", WEB_DIST, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /thidua is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], dataDir, stop: () => stopChild(child) });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`the thidua server exited with ${code} before starting:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
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
