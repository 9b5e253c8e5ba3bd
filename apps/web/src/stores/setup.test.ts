// @vitest-environment node
import { describe, expect, it } from "vitest";
import { api } from "../api/client";
import { useApiBackend } from "../testing/api-backend";
import { useSessionStore } from "./session";
import { useSetupStore } from "./setup";

const backend = useApiBackend();

const signIn = (username: string) => useSessionStore().signIn(username, "thidua@2025");

describe("setup store", () => {
  it("starts a year from the one before: members, rotated leadership and the criteria set", async () => {
    await signIn("dieuphoi.laocai");
    const setup = useSetupStore();
    const blocId = backend.seed.blocs["LCI-HUYEN"];
    expect(await setup.criteria(blocId, 2026)).toBeNull();

    expect(await setup.startYearFromPrevious(blocId, 2026)).toEqual({ criteriaCopied: true });
    const year = await setup.blocYear(blocId, 2026);
    expect(year.members).toHaveLength(9);
    expect(year).toMatchObject({ head: { name: "Huyện Bát Xát" }, canManage: true });
    const set = await setup.criteria(blocId, 2026);
    expect(set?.totals.contentMaxSum).toBe(90);
    expect(set?.groups.map((group) => group.code)).toEqual(
      (await setup.criteria(blocId, 2025))?.groups.map((g) => g.code),
    );
  });

  it("starts a new bloc's first year with no members and four open quarters", async () => {
    await signIn("admin");
    const bloc = await api.blocs.create.mutate({
      code: "LCI-CUM9",
      name: "Cụm thi đua số 9",
      provinceId: backend.seed.units.LCI,
    });
    const year = await useSetupStore().startEmptyYear(bloc.id, 2026);
    expect(year).toMatchObject({ year: 2026, version: 1, members: [], head: null, canManage: true });
    expect(year.periods.map((period) => period.status)).toEqual(["OPEN", "OPEN", "OPEN", "OPEN"]);
    expect(await useSetupStore().criteria(bloc.id, 2026)).toBeNull();
  });

  it("offers the province's units but not the province itself", async () => {
    await signIn("dieuphoi.laocai");
    const units = await useSetupStore().provinceUnits(backend.seed.units.LCI);
    expect(units.length).toBeGreaterThan(9);
    expect(units.some((unit) => unit.kind === "PROVINCE")).toBe(false);
  });

  it("saves a target and gives it back with its version", async () => {
    await signIn("dieuphoi.laocai");
    const setup = useSetupStore();
    const blocId = backend.seed.blocs["LCI-HUYEN"];
    const grid = await setup.targets(blocId, 2026);
    const criterion = grid.criteria.find((each) => each.code === "II.2");
    const unit = grid.units.find((each) => each.name === "Huyện Bát Xát");
    if (!criterion || !unit) throw new Error("II.2 or Bát Xát missing");
    await setup.saveTargets({
      blocId,
      year: 2026,
      cells: [{ unitId: unit.id, criterionId: criterion.id, value: 127600, version: null }],
    });
    const saved = (await setup.targets(blocId, 2026)).targets;
    expect(saved).toEqual([expect.objectContaining({ unitId: unit.id, value: 127600, version: 1 })]);
  });

  it("lets a leader read the set-up and refuses the leader's writes", async () => {
    await signIn("lanhdao.laocai");
    const setup = useSetupStore();
    const blocId = backend.seed.blocs["LCI-HUYEN"];
    const year = await setup.blocYear(blocId, 2026);
    expect(year.canManage).toBe(false);
    await expect(
      setup.saveYear({
        blocId,
        year: 2026,
        version: year.version,
        memberUnitIds: [],
        headUnitId: null,
        deputyUnitId: null,
      }),
    ).rejects.toThrow("Tài khoản lãnh đạo chỉ được xem, không được sửa.");
  });
});
