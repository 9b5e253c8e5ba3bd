/**
 * TRUST_PROXY: how many reverse proxies that terminate TLS (nginx, Caddy, a load balancer) stand
 * between the browsers and thidua. Unset or 0: thidua is reached directly, the client address is
 * the socket's, and X-Forwarded-* headers are ignored, since any client can send them. 1 or more:
 * session cookies are marked Secure, and the client address is the one the outermost trusted
 * proxy saw, read from the right of X-Forwarded-For.
 */
export function trustedProxyHops(value: string | undefined): number {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "" || text === "false" || text === "0") return 0;
  if (text === "true") return 1;
  if (/^[1-9]$/.test(text)) return Number(text);
  throw new Error(`TRUST_PROXY must be a number of proxies from 0 to 9 (or true/false), not "${value}"`);
}

/** The address sign-in limits count against: the socket's, or the trusted proxies' X-Forwarded-For entry. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | null, hops: number) {
  const socket = socketAddress?.replace(/^::ffff:/, "") ?? null;
  if (hops === 0 || !forwardedFor) return socket;
  // Each proxy appends the address it was reached from: the last `hops` entries are the trusted proxies' word.
  const chain = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)]?.replace(/^::ffff:/, "") ?? socket;
}
