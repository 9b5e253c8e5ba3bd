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

describe("targets' phasing by quarter", () => {
  const phaseable = async (year: number) => {
    const grid = await coordinator.targets.list.query({ blocId, year });
    const criterion = grid.criteria.find((candidate) => candidate.phaseable);
    expect(criterion).toBeDefined();
    return { grid, criterion: criterion! };
  };
  const phasingAudit = (entityId: string) =>
    h.database.prisma.auditLog.findMany({
      where: { entity: "targetPhasing", entityId },
      orderBy: { at: "asc" },
      select: { action: true, before: true, after: true, blocId: true, userId: true },
    });

  test("is saved with the targets, read back, versioned and audited; the provisional class then says it", async () => {
    await reopenYear(coordinator, blocId, 2025);
    const { criterion } = await phaseable(2025);
    const explained = async () =>
      (await coordinator.rankings.bloc.query({ blocId, year: 2025, quarter: 2 })).entries.map(
        (entry) => entry.classification.explanation,
      );
    const before = await explained();
    expect(before.join(" ")).not.toContain("theo kế hoạch từng quý");

    await coordinator.targets.save.mutate({
      blocId,
      year: 2025,
      phasings: [{ criterionId: criterion.id, weights: [70, 10, 10, 10], version: null }],
    });
    const saved = (await coordinator.targets.list.query({ blocId, year: 2025 })).phasings;
    expect(saved).toEqual([
      expect.objectContaining({ criterionId: criterion.id, weights: [70, 10, 10, 10], version: 1 }),
    ]);
    // Quarter II expects 70 + 10 = 80% of the year's target for that criterion, phased, no longer 50%.
    const phased = (await explained()).join(" ");
    expect(phased).toContain(`${criterion.code} 80% (theo kế hoạch từng quý)`);
    expect(phased).not.toMatch(new RegExp(`(?<![\\w.])${criterion.code.replaceAll(".", "\\.")} 50%`));

    await coordinator.targets.save.mutate({
      blocId,
      year: 2025,
      phasings: [{ criterionId: criterion.id, weights: [33.33, 33.33, 33.34, 0], version: 1 }],
    });
    const row = await h.database.prisma.targetPhasing.findUniqueOrThrow({ where: { criterionId: criterion.id } });
    expect([row.version, Number(row.q3), Number(row.q4)]).toEqual([2, 33.34, 0]);

    await coordinator.targets.save.mutate({
      blocId,
      year: 2025,
      phasings: [{ criterionId: criterion.id, weights: null, version: 2 }],
    });
    expect((await coordinator.targets.list.query({ blocId, year: 2025 })).phasings).toEqual([]);
    expect(await explained()).toEqual(before);

    const user = await h.database.prisma.user.findUniqueOrThrow({ where: { username: "dieuphoi.laocai" } });
    const audit = { blocId, userId: user.id };
    expect(await phasingAudit(row.id)).toEqual([
      { ...audit, action: "create", before: null, after: { criterionId: criterion.id, weights: [70, 10, 10, 10] } },
      {
        ...audit,
        action: "update",
        before: { criterionId: criterion.id, weights: [70, 10, 10, 10] },
        after: { criterionId: criterion.id, weights: [33.33, 33.33, 33.34, 0] },
      },
      {
        ...audit,
        action: "delete",
        before: { criterionId: criterion.id, weights: [33.33, 33.33, 33.34, 0] },
        after: null,
      },
    ]);
  });

  test("refuses shares that do not add up to 100, criteria that cannot be phased, and stale versions", async () => {
    const { grid, criterion } = await phaseable(2025);
    const level = grid.criteria.find((candidate) => !candidate.phaseable);
    const save = (
      client: ApiClient,
      phasings: { criterionId: string; weights: number[] | null; version: number | null }[],
    ) => refusal(client.targets.save.mutate({ blocId, year: 2025, phasings: phasings as never }));

    const short = await save(coordinator, [{ criterionId: criterion.id, weights: [70, 10, 10, 0], version: null }]);
    expect(short.data?.code).toBe("BAD_REQUEST");
    expect(short.message).toContain("tỷ lệ bốn quý phải cộng lại đúng 100%");
    const english = await save(await h.signIn("dieuphoi.laocai", "en"), [
      { criterionId: criterion.id, weights: [-10, 60, 25, 25], version: null },
    ]);
    expect(english.message).toContain("Quarterly shares (phasings.0.weights.0)");
    if (level) {
      const notSeasonal = await save(coordinator, [
        { criterionId: level.id, weights: [25, 25, 25, 25], version: null },
      ]);
      expect(notSeasonal.message).toBe(
        `Chưa lưu phân bổ theo quý: ${level.code} không phân bổ theo quý được (chỉ tiêu chí có chỉ tiêu, báo cáo hằng quý và cộng dồn).`,
      );
    }
    const nothing = await refusal(coordinator.targets.save.mutate({ blocId, year: 2025 }));
    expect(nothing.message).toBe("Dữ liệu không hợp lệ: Không có chỉ tiêu hay phân bổ nào để lưu.");

    await coordinator.targets.save.mutate({
      blocId,
      year: 2025,
      phasings: [{ criterionId: criterion.id, weights: [40, 30, 20, 10], version: null }],
    });
    const stale = await save(coordinator, [{ criterionId: criterion.id, weights: [25, 25, 25, 25], version: null }]);
    expect(stale.data?.code).toBe("CONFLICT");
    expect(stale.message).toContain(`Phân bổ chỉ tiêu theo quý của ${criterion.code} đã được người khác sửa`);
    expect((await coordinator.targets.list.query({ blocId, year: 2025 })).phasings[0]?.weights).toEqual([
      40, 30, 20, 10,
    ]);
  });

  test("is refused while a published quarter's class would change, naming the quarters to reopen", async () => {
    const { criterion } = await phaseable(2024);
    const audits = await h.database.prisma.auditLog.count({ where: { entity: "targetPhasing" } });
    const error = await refusal(
      coordinator.targets.save.mutate({
        blocId,
        year: 2024,
        phasings: [{ criterionId: criterion.id, weights: [100, 0, 0, 0], version: null }],
      }),
    );
    expect(error.data?.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(
      /^Chưa lưu: thay đổi này làm thay đổi kết quả đã khóa sổ hoặc công bố của quý I\/2024/,
    );
    // Quarter IV classifies against the year: a phasing never changes it.
    expect(error.message).not.toContain("IV/2024");
    expect(await h.database.prisma.targetPhasing.count({ where: { criterionId: criterion.id } })).toBe(0);
    expect(await h.database.prisma.auditLog.count({ where: { entity: "targetPhasing" } })).toBe(audits);
  });
});
