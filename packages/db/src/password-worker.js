// Runs in a worker thread of the password pool (password.ts). scryptSync computes on this thread,
// so hashing never waits in, nor fills, libuv's thread pool that compression and file reads share.
import { Buffer } from "node:buffer";
import { scryptSync } from "node:crypto";

/** @param {{ password: string, salt: string, N: number, r: number, p: number, keyLength: number }} task */
export default function derive({ password, salt, N, r, p, keyLength }) {
  const key = scryptSync(password, Buffer.from(salt, "base64"), keyLength, { N, r, p, maxmem: 256 * 1024 * 1024 });
  return key.toString("base64");
}
