import path from "node:path";
import os from "node:os";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@thidua/db/seed";
import { createScratchPostgres } from "@thidua/db/testing";
import { httpClient } from "./testing/http-client";
import { startServerProcess, type ServerProcess } from "./testing/server-process";

/**
 * Scaling out: two thidua processes serving one PostgreSQL database, as behind a load balancer that
 * sends each request wherever it likes. Everything that must hold across requests lives in the
 * database, so it holds across processes: sessions, cell versions, quarter locks, sign-in limits.
 */

let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  scratch = await createScratchPostgres();
  const env = { DATABASE_URL: scratch.url, WEB_DIST: path.join(os.tmpdir(), "thidua-no-dashboard") };
  a = await startServerProcess(env); // the first start seeds the demo data
  b = await startServerProcess(env);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await scratch?.drop();
});

const codeOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return (error.data as { code?: string } | undefined)?.code;
    throw error;
  }
  return "OK";
};

/** A client whose requests alternate between the two processes, keeping one cookie. */
function balanced() {
  const onA = httpClient(a.url);
  return { onA, cookieFor: () => onA.setCookies.at(-1)?.split(";")[0] ?? "" };
}

describe("two server processes on one PostgreSQL database", () => {
  it("share sessions: signed in on one, signed in on the other; signed out on one, out on both", async () => {
    const { onA, cookieFor } = balanced();
    await onA.client.auth.login.mutate({ username: "lanhdao.laocai", password: DEMO_PASSWORD });
    const onB = httpClient(b.url, "vi", { cookie: cookieFor() });
    expect((await onB.client.auth.me.query())?.username).toBe("lanhdao.laocai");
    await onA.client.auth.logout.mutate();
    expect(await codeOf(onB.client.blocs.list.query({}))).toBe("UNAUTHORIZED");
  });

  it("refuse a save on one process that overwrites what the other saved since it was read", async () => {
    const onA = httpClient(a.url);
    const onB = httpClient(b.url);
    await onA.client.auth.login.mutate({ username: "dieuphoi.laocai", password: DEMO_PASSWORD });
    await onB.client.auth.login.mutate({ username: "dieuphoi.laocai", password: DEMO_PASSWORD });
    const bloc = (await onA.client.blocs.list.query({})).find((candidate) => candidate.code === "LCI-DOANTHE")!;
    const quarter = { blocId: bloc.id, year: 2025, quarter: 4 } as const;
    const grid = await onA.client.results.grid.query(quarter);
    const unitId = grid.members[0]!.id;
    const criterionId = grid.criteria.find((criterion) => criterion.due)!.id;
    const version =
      grid.cells.find((cell) => cell.unitId === unitId && cell.criterionId === criterionId)?.version ?? null;
    const save = (note: string) => ({ ...quarter, cells: [{ unitId, criterionId, note, version }] });

    expect(await codeOf(onA.client.results.saveGrid.mutate(save("first, on A")))).toBe("OK");
    expect(await codeOf(onB.client.results.saveGrid.mutate(save("second, on B, from the same reading")))).toBe(
      "CONFLICT",
    );
    const after = await onB.client.results.grid.query(quarter);
    expect(after.cells.find((cell) => cell.unitId === unitId && cell.criterionId === criterionId)?.note).toBe(
      "first, on A",
    );

    // A quarter locked through one process is locked for saves through the other.
    await onA.client.periods.setStatus.mutate({ ...quarter, status: "LOCKED", reason: "Khóa thử qua tiến trình A" });
    const fresh = await onB.client.results.grid.query(quarter);
    const current = fresh.cells.find((cell) => cell.unitId === unitId && cell.criterionId === criterionId);
    expect(
      await codeOf(
        onB.client.results.saveGrid.mutate({
          ...quarter,
          cells: [{ unitId, criterionId, note: "after the lock", version: current?.version ?? null }],
        }),
      ),
    ).toBe("PRECONDITION_FAILED");
  });

  it("count wrong passwords on both processes towards one account lock", async () => {
    const attempt = (server: ServerProcess, password: string) =>
      codeOf(httpClient(server.url).client.auth.login.mutate({ username: "donvi.bacha", password }));
    // Five wrong passwords, alternating between the processes, lock the account on both.
    const wrong: (string | undefined)[] = [];
    for (let index = 0; index < 5; index += 1) wrong.push(await attempt(index % 2 ? b : a, "not the password"));
    expect(wrong.every((code) => code === "UNAUTHORIZED" || code === "TOO_MANY_REQUESTS")).toBe(true);
    expect(await attempt(a, DEMO_PASSWORD)).toBe("TOO_MANY_REQUESTS");
    expect(await attempt(b, DEMO_PASSWORD)).toBe("TOO_MANY_REQUESTS");
  });
});
