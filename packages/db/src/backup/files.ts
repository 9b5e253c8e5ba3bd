import fs from "node:fs";
import readline from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import zlib from "node:zlib";
import { openRawDatabase } from "../database";
import type { DatabaseTarget } from "../target";
import { readControl } from "./control";
import { writeBackup } from "./dump";
import type { BackupEnd } from "./format";
import { restoreBackup, type RestoreOptions } from "./restore";

const gzipped = (file: string) => file.endsWith(".gz");

/** Lines of a backup file, gunzipped when its name ends in .gz. */
export function readBackupLines(file: string): AsyncIterable<string> {
  const input = fs.createReadStream(file);
  const lines = readline.createInterface({
    input: gzipped(file) ? input.pipe(zlib.createGunzip()) : input,
    crlfDelay: Infinity,
  });
  // Made at once: readline reads from the start, and lines read before an iterator exists are lost.
  const iterator = lines[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => iterator };
}

/** Written to FILE.partial and renamed once complete, so a failed backup never looks like a good one. */
async function writeAtomically(file: string, produce: (out: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  const output = fs.createWriteStream(partial);
  const sink = gzipped(file) ? zlib.createGzip() : null;
  if (sink) sink.pipe(output);
  const finished = new Promise<void>((done, failed) => {
    output.on("finish", done);
    output.on("error", failed);
  });
  try {
    await produce(sink ?? output);
    (sink ?? output).end();
    await finished;
    fs.renameSync(partial, file);
  } catch (error) {
    (sink ?? output).destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

const writeLine = (out: NodeJS.WritableStream, line: string) =>
  new Promise<void>((written) => (out.write(`${line}\n`) ? written() : out.once("drain", written)));

/** Whether opening failed only because a live thidua process holds the PGlite folder. */
const heldByLiveServer = (error: unknown) => ((error as Error).cause as NodeJS.ErrnoException)?.code === "ELOCKED";

/**
 * Backs the database up into `file`: directly when no one holds it (PostgreSQL always; PGlite when
 * its server is stopped), else through the running server that holds the PGlite folder.
 */
export async function backupToFile(target: DatabaseTarget, file: string): Promise<"direct" | "server"> {
  let database;
  try {
    database = await openRawDatabase(target);
  } catch (error) {
    const control = target.kind === "pglite" && heldByLiveServer(error) ? readControl(target.dataDir) : null;
    if (!control) throw error;
    await backupThroughServer(control.url, control.token, file);
    return "server";
  }
  try {
    const { raw } = database;
    await raw.exclusive(async () => {
      await raw.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        await writeAtomically(file, (out) =>
          writeBackup(raw.query, (line) => writeLine(out, line)).then(() => undefined),
        );
      } finally {
        await raw.exec("ROLLBACK");
      }
    });
    return "direct";
  } finally {
    await database.close();
  }
}

async function backupThroughServer(url: string, token: string, file: string): Promise<void> {
  const response = await fetch(`${url}/admin/backup`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body)
    throw new Error(`The running thidua server refused the backup (HTTP ${response.status}).`);
  let last = "";
  await writeAtomically(file, async (out) => {
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    body.on("data", (chunk: Buffer) => (last = (last + chunk.toString()).slice(-65_536)));
    await pipeline(body, out, { end: false });
    // The server ends every complete backup with its end line; anything else was cut short.
    if (!/"end":true[^\n]*\n$/.test(last))
      throw new Error("The running server stopped before the backup was complete.");
  });
}

/** Restores `file` into the database (which must be stopped when it is PGlite: the restore takes its lock). */
export async function restoreFromFile(
  target: DatabaseTarget,
  file: string,
  options: RestoreOptions,
): Promise<BackupEnd> {
  const database = await openRawDatabase(target);
  try {
    return await restoreBackup(database.raw, readBackupLines(file), options);
  } finally {
    await database.close();
  }
}
