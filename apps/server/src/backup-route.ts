import { timingSafeEqual } from "node:crypto";
import type { Env, Hono } from "hono";
import { stream } from "hono/streaming";
import type { PrismaClient } from "@thidua/db";
import { writeBackup } from "@thidua/db/backup";

const sameToken = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * GET /admin/backup streams a consistent backup of the running database, for `pnpm db:backup`
 * while this server holds the PGlite folder. Only for the bearer of the token this server wrote
 * beside its folder; anyone else gets the same 404 as any unknown address.
 */
export function mountBackup<E extends Env>(app: Hono<E>, prisma: PrismaClient, token: string): void {
  app.get("/admin/backup", (c) => {
    if (!sameToken(c.req.header("authorization") ?? "", `Bearer ${token}`)) return c.notFound();
    c.header("content-type", "application/x-ndjson");
    c.header("cache-control", "no-store");
    return stream(c, async (out) => {
      // One repeatable-read transaction: every row from the same moment, while saves go on.
      await prisma.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
          await writeBackup(
            (sql, params = []) => tx.$queryRawUnsafe(sql, ...params),
            (line) => out.write(`${line}\n`).then(() => undefined),
          );
        },
        { maxWait: 60_000, timeout: 60 * 60_000 },
      );
    });
  });
}
