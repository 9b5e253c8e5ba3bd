import { appRouter, createContext, createFilesHandler, createTrpcHandler, provinceBriefing } from "@thidua/api";
import type { PrismaClient } from "@thidua/db";
import { briefingPdf } from "@thidua/documents";
import superjson from "superjson";
import { BENCH_PASSWORD, BENCH_USERNAME, BENCH_YEAR, type NationalData } from "./national-data";
import { pick } from "./scenarios";
import { time, type Timing } from "./stats";

const RUNS = 6;

/** A session cookie for the bench's administrator, signed in through the real tRPC handler. */
async function sessionCookie(prisma: PrismaClient): Promise<string> {
  const response = await createTrpcHandler({ prisma })(
    new Request("http://bench.test/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize({ username: BENCH_USERNAME, password: BENCH_PASSWORD })),
    }),
  );
  return response.headers.getSetCookie()[0]?.split(";")[0] ?? "";
}

/**
 * The quarterly briefing report of a province of 10 blocs as a download: GET /files/province-briefing.pdf
 * through the files handler (gathering every bloc's ranking and heat map, then laying out the PDF),
 * and the PDF layout alone on data already gathered.
 */
export async function measureBriefing(
  prisma: PrismaClient,
  data: NationalData,
): Promise<{ api: Timing; document: Timing }> {
  const provinces = data.provinceIds.filter((id) => data.blocs.filter((bloc) => bloc.provinceId === id).length === 10);
  const cookie = await sessionCookie(prisma);
  const handle = createFilesHandler({ prisma });
  const download = async (provinceId: string) => {
    const response = await handle(
      new Request(`http://bench.test/files/province-briefing.pdf?province=${provinceId}&year=${BENCH_YEAR}&quarter=4`, {
        headers: { cookie },
      }),
    );
    if (!response.ok) throw new Error(`The province briefing was refused: ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const api = await time(RUNS, (run) => download(pick(provinces, run)));

  const ctx = await createContext({
    prisma,
    locale: "vi",
    sessionToken: decodeURIComponent(cookie.split("=")[1] ?? ""),
    cookie: { set: () => undefined, clear: () => undefined },
    origin: { userAgent: null, address: null },
  });
  if (!ctx.user) throw new Error("The bench administrator is not signed in.");
  const authed = { ...ctx, user: ctx.user };
  const caller = appRouter.createCaller(authed);
  const gathered = await provinceBriefing(caller, authed, {
    province: provinces[0],
    year: BENCH_YEAR,
    quarter: 4,
    basis: "YTD",
    side: "verified",
  });
  if (gathered.blocs.length !== 10) throw new Error(`Expected 10 blocs, got ${gathered.blocs.length}.`);
  const document = await time(RUNS, () => briefingPdf(gathered));
  return { api, document };
}
