// @vitest-environment node
import { describe, expect, it } from "vitest";
import { scoreSheetUnit, toSetDef, unitScoringInputs } from "../features/scores/live-scores";
import { useApiBackend } from "../testing/api-backend";
import { useScoresStore } from "./scores";
import { useSessionStore } from "./session";

const backend = useApiBackend();

describe("scores store", () => {
  it("loads a quarter with the earlier quarters' figures, and the browser scores it as the server does", async () => {
    await useSessionStore().signIn("dieuphoi.laocai", "thidua@2025");
    const blocId = backend.seed.blocs["LCI-HUYEN"];
    const data = await useScoresStore().load({ blocId, year: 2025, quarter: 4 });
    expect(data.grid.status).toBe("OPEN");
    // The demo bloc reported in quarters I and II; quarter III was never entered.
    expect(new Set(data.earlier.map((row) => row.quarter))).toEqual(new Set([1, 2]));
    expect(data.set?.classification.length).toBeGreaterThan(0);

    const set = toSetDef(data.grid, data.set);
    const inputs = unitScoringInputs(data.grid, data.earlier);
    for (const unit of data.grid.members) {
      const cells = data.grid.cells.filter((cell) => cell.unitId === unit.id);
      const current = new Map(
        cells.map((cell) => [cell.criterionId, { self: cell.reportedValue, verified: cell.verifiedValue }]),
      );
      const live = scoreSheetUnit(set, inputs.get(unit.id)!, 4, current);
      const server = data.grid.totals.find((totals) => totals.unitId === unit.id)!;
      expect(live.verified.total).toBe(server.verified.total);
      expect(live.self.total).toBe(server.self.total);
      expect(live.verified.classification.band?.code ?? null).toBe(server.verified.classification?.code ?? null);
    }
  });

  it("shows quarter II's class as the server and the ranking do: provisional, on the plan to date", async () => {
    await useSessionStore().signIn("dieuphoi.laocai", "thidua@2025");
    const blocId = backend.seed.blocs["LCI-HUYEN"];
    const data = await useScoresStore().load({ blocId, year: 2025, quarter: 2 });
    const set = toSetDef(data.grid, data.set);
    const inputs = unitScoringInputs(data.grid, data.earlier);
    for (const unit of data.grid.members) {
      const cells = data.grid.cells.filter((cell) => cell.unitId === unit.id);
      const current = new Map(
        cells.map((cell) => [cell.criterionId, { self: cell.reportedValue, verified: cell.verifiedValue }]),
      );
      const live = scoreSheetUnit(set, inputs.get(unit.id)!, 2, current);
      const server = data.grid.totals.find((totals) => totals.unitId === unit.id)!;
      for (const side of ["self", "verified"] as const) {
        expect(live.classes[side].provisional).toBe(true);
        expect(live.classes[side].classification.band?.code ?? null).toBe(server[side].classification?.code ?? null);
        expect(live.classes[side].classification.score).toBe(server[side].classificationScore);
      }
    }
  });

  it("saves all or nothing and names the refused cell", async () => {
    await useSessionStore().signIn("dieuphoi.laocai", "thidua@2025");
    const quarter = { blocId: backend.seed.blocs["LCI-HUYEN"], year: 2025, quarter: 4 };
    const store = useScoresStore();
    const { grid } = await store.load(quarter);
    const yesNo = grid.criteria.find((criterion) => criterion.kind === "YES_NO")!;
    const percent = grid.criteria.find((criterion) => criterion.kind === "TARGET_PERCENT")!;
    const unit = grid.members[0]!;
    const version = (criterionId: string) =>
      grid.cells.find((cell) => cell.unitId === unit.id && cell.criterionId === criterionId)?.version ?? null;
    const refused = await store
      .save(quarter, [
        { unitId: unit.id, criterionId: percent.id, verifiedValue: 12, version: version(percent.id) },
        { unitId: unit.id, criterionId: yesNo.id, verifiedValue: 2, version: version(yesNo.id) },
      ])
      .catch((error: unknown) => error);
    expect((refused as { data?: { cells?: { criterionId: string }[] } }).data?.cells).toEqual([
      expect.objectContaining({ criterionId: yesNo.id }),
    ]);
    const saved = await store.save(quarter, [
      { unitId: unit.id, criterionId: percent.id, verifiedValue: 12, version: version(percent.id) },
    ]);
    expect(saved[0]).toMatchObject({ verifiedValue: 12 });
  });
});
