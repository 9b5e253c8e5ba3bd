import { Prisma, type PrismaClient } from "@thidua/db";

/**
 * Sign-in attempts limited per account (the username as typed) and per client address. The
 * counters live in the database, so several thidua processes on one PostgreSQL share them, and
 * every attempt is counted before its password is checked: twenty guesses sent at once, in one
 * batch or many requests, are twenty attempts, and those past the limit are refused unhashed.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_LOCK_MINUTES = 15;
export const SIGN_IN_LIMITS = {
  /** Five wrong passwords lock the account for a quarter of an hour. */
  account: 5,
  /** Higher: an office or a training room signs in from one address. */
  address: 30,
} as const;

export type LimitScope = keyof typeof SIGN_IN_LIMITS;

export interface LimitKey {
  scope: LimitScope;
  key: string;
}

/** The time is the database's, in UTC like every DateTime Prisma stores, so all processes agree. */
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
const minutes = (count: number) => Prisma.sql`make_interval(mins => ${count}::int)`;

interface ThrottleRow {
  failures: number;
  secondsLeft: number | null;
}

// Rounded, not ceiled: the column keeps milliseconds and the clock microseconds, so a fresh
// 15-minute lock may read 900.0004 seconds and must still say 15 minutes.
const secondsLeft = Prisma.sql`CASE WHEN "lockedUntil" > ${NOW} THEN GREATEST(1, ROUND(EXTRACT(EPOCH FROM ("lockedUntil" - ${NOW}))))::int END AS "secondsLeft"`;

/**
 * Counts one attempt. Returns how many seconds the caller must wait when it is refused (the key
 * is locked, or this attempt is past the limit and locks it), or null when it may go on.
 */
export async function claimAttempt(prisma: PrismaClient, { scope, key }: LimitKey): Promise<number | null> {
  const limit = SIGN_IN_LIMITS[scope];
  const locked = Prisma.sql`t."lockedUntil" > ${NOW}`;
  const fresh = Prisma.sql`(t."lockedUntil" IS NOT NULL OR t."windowStartedAt" <= ${NOW} - ${minutes(SIGN_IN_WINDOW_MINUTES)})`;
  const rows = await prisma.$queryRaw<ThrottleRow[]>`
    INSERT INTO "SignInThrottle" AS t ("scope", "key", "failures", "windowStartedAt", "lockedUntil")
    VALUES (${scope}, ${key}, 1, ${NOW}, NULL)
    ON CONFLICT ("scope", "key") DO UPDATE SET
      "failures" = CASE WHEN ${locked} THEN t."failures" WHEN ${fresh} THEN 1 ELSE t."failures" + 1 END,
      "windowStartedAt" = CASE WHEN ${locked} THEN t."windowStartedAt" WHEN ${fresh} THEN ${NOW} ELSE t."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN ${locked} THEN t."lockedUntil"
        WHEN ${fresh} THEN NULL
        WHEN t."failures" + 1 > ${limit}::int THEN ${NOW} + ${minutes(SIGN_IN_LOCK_MINUTES)}
        ELSE NULL END
    RETURNING "failures", ${secondsLeft}`;
  return rows[0]?.secondsLeft ?? null;
}

/**
 * The attempt's password was wrong. Returns the seconds of the lock this failure started (the
 * limit is reached), or null when more attempts remain; `remaining` tells how many.
 */
export async function recordFailure(
  prisma: PrismaClient,
  { scope, key }: LimitKey,
): Promise<{ secondsLeft: number | null; remaining: number }> {
  const limit = SIGN_IN_LIMITS[scope];
  const rows = await prisma.$queryRaw<ThrottleRow[]>`
    UPDATE "SignInThrottle" SET "lockedUntil" = CASE
      WHEN "failures" >= ${limit}::int AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${NOW}) THEN ${NOW} + ${minutes(SIGN_IN_LOCK_MINUTES)}
      ELSE "lockedUntil" END
    WHERE "scope" = ${scope} AND "key" = ${key}
    RETURNING "failures", ${secondsLeft}`;
  const row = rows[0];
  return { secondsLeft: row?.secondsLeft ?? null, remaining: Math.max(0, limit - (row?.failures ?? 0)) };
}

/**
 * The password was right: the account starts afresh; the address only gets this attempt back, so
 * one good account cannot wash away an address's failures on others.
 */
export async function recordSuccess(prisma: PrismaClient, attempt: LimitKey): Promise<void> {
  if (attempt.scope === "account") {
    await prisma.signInThrottle.deleteMany({ where: attempt });
    return;
  }
  await prisma.$executeRaw`
    UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0)
    WHERE "scope" = ${attempt.scope} AND "key" = ${attempt.key}`;
}

/** Lifts an account's lock (an administrator's unlock or password reset). */
export async function clearLimit(prisma: PrismaClient | Prisma.TransactionClient, attempt: LimitKey): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: attempt });
}

/** Seconds an account's lock still holds, or null when it is not locked. */
export async function lockedSeconds(prisma: PrismaClient, attempt: LimitKey): Promise<number | null> {
  const rows = await prisma.$queryRaw<ThrottleRow[]>`
    SELECT "failures", ${secondsLeft} FROM "SignInThrottle" WHERE "scope" = ${attempt.scope} AND "key" = ${attempt.key}`;
  return rows[0]?.secondsLeft ?? null;
}

/** Deletes counters whose window and lock are both over; sign-in calls it. */
export async function sweepLimits(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE "windowStartedAt" <= ${NOW} - ${minutes(SIGN_IN_WINDOW_MINUTES)}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${NOW})`;
}
