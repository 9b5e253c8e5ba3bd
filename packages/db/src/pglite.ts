import fs from "node:fs";
import os from "node:os";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import lockfile from "proper-lockfile";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
} from "@prisma/driver-adapter-utils";

/** Who holds a data folder's lock, written beside it so a restart can tell a crash from a live owner. */
interface LockOwner {
  pid: number;
  host: string;
}

/** Folders this process has locked: a second open from the same process is a live owner too. */
const heldHere = new Set<string>();

const ownerFile = (dataDir: string) => `${dataDir}.lock.owner`;

function readOwner(dataDir: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(ownerFile(dataDir), "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.host === "string"
      ? { pid: owner.pid, host: owner.host }
      : null;
  } catch {
    return null;
  }
}

/** Whether the recorded owner is certainly gone: on this machine, and no process has its id (or it is us, not holding it). */
function ownerIsGone(owner: LockOwner, dataDir: string): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return !heldHere.has(dataDir);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

const lockOptions = (dataDir: string): lockfile.LockOptions => ({
  lockfilePath: `${dataDir}.lock`,
  stale: 10_000,
  update: 2_000,
  realpath: false,
  onCompromised: (error) => {
    console.error(`thidua: lost the lock on ${dataDir}: ${error.message}`);
    process.exit(1);
  },
});

/**
 * PGlite takes no lock of its own: two processes on one folder both "work" and lose each
 * other's writes. An exclusive lock file makes the second opener fail with a clear message. The
 * lock names its owner's process, so after a crash (kill -9, power loss) a restart sees the owner
 * is gone and takes the lock over at once, instead of waiting for it to go stale.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, lockOptions(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = readOwner(dataDir);
    if (!owner || !ownerIsGone(owner, dataDir)) {
      const who = owner ? `thidua process ${owner.pid} on ${owner.host}` : "another thidua process";
      throw new Error(
        `The embedded database at ${dataDir} is already open in ${who}. ` +
          `Stop that process first, or point PGLITE_DIR at another folder.`,
        { cause: error },
      );
    }
    console.warn(`thidua: took over the lock on ${dataDir} from process ${owner.pid}, which is no longer running`);
    fs.rmSync(`${dataDir}.lock`, { recursive: true, force: true });
    release = await lockfile.lock(dataDir, lockOptions(dataDir));
  }
  heldHere.add(dataDir);
  fs.writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, host: os.hostname() } satisfies LockOwner));
  return async () => {
    heldHere.delete(dataDir);
    fs.rmSync(ownerFile(dataDir), { force: true });
    await release();
  };
}

export async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  const pglite = new PGlite(dataDir ? { dataDir } : undefined);
  await pglite.waitReady;
  return pglite;
}

const decodeBase64 = (arg: unknown): unknown =>
  typeof arg === "string" ? Buffer.from(arg, "base64") : Array.isArray(arg) ? arg.map(decodeBase64) : arg;

/**
 * Prisma hands a driver adapter Bytes values as base64 text (its pg adapter decodes them);
 * pglite-prisma-adapter 0.6.1 passes the text on, which bytea refuses. Decoded here.
 */
function withBytes(query: SqlQuery): SqlQuery {
  if (!query.argTypes.some((type) => type.scalarType === "bytes")) return query;
  return {
    ...query,
    args: query.args.map((arg, index) => (query.argTypes[index]?.scalarType === "bytes" ? decodeBase64(arg) : arg)),
  };
}

function queryableWithBytes<T extends SqlQueryable>(queryable: T): T {
  return Object.assign(Object.create(queryable) as T, {
    queryRaw: (query: SqlQuery) => queryable.queryRaw(withBytes(query)),
    executeRaw: (query: SqlQuery) => queryable.executeRaw(withBytes(query)),
  });
}

/**
 * pglite-prisma-adapter 0.6.1 does not await `executeScript`, and sends multi-statement SQL
 * through a prepared statement, which PostgreSQL refuses. Both break `prisma migrate`; this
 * wraps the adapter so scripts and parameterless statements go through `exec`. It also decodes
 * Bytes arguments, in transactions too.
 */
function withScriptSupport(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  const withBytesAdapter = queryableWithBytes(adapter);
  return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
    async executeScript(script: string) {
      await pglite.exec(script);
    },
    queryRaw: (query: SqlQuery) => withBytesAdapter.queryRaw(query),
    async executeRaw(query: SqlQuery) {
      if (query.args.length === 0) {
        const results = await pglite.exec(query.sql);
        return results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0);
      }
      return withBytesAdapter.executeRaw(query);
    },
    async startTransaction(isolationLevel?: IsolationLevel) {
      return queryableWithBytes(await adapter.startTransaction(isolationLevel));
    },
  });
}

export class PgliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";
  private readonly inner: PrismaPGlite;

  constructor(private readonly pglite: PGlite) {
    this.inner = new PrismaPGlite(pglite);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return withScriptSupport(await this.inner.connect(), this.pglite);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openPglite(undefined);
    return withScriptSupport(await new PrismaPGlite(shadow).connect(), shadow);
  }
}
