import http from "node:http";
import fs from "node:fs";
import { MAX_BATCH_CALLS } from "@thidua/core";
import { DEMO_PASSWORD } from "@thidua/db/seed";
import { tally, type Tally } from "./tally";

const INTERNALS = /node_modules|\.ts:\d+|at \w+ \(|prisma|"stack"/i;

interface Answer {
  status: number;
  text: string;
  headers: Headers;
}

async function send(origin: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${origin}${path}`, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const post = (origin: string, path: string, body: string, headers: Record<string, string> = {}) =>
  send(origin, `/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
const json = (value: unknown) => JSON.stringify({ json: value });
const messageOf = (answer: Answer) => {
  try {
    const body = JSON.parse(answer.text) as { error?: { json?: { message?: string } } };
    return body.error?.json?.message ?? "";
  } catch {
    return "";
  }
};

async function sessionCookie(origin: string, username = "admin") {
  const answer = await fetch(`${origin}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: json({ username, password: DEMO_PASSWORD }),
  });
  return answer.headers.getSetCookie()[0]?.split(";")[0] ?? "";
}

/** Bad strings in any text input: a 400 that names the field, never a 500, even signed out. */
export async function probeStrings(origin: string): Promise<Tally> {
  const line = tally("bad strings (NUL, lone surrogates, invisible, look-alike)");
  const cookie = await sessionCookie(origin);
  const bad = ["\u0000", "a\ud800", "\udfff", "LCI\u200bHUYEN", "\u202eNEYUH", "ＬＣＩ-HUYEN", "x\u0007y"];
  for (const value of bad) {
    const attempts: [string, unknown, Record<string, string>][] = [
      ["auth.login", { username: value, password: "x" }, {}],
      ["auth.login", { username: "admin", password: `p${value}` }, {}],
      ["blocs.create", { code: value, name: "Khối", provinceId: "p1" }, { cookie }],
      ["blocs.create", { code: "PROBE-1", name: `Khối ${value}`, provinceId: "p1" }, { cookie }],
      ["units.create", { code: "PROBE-2", name: value, kind: "COMMUNE", parentId: "p1" }, { cookie }],
    ];
    for (const [path, input, headers] of attempts) {
      const answer = await post(origin, path, json(input), { "accept-language": "en", ...headers });
      // Passwords may hold invisible characters (they are only hashed) and names full-width letters
      // (they are letters): those may go on to the next check; everything else is a 400 naming the field.
      const mayPass =
        path === "auth.login" || (value === "ＬＣＩ-HUYEN" && !JSON.stringify(input).includes('"code":"ＬＣＩ'));
      const held =
        answer.status < 500 &&
        !INTERNALS.test(answer.text) &&
        (answer.status === 400 ? /^Invalid input: \S+ \(\w+\): /.test(messageOf(answer)) : mayPass);
      line.record(held, held ? undefined : `${path} ${JSON.stringify(value)}: ${answer.status}`);
    }
  }
  return line;
}

/** A raw upload on its own connection, writing until the server answers or `size` is sent; its status, 0 if none came. */
export function upload(origin: string, size: number, chunked: boolean): Promise<number> {
  return new Promise((answered, failed) => {
    const request = http.request(`${origin}/trpc/auth.login`, {
      method: "POST",
      agent: false,
      headers: {
        "content-type": "application/json",
        ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(size) }),
      },
    });
    request.on("response", (response) => {
      response.resume();
      answered(response.statusCode ?? 0);
      request.destroy();
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") failed(error);
    });
    // The server hung up without answering: refused all the same, but not with its 413 (status 0).
    request.on("close", () => answered(0));
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const write = () => {
      while (sent < size && !request.destroyed) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      if (!request.destroyed) request.end();
    };
    write();
  });
}

/** The server's resident memory now (VmRSS) or at its highest so far (VmHWM), in MB. */
const memoryMb = (pid: number, field: "VmRSS" | "VmHWM") => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
};

/** Bodies and batches above the limits, refused before they are read, and 96 concurrent 50 MB bodies. */
export async function probeLimits(origin: string, pid: number): Promise<Tally> {
  const line = tally("body and batch limits");
  const status = async (name: string, expected: number, answer: Promise<number>) => {
    const got = await answer;
    // An upload the server refuses may be cut off before the client reads the 413: refused all the same.
    const held = got === expected || (expected === 413 && got === 0);
    line.record(held, held ? undefined : `${name}: ${got}`);
  };
  await status("3 MB body", 413, upload(origin, 3 * 1024 * 1024, false));
  await status("3 MB chunked body", 413, upload(origin, 3 * 1024 * 1024, true));
  const fits = post(origin, "auth.login", json({ username: "admin", password: "p".repeat(1_900_000) }));
  await status(
    "1.9 MB body (read, then refused by the schema)",
    400,
    fits.then((answer) => answer.status),
  );
  // Short names, so 2,000 of them fit in a URL: the batch check, not the URL length, must refuse them.
  const batch = (count: number, name = "auth.me") =>
    send(origin, `/trpc/${Array.from({ length: count }, () => name).join(",")}?batch=1&input={}`).then(
      (answer) => answer.status,
    );
  await status(`${MAX_BATCH_CALLS + 1} calls`, 400, batch(MAX_BATCH_CALLS + 1));
  await status("2,000 calls", 400, batch(2000, "a"));
  await status(`${MAX_BATCH_CALLS} calls`, 200, batch(MAX_BATCH_CALLS));
  const before = memoryMb(pid, "VmRSS");
  const statuses = await Promise.all(Array.from({ length: 96 }, () => upload(origin, 50 * 1024 * 1024, true)));
  const peak = memoryMb(pid, "VmHWM");
  const told = statuses.filter((answer) => answer === 413).length;
  // Refused either way: with the 413, or cut off while the client was still sending.
  line.record(statuses.every((answer) => answer === 413 || answer === 0) && peak < 1024);
  line.notes.push(
    `96 concurrent 50 MB anonymous bodies: ${told} answered 413, ${96 - told} cut off; ` +
      `server memory ${Math.round(before)} MB before, peak ${Math.round(peak)} MB`,
  );
  return line;
}

/** The headers a browser needs on the dashboard and on the API. */
export async function probeHeaders(origin: string): Promise<Tally> {
  const line = tally("security headers");
  for (const path of ["/", "/sign-in", "/trpc/auth.me", "/healthz"]) {
    const { headers } = await send(origin, path);
    const csp = headers.get("content-security-policy") ?? "";
    line.record(/frame-ancestors 'none'/.test(csp) && /script-src 'self'(;|$)/.test(csp), `${path}: CSP`);
    line.record(headers.get("x-content-type-options") === "nosniff");
    line.record(headers.get("referrer-policy") !== null);
    line.record(headers.get("x-frame-options") === "DENY");
  }
  // The probed server trusts no proxy, so a client claiming TLS must not switch HSTS on.
  const claimed = await send(origin, "/healthz", { headers: { "x-forwarded-proto": "https" } });
  line.record(claimed.headers.get("strict-transport-security") === null);
  line.notes.length = 0;
  return line;
}

/** Changes sent from another site with the user's cookie: refused, and the session survives. */
export async function probeOrigin(origin: string): Promise<Tally> {
  const line = tally("changes from another site");
  const cookie = await sessionCookie(origin);
  const form = new FormData();
  form.set("x", "1");
  const attempts: RequestInit[] = [
    {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "sec-fetch-site": "cross-site" },
      body: "",
    },
    {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: "https://evil.example" },
      body: "",
    },
    { method: "POST", headers: { cookie }, body: form },
    { method: "POST", headers: { cookie, "content-type": "text/plain" }, body: "{}" },
    { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: "a=1" },
  ];
  for (const init of attempts) {
    const answer = await send(origin, "/trpc/auth.logout", init);
    const me = await send(origin, "/trpc/auth.me", { headers: { cookie } });
    line.record(answer.status >= 400 && answer.status < 500 && me.text.includes('"username":"admin"'));
  }
  return line;
}

/** Errors that only tRPC itself would raise, in the user's language and without internals. */
export async function probeErrors(origin: string): Promise<Tally> {
  const line = tally("errors translated, without internals");
  const answers = [
    [await post(origin, "auth.login", "{not json", { "accept-language": "vi" }), /^Máy chủ không đọc được/],
    [
      await send(origin, "/trpc/auth.nothing", { headers: { "accept-language": "en" } }),
      /^The server has no operation/,
    ],
    [await send(origin, "/trpc/auth.login", { headers: { "accept-language": "en" } }), /^Operation auth.login/],
    [await post(origin, "auth.login", json(null), { "accept-language": "en" }), /^Invalid input/],
  ] as const;
  for (const [answer, message] of answers) {
    const held = message.test(messageOf(answer)) && !INTERNALS.test(answer.text) && /requestId/.test(answer.text);
    line.record(held, held ? undefined : `${answer.status} ${messageOf(answer)}`);
  }
  return line;
}

export async function probeSurface(origin: string, pid: number): Promise<Tally[]> {
  return [
    await probeStrings(origin),
    await probeLimits(origin, pid),
    await probeHeaders(origin),
    await probeOrigin(origin),
    await probeErrors(origin),
  ];
}
