import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiHarness } from "../testing/harness";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
});

afterAll(async () => {
  await h?.close();
});

describe("two coordinators lock the same quarter at once", () => {
  it("locks it once: one wins, the other is refused by name, one row, one audit row, one history event", async () => {
    const blocId = h.seed.blocs["LCI-HUYEN"];
    const where = { blocYear: { blocId, year: 2025 }, quarter: 3 };
    // Quarter III of 2025 has never been opened, locked or published: it has no row yet.
    expect(await h.database.prisma.period.count({ where })).toBe(0);
    const [first, second] = [await h.as("dieuphoi.laocai"), await h.as("admin")];
    const lock = (client: typeof first) =>
      client.periods.setStatus.mutate({ blocId, year: 2025, quarter: 3, status: "LOCKED", reason: "Chốt giao ban" });

    const outcomes = await Promise.allSettled([lock(first), lock(second)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const loser = outcomes.findIndex((outcome) => outcome.status === "rejected");
    const refused = await refusal(lock([first, second][loser]!).then(() => undefined));
    // Asked again after the race, the loser is told the quarter is already locked.
    expect(refused).toMatchObject({ code: "BAD_REQUEST", messageKey: "period.transition" });
    const lost = await refusal(Promise.reject((outcomes[loser] as PromiseRejectedResult).reason));
    // In the race itself: a conflict (both saw no row yet) or the transition refusal (it saw the lock).
    expect(["CONFLICT", "BAD_REQUEST"]).toContain(lost.code);
    expect(lost.message).toContain("III/2025");

    const periods = await h.database.prisma.period.findMany({ where, select: { id: true, status: true } });
    expect(periods).toEqual([{ id: expect.any(String), status: "LOCKED" }]);
    const audit = await h.database.prisma.auditLog.findMany({ where: { entity: "period", entityId: periods[0]!.id } });
    expect(audit).toHaveLength(1);
    const events = await h.database.prisma.periodEvent.findMany({ where: { periodId: periods[0]!.id } });
    expect(events.map((event) => event.action)).toEqual(["LOCK"]);
  });
});
