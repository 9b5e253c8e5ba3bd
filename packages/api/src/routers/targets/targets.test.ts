import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AppRouter } from "../../root";
import { createApiHarness, type ApiClient, type ApiHarness } from "../../testing/harness";
import { reopenYear } from "../../testing/reopen";

let h: ApiHarness;
let coordinator: ApiClient;
let blocId: string;
let criteria: Record<string, string>;

beforeAll(async () => {
  h = await createApiHarness();
  coordinator = await h.signIn("dieuphoi.laocai");
  blocId = h.seed.blocs["LCI-DOANTHE"];
  criteria = h.seed.criteria["LCI-DOANTHE"][2025] ?? {};
});
afterAll(async () => {
  await h?.close();
});

async function refusal(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

const targetRow = (unitId: string, criterionId: string) =>
  h.database.prisma.target.findUniqueOrThrow({
    where: { criterionId_unitId: { criterionId, unitId } },
    select: { value: true, version: true },
  });

describe("targets.list", () => {
  test("gives managers every member's targets for the criteria scored against a target", async () => {
    const grid = await coordinator.targets.list.query({ blocId, year: 2025 });
    expect(grid.units).toHaveLength(7);
    expect(grid.criteria.map((criterion) => criterion.code)).toEqual([
      "I.1",
      "I.2",
      "II.1",
      "II.2",
      "II.3",
      "III.1",
      "IV.1",
      "V.2",
      "V.3",
    ]);
    const stored = await h.database.prisma.target.findMany({
      where: { criterion: { setId: h.seed.criteriaSets["LCI-DOANTHE"][2025] } },
      select: { unitId: true, criterionId: true, value: true },
    });
    expect(grid.targets).toHaveLength(stored.length);
    const sample = stored[0]!;
    expect(grid.targets.find((t) => t.unitId === sample.unitId && t.criterionId === sample.criterionId)?.value).toBe(
      Number(sample.value),
    );
  });

  test("gives a unit user its own unit's targets only", async () => {
    const unit = await h.signIn("donvi.tinhdoan");
    const grid = await unit.targets.list.query({ blocId, year: 2025 });
    const own = h.seed.units["LCI-TINHDOAN"];
    expect(grid.units).toEqual([{ id: own, name: "Tỉnh đoàn Lào Cai" }]);
    expect(grid.targets.length).toBeGreaterThan(0);
    expect(grid.targets.every((target) => target.unitId === own)).toBe(true);
  });
});

describe("targets.save", () => {
  test("saves a grid, bumping versions and auditing old → new", async () => {
    const tinhdoan = h.seed.units["LCI-TINHDOAN"];
    const hoinongdan = h.seed.units["LCI-HOINONGDAN"];
    const [a, b] = [await targetRow(tinhdoan, criteria["II.1"]!), await targetRow(hoinongdan, criteria["II.1"]!)];
    // 2025's first three quarters are published; a target counts in them, so they are reopened first.
    await reopenYear(coordinator, blocId, 2025);
    const saved = await coordinator.targets.save.mutate({
      blocId,
      year: 2025,
      cells: [
        { unitId: tinhdoan, criterionId: criteria["II.1"]!, value: 480.5, version: a.version },
        { unitId: hoinongdan, criterionId: criteria["II.1"]!, value: 620, version: b.version },
      ],
    });
    expect(saved.map((target) => [target.value, target.version])).toEqual([
      [480.5, a.version + 1],
      [620, b.version + 1],
    ]);
    expect(Number((await targetRow(tinhdoan, criteria["II.1"]!)).value)).toBe(480.5);
    const audit = await h.database.prisma.auditLog.findFirst({
      where: { entity: "target", action: "update", after: { equals: { value: 480.5 } } },
      select: { before: true, blocId: true },
    });
    expect(audit).toEqual({ before: { value: Number(a.value) }, blocId });
  });

  test("writes nothing when any cell is bad and names every bad cell", async () => {
    const tinhdoan = h.seed.units["LCI-TINHDOAN"];
    const before = await targetRow(tinhdoan, criteria["II.2"]!);
    const lastYearII1 = h.seed.criteria["LCI-DOANTHE"][2024]?.["II.1"];
    const cells = [
      { unitId: tinhdoan, criterionId: criteria["II.2"]!, value: 999, version: before.version },
      { unitId: h.seed.units["LCI-BATXAT"], criterionId: criteria["II.1"]!, value: 10, version: null },
      { unitId: tinhdoan, criterionId: lastYearII1!, value: 10, version: null },
      { unitId: tinhdoan, criterionId: criteria["I.3"]!, value: 1, version: null },
      { unitId: tinhdoan, criterionId: criteria["V.2"]!, value: -5, version: 1 },
    ];
    const error = await refusal(coordinator.targets.save.mutate({ blocId, year: 2025, cells }));
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "4 ô không hợp lệ, không ô nào được lưu: " +
        "Huyện Bát Xát – II.1: đơn vị không thuộc khối năm 2025; " +
        "Tỉnh đoàn Lào Cai – II.1: tiêu chí không thuộc bộ tiêu chí của khối; " +
        "Tỉnh đoàn Lào Cai – I.3: tiêu chí không chấm theo chỉ tiêu; " +
        "Tỉnh đoàn Lào Cai – V.2: không được âm",
    );
    expect(error.data?.cells.map((cell) => cell.reason)).toEqual([
      "cell.notMember",
      "cell.notInSet",
      "cell.noTarget",
      "cell.nonNegative",
    ]);
    expect(await targetRow(tinhdoan, criteria["II.2"]!)).toEqual(before);
  });

  test("refuses a stale version with CONFLICT and rolls the whole grid back", async () => {
    const mttq = h.seed.units["LCI-MTTQ"];
    const [a, b] = [await targetRow(mttq, criteria["III.1"]!), await targetRow(mttq, criteria["V.2"]!)];
    const error = await refusal(
      coordinator.targets.save.mutate({
        blocId,
        year: 2025,
        cells: [
          { unitId: mttq, criterionId: criteria["III.1"]!, value: 77, version: a.version },
          { unitId: mttq, criterionId: criteria["V.2"]!, value: 77, version: b.version + 5 },
        ],
      }),
    );
    expect(error.data?.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "1 ô đã được người khác sửa trong lúc bạn nhập (Ủy ban MTTQ Việt Nam tỉnh Lào Cai – V.2). Không ô nào được lưu.",
    );
    expect(await targetRow(mttq, criteria["III.1"]!)).toEqual(a);
  });

  test("is for managers only", async () => {
    const cells = [{ unitId: h.seed.units["LCI-TINHDOAN"], criterionId: criteria["II.1"]!, value: 1, version: 1 }];
    const unit = await h.signIn("donvi.tinhdoan");
    expect((await refusal(unit.targets.save.mutate({ blocId, year: 2025, cells }))).data?.code).toBe("FORBIDDEN");
    const leader = await h.signIn("lanhdao.laocai", "en");
    const readOnly = await refusal(leader.targets.save.mutate({ blocId, year: 2025, cells }));
    expect(readOnly.message).toBe("Leader accounts can read but not change data.");
    const other = await h.signIn("dieuphoi.backan");
    expect((await refusal(other.targets.save.mutate({ blocId, year: 2025, cells }))).data?.code).toBe("FORBIDDEN");
  });
});
