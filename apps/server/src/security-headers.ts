import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * What the browser is told about the dashboard: scripts only from our own files (the Vite build
 * has no inline script), no framing by anyone, no MIME sniffing, no referrer sent elsewhere.
 * Styles allow 'unsafe-inline' because naive-ui (through css-render) writes its component styles
 * into <style> elements at run time and offers no nonce; injected script stays impossible, which
 * is what a CSP is mostly for.
 */
const headers = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: "DENY",
  referrerPolicy: "same-origin",
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  // Only meaningful over TLS (a browser ignores it on plain HTTP); set below when the request was https.
  strictTransportSecurity: false,
});

const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The security headers on every response, and HSTS when the request came over TLS: directly, or
 * through a proxy trusted by TRUST_PROXY (whose X-Forwarded-Proto is believed; a client's is not).
 */
export const securityHeaders =
  ({ trustedProxies = 0 }: { trustedProxies?: number } = {}): MiddlewareHandler =>
  async (c, next) => {
    await headers(c, async () => {
      await next();
      const proxiedTls = trustedProxies > 0 && c.req.header("x-forwarded-proto") === "https";
      const tls = new URL(c.req.url).protocol === "https:" || proxiedTls;
      if (tls) c.header("Strict-Transport-Security", HSTS);
    });
  };
