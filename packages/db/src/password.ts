import { availableParallelism } from "node:os";
import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { Piscina } from "piscina";

// OWASP's floor for scrypt (N = 2^17, r = 8, p = 1). The parameters are stored with each hash,
// so they can be raised later without breaking existing passwords.
const COST = 2 ** 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

/**
 * Hashing runs in worker threads of its own. Node's async scrypt would use libuv's pool of four
 * threads, which gzip and file reads share: a burst of sign-ins then held every compressed answer
 * for seconds. Two threads at most: on two cores that halves a burst's wait against one thread
 * while the server's own thread still answers within a few hundred milliseconds (pnpm bench).
 */
const pool = new Piscina({
  filename: new URL("./password-worker.js", import.meta.url).href,
  minThreads: 0,
  maxThreads: Math.min(2, availableParallelism()),
  idleTimeout: 30_000,
});

async function derive(password: string, salt: string, N: number, r: number, p: number): Promise<Buffer> {
  const key: string = await pool.run({ password: password.normalize("NFC"), salt, N, r, p, keyLength: KEY_LENGTH });
  return Buffer.from(key, "base64");
}

/**
 * A temporary password is 80 random bits: no dictionary reaches it, so a cost 8 times lower
 * protects it as well while a spreadsheet of two hundred new accounts imports in seconds.
 * A person's own password (chosen at the first sign-in) always gets the full cost.
 */
const RANDOM_SECRET_COST = 2 ** 14;

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64). */
export async function hashPassword(password: string, kind: "chosen" | "temporary" = "chosen"): Promise<string> {
  const cost = kind === "temporary" ? RANDOM_SECRET_COST : COST;
  const salt = randomBytes(16).toString("base64");
  const key = await derive(password, salt, cost, BLOCK_SIZE, PARALLELISM);
  return ["scrypt", cost, BLOCK_SIZE, PARALLELISM, salt, key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, salt, Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// No 0/O, 1/l/I: a temporary password is read off a screen and typed, often on a phone.
const TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/**
 * A one-time password for a reset or a first sign-in, in groups that are easy to read out:
 * "k7mq-p2xa-9tfz-w3ne" (16 characters from 32, 80 bits). Hash it as "temporary".
 */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}
