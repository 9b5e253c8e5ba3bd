import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@thidua/api";
import { hashPassword } from "@thidua/db";
import { DEMO_PASSWORD, seedDemo } from "@thidua/db/seed";
import { createTestDatabase } from "@thidua/db/testing";
import { createApp } from "../src/app";

/**
 * How much a burst of sign-ins slows everyone else: a bloc's ranking (gzipped, as browsers get
 * it) timed alone and while 20 people sign in at once, over a real socket on the demo data.
 * Password hashing is CPU-heavy; if it shares a thread pool with compression, the ranking waits.
 */
const BURST = 20;
const ROUNDS = 5;

const database = await createTestDatabase("pglite");
const seed = await seedDemo(database.prisma);
// Twenty accounts of their own, so that no account's sign-in limit turns a sign-in away unhashed.
const passwordHash = await hashPassword(DEMO_PASSWORD);
const burstUsers = Array.from({ length: BURST }, (_, index) => `burst.${index + 1}`);
await database.prisma.user.createMany({
  data: burstUsers.map((username) => ({ username, displayName: username, role: "LEADER", passwordHash })),
});

let server: ServerType | undefined;
await new Promise<void>((listening) => {
  server = serve({ fetch: createApp(database.prisma).fetch, port: 0, hostname: "127.0.0.1" }, () => listening());
});
const origin = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;

function client() {
  let cookie = "";
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${origin}/trpc`,
        transformer: superjson,
        headers: () => ({ "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) }),
        fetch: async (url, init) => {
          const response = await fetch(url, init as RequestInit);
          const setCookie = response.headers.getSetCookie()[0];
          if (setCookie) cookie = setCookie.split(";")[0] ?? "";
          return response;
        },
      }),
    ],
  });
}

const reader = client();
await reader.auth.login.mutate({ username: "lanhdao.laocai", password: DEMO_PASSWORD });
const ranking = async () => {
  const started = performance.now();
  const result = await reader.rankings.bloc.query({ blocId: seed.blocs["LCI-HUYEN"], year: 2025, quarter: 2 });
  if (result.entries.length !== 9) throw new Error("the ranking came back incomplete");
  return performance.now() - started;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

await ranking();
const alone: number[] = [];
for (let round = 0; round < ROUNDS; round++) alone.push(await ranking());

const during: number[] = [];
const burstTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  const logins = Promise.all(
    burstUsers.map((username) =>
      client()
        .auth.login.mutate({ username, password: DEMO_PASSWORD })
        .catch((error: unknown) => {
          if (!(error instanceof TRPCClientError)) throw error;
        }),
    ),
  );
  // Let the sign-ins reach the server first, as they would when a room of people signs in.
  await new Promise((resolve) => setTimeout(resolve, 50));
  during.push(await ranking());
  await logins;
  burstTimes.push(performance.now() - started);
}

const ms = (value: number) => `${Math.round(value).toLocaleString("en")} ms`;
console.log(
  [
    "",
    `Sign-in burst (${BURST} sign-ins at once, real socket, gzip, PGlite demo data, median of ${ROUNDS}):`,
    `  a bloc's ranking alone                 ${ms(median(alone))}`,
    `  the same ranking during the burst      ${ms(median(during))}`,
    `  the whole burst of sign-ins            ${ms(median(burstTimes))}`,
  ].join("\n"),
);

await new Promise((closed) => server?.close(closed));
await database.close();
