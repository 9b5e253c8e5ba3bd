import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./proxy";

describe("TRUST_PROXY", () => {
  it("reads 0 for unset or false, a count of proxies, or refuses what it cannot read", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops(" false ")).toBe(0);
    expect(trustedProxyHops("true")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("yes")).toThrow(/TRUST_PROXY/);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUST_PROXY/);
  });

  it("takes the address from the socket unless proxies are trusted, then from the right of X-Forwarded-For", () => {
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.9", 0)).toBe("127.0.0.1");
    expect(clientAddress("10.0.0.2", "198.51.100.7, 203.0.113.20", 1)).toBe("203.0.113.20");
    expect(clientAddress("10.0.0.2", "198.51.100.7, 203.0.113.20", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "203.0.113.20", 3)).toBe("203.0.113.20");
    expect(clientAddress("10.0.0.2", null, 1)).toBe("10.0.0.2");
  });
});
