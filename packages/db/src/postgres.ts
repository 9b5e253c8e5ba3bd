import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

/** @prisma/adapter-pg 6.19.3 cannot deserialise `name` and `"char"` columns (met by `migrate deploy`); they are text to us. */
function retypeNameColumns<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function patchQuery<C extends { query: (...args: never[]) => unknown }>(target: C): C {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const outcome = original(...args);
    return outcome instanceof Promise ? outcome.then(retypeNameColumns) : outcome;
  };
  return target;
}

export function createPostgresPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, allowExitOnIdle: true });
  patchQuery(pool);
  pool.on("connect", (client) => {
    patchQuery(client);
  });
  // An idle connection the server drops (a restart, a dropped test database) is discarded by the
  // pool and replaced on the next query; unhandled, its error event would crash the process.
  pool.on("error", () => undefined);
  return pool;
}

export function createPostgresAdapter(pool: pg.Pool): PrismaPg {
  return new PrismaPg(pool);
}
