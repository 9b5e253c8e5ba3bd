import fs from "node:fs";

/**
 * How a backup reaches a running server that holds its PGlite folder's lock: the server writes its
 * address and a random token beside the folder, readable by the folder's owner only, and answers
 * GET /admin/backup for that token. Who can read the token could read the folder itself.
 */
export interface ServerControl {
  url: string;
  token: string;
  pid: number;
}

export const controlFile = (dataDir: string) => `${dataDir}.server.json`;

export function writeControl(dataDir: string, control: ServerControl): void {
  fs.writeFileSync(controlFile(dataDir), JSON.stringify(control), { mode: 0o600 });
}

export function readControl(dataDir: string): ServerControl | null {
  try {
    return JSON.parse(fs.readFileSync(controlFile(dataDir), "utf8")) as ServerControl;
  } catch {
    return null;
  }
}

export function removeControl(dataDir: string): void {
  fs.rmSync(controlFile(dataDir), { force: true });
}
