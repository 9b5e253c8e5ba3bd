// @vitest-environment node
import { describe, expect, it } from "vitest";
import { describeProblem } from "../api/errors";
import { useApiBackend } from "../testing/api-backend";
import { useProgressStore } from "./progress";
import { useSessionStore } from "./session";

const backend = useApiBackend();

describe("progress store", () => {
  it("gives a unit its published quarters and one quarter against its bloc", async () => {
    await useSessionStore().signIn("donvi.batxat", "thidua@2025");
    const unitId = backend.seed.units["LCI-BATXAT"];
    const progress = useProgressStore();
    const trend = await progress.trend(unitId);
    const latest = trend.points.at(-1);
    expect(latest).toMatchObject({ year: 2025, quarter: 2 });

    const quarter = await progress.quarter({ unitId, blocId: latest?.blocId ?? "", year: 2025, quarter: 2 });
    expect(quarter.status).toBe("PUBLISHED");
    expect(quarter.entry?.rank).toBe(quarter.comparison.rank);
    expect(quarter.entry?.total).toBe(latest?.total);
    expect(quarter.entries).toHaveLength(quarter.comparison.unitCount);
    expect(quarter.comparison.criteria.every((criterion) => criterion.explanation.length > 0)).toBe(true);
  });

  it("passes on the API's refusal for a unit of another bloc", async () => {
    await useSessionStore().signIn("donvi.batxat", "thidua@2025");
    const refusal = await useProgressStore()
      .trend(backend.seed.units["BKN-CHODON"])
      .catch((error: unknown) => describeProblem(error));
    expect(refusal).toMatchObject({ code: "FORBIDDEN" });
  });
});
