import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AppRouter } from "../../root";
import { createApiHarness, type ApiClient, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;
let coordinator: ApiClient;
let blocId: string;
let criteria: Record<string, string>;
let tinhdoan: string;
let hoinongdan: string;

beforeAll(async () => {
  h = await createApiHarness();
  coordinator = await h.signIn("dieuphoi.laocai");
  blocId = h.seed.blocs["LCI-DOANTHE"];
  criteria = h.seed.criteria["LCI-DOANTHE"][2025] ?? {};
  tinhdoan = h.seed.units["LCI-TINHDOAN"];
  hoinongdan = h.seed.units["LCI-HOINONGDAN"];
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

/** The stored cell of the open quarter (IV/2025) of the organisations' bloc. */
const storedCell = (unitId: string, code: string, quarter = 4) =>
  h.database.prisma.result.findUnique({
    where: { criterionId_unitId_quarter: { criterionId: criteria[code]!, unitId, quarter } },
    select: { reportedValue: true, verifiedValue: true, note: true, version: true },
  });

const versionOf = async (unitId: string, code: string) => (await storedCell(unitId, code))?.version ?? null;

describe("results.grid", () => {
  test("shows a unit user only its own row in an open quarter, totals included", async () => {
    const unit = await h.signIn("donvi.tinhdoan");
    const grid = await unit.results.grid.query({ blocId, year: 2025, quarter: 4 });
    expect(grid.status).toBe("OPEN");
    expect(grid.members).toEqual([{ id: tinhdoan, name: "Tỉnh đoàn Lào Cai" }]);
    expect(grid.cells.length).toBeGreaterThan(0);
    for (const rows of [grid.cells, grid.points, grid.targets, grid.totals]) {
      expect(rows.every((row) => row.unitId === tinhdoan)).toBe(true);
    }
    expect(grid.totals).toHaveLength(1);
    expect(grid.editableUnitIds).toEqual([tinhdoan]);
    expect(grid.canVerify).toBe(false);
  });

  test("shows a unit user every row of a published quarter", async () => {
    const unit = await h.signIn("donvi.tinhdoan");
    const grid = await unit.results.grid.query({ blocId, year: 2025, quarter: 3 });
    expect(grid.status).toBe("PUBLISHED");
    expect(grid.members).toHaveLength(7);
    expect(new Set(grid.cells.map((cell) => cell.unitId)).size).toBe(7);
    expect(grid.totals).toHaveLength(7);
    expect(grid.editableUnitIds).toEqual([]);
  });

  test("shows a leader every row of an open quarter, read-only", async () => {
    const leader = await h.signIn("lanhdao.laocai");
    const grid = await leader.results.grid.query({ blocId, year: 2025, quarter: 4 });
    expect(grid.members.map((unit) => unit.name)).toContain("Hội Nông dân tỉnh Lào Cai");
    expect(grid.totals).toHaveLength(7);
    expect(grid.criteria).toHaveLength(Object.keys(criteria).length);
    expect(grid.criteria.find((criterion) => criterion.code === "II.5")).toMatchObject({
      groupCode: "II",
      reporting: "YEAR_END",
      due: true,
    });
    const stored = await storedCell(hoinongdan, "II.1");
    const cell = grid.cells.find((c) => c.unitId === hoinongdan && c.criterionId === criteria["II.1"]);
    expect(cell).toMatchObject({ reportedValue: Number(stored?.reportedValue), version: stored?.version });
    expect(grid.editableUnitIds).toEqual([]);
    expect(grid.canVerify).toBe(false);
  });

  test("refuses a coordinator of another bloc and a unit outside the bloc", async () => {
    const other = await h.signIn("dieuphoi.backan");
    expect((await refusal(other.results.grid.query({ blocId, year: 2025, quarter: 4 }))).data?.code).toBe("FORBIDDEN");
    const outsider = await h.signIn("donvi.chodon");
    expect((await refusal(outsider.results.grid.query({ blocId, year: 2025, quarter: 3 }))).data?.code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("results.saveGrid", () => {
  test("names a refused cell's unit only when the caller may read its province", async () => {
    const criterionId = criteria["III.3"]!;
    const cell = (unitId: string) => ({ unitId, criterionId, verifiedValue: 1, version: null });
    const otherProvince = h.seed.units["BKN-CHODON"];
    const ownProvince = h.seed.units["LCI-BATXAT"];
    const auditRows = await h.database.prisma.auditLog.count();
    const error = await refusal(
      coordinator.results.saveGrid.mutate({
        blocId,
        year: 2025,
        quarter: 4,
        cells: [cell(otherProvince), cell(ownProvince)],
      }),
    );
    expect(error.message).not.toContain("Chợ Đồn");
    expect(error.message).toContain(`${otherProvince} – III.3`);
    expect(error.message).toContain("Huyện Bát Xát – III.3");
    expect(error.data?.cells.map((problem) => problem.unitName)).toEqual([otherProvince, "Huyện Bát Xát"]);
    expect(await h.database.prisma.auditLog.count()).toBe(auditRows);
  });

  test("saves cells, returns new versions, audits before → after and scores them", async () => {
    const before = await Promise.all(["IV.2", "III.3", "VI.3"].map((code) => storedCell(hoinongdan, code)));
    // A yes/no answer flipped, so the cell surely changes.
    const answer = Number(before[0]!.verifiedValue) === 1 ? 0 : 1;
    const saved = await coordinator.results.saveGrid.mutate({
      blocId,
      year: 2025,
      quarter: 4,
      cells: [
        { unitId: hoinongdan, criterionId: criteria["IV.2"]!, verifiedValue: answer, version: before[0]!.version },
        {
          unitId: hoinongdan,
          criterionId: criteria["III.3"]!,
          verifiedValue: 3.5,
          note: "Đã thẩm định tại giao ban quý IV",
          evidenceUrl: "https://laocai.gov.vn/bien-ban-giao-ban-q4.pdf",
          version: before[1]!.version,
        },
        { unitId: hoinongdan, criterionId: criteria["VI.3"]!, verifiedValue: 2, version: before[2]!.version },
      ],
    });
    expect(saved.map((cell) => cell.version)).toEqual(before.map((cell) => cell!.version + 1));
    expect(saved[1]).toMatchObject({
      verifiedValue: 3.5,
      reportedValue: Number(before[1]!.reportedValue),
      note: "Đã thẩm định tại giao ban quý IV",
      updatedByName: "Ban Thi đua - Khen thưởng tỉnh Lào Cai",
    });
    expect(Number((await storedCell(hoinongdan, "VI.3"))?.verifiedValue)).toBe(2);

    const audit = await h.database.prisma.auditLog.findMany({
      where: { entity: "result", entityId: { in: await resultIds(hoinongdan, ["IV.2", "III.3", "VI.3"]) } },
      select: { action: true, before: true, after: true, blocId: true },
    });
    expect(audit).toHaveLength(3);
    const qualitative = audit.find((row) => (row.after as { verifiedValue: number }).verifiedValue === 3.5);
    expect(qualitative).toMatchObject({
      action: "update",
      blocId,
      before: { verifiedValue: before[1]!.verifiedValue === null ? null : Number(before[1]!.verifiedValue) },
    });

    const grid = await coordinator.results.grid.query({ blocId, year: 2025, quarter: 4 });
    // IV.2 counts its last answer (LAST), so the year to date is the answer just verified: 5 points or none.
    const points = grid.points.find((p) => p.unitId === hoinongdan && p.criterionId === criteria["IV.2"]);
    expect(points?.verified).toMatchObject({ value: answer, points: answer * 5, status: "SCORED" });
  });

  test("writes nothing when one cell of many is bad, naming unit and criterion in Vietnamese and English", async () => {
    const codes = Object.keys(criteria).filter((code) => code !== "I.3");
    const versions = await Promise.all(codes.map((code) => versionOf(tinhdoan, code)));
    const cells = [
      ...codes.map((code, index) => ({
        unitId: tinhdoan,
        criterionId: criteria[code]!,
        reportedValue: 1,
        version: versions[index] ?? null,
      })),
      { unitId: tinhdoan, criterionId: criteria["I.3"]!, reportedValue: 2, version: await versionOf(tinhdoan, "I.3") },
    ];
    const error = await refusal(coordinator.results.saveGrid.mutate({ blocId, year: 2025, quarter: 4, cells }));
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.data?.messageKey).toBe("grid.invalidCells");
    expect(error.message).toBe(
      "1 ô không hợp lệ, không ô nào được lưu: Tỉnh đoàn Lào Cai – I.3: chỉ nhận 1 (có) hoặc 0 (không)",
    );
    expect(error.data?.cells).toMatchObject([{ unitId: tinhdoan, criterionCode: "I.3", reason: "cell.yesNo" }]);

    const english = await h.signIn("dieuphoi.laocai", "en");
    const inEnglish = await refusal(english.results.saveGrid.mutate({ blocId, year: 2025, quarter: 4, cells }));
    expect(inEnglish.message).toBe(
      "1 invalid cells, nothing was saved: Tỉnh đoàn Lào Cai – I.3: only 1 (yes) or 0 (no)",
    );
    expect(inEnglish.data?.cells[0]?.message).toBe("Tỉnh đoàn Lào Cai – I.3: only 1 (yes) or 0 (no)");

    expect(await Promise.all(codes.map((code) => versionOf(tinhdoan, code)))).toEqual(versions);
  });

  test("checks every value against its criterion's kind and reporting", async () => {
    const district = h.seed.blocs["LCI-HUYEN"];
    const set = h.seed.criteria["LCI-HUYEN"][2025]!;
    const batxat = h.seed.units["LCI-BATXAT"];
    // Quarter III/2025 of the district bloc has no period row yet: it is open.
    const error = await refusal(
      coordinator.results.saveGrid.mutate({
        blocId: district,
        year: 2025,
        quarter: 3,
        cells: [
          { unitId: batxat, criterionId: set["II.1"]!, reportedValue: 120.5, version: null },
          { unitId: batxat, criterionId: set["II.5"]!, reportedValue: 92, version: null },
          { unitId: batxat, criterionId: set["VI.3"]!, verifiedValue: 1.5, version: null },
          { unitId: batxat, criterionId: set["VII.1"]!, reportedValue: -1, version: null },
          { unitId: batxat, criterionId: set["III.3"]!, verifiedValue: 4.5, version: null },
          { unitId: batxat, criterionId: set["II.2"]!, reportedValue: -3, version: null },
          { unitId: batxat, criterionId: set["II.1"]!, reportedValue: 1, version: null },
          { unitId: tinhdoan, criterionId: set["II.2"]!, reportedValue: 3, version: null },
          // Last year's criterion: not in this year's set.
          {
            unitId: batxat,
            criterionId: h.seed.criteria["LCI-HUYEN"][2024]!["II.2"]!,
            reportedValue: 3,
            version: null,
          },
        ],
      }),
    );
    expect(error.message).toBe(
      "8 ô không hợp lệ, không ô nào được lưu: " +
        "Huyện Bát Xát – II.5: tiêu chí chỉ chấm vào cuối năm (quý IV); " +
        "Huyện Bát Xát – VI.3: phải là số nguyên không âm; " +
        "Huyện Bát Xát – VII.1: phải là số nguyên không âm; " +
        "Huyện Bát Xát – III.3: không được lớn hơn điểm tối đa 4; " +
        "Huyện Bát Xát – II.2: không được âm; " +
        "Huyện Bát Xát – II.1: ô được nhập hai lần trong cùng một lần lưu; " +
        "Tỉnh đoàn Lào Cai – II.2: đơn vị không thuộc khối năm 2025; " +
        "Huyện Bát Xát – II.2: tiêu chí không thuộc bộ tiêu chí của khối",
    );
    const written = await h.database.prisma.result.count({
      where: { unitId: batxat, quarter: 3, criterionId: { in: Object.values(set) } },
    });
    expect(written).toBe(0);
  });

  test("a concurrent edit gives the second writer CONFLICT and keeps the first writer's value", async () => {
    const admin = await h.signIn("admin");
    const version = await versionOf(hoinongdan, "II.2");
    const cell = { unitId: hoinongdan, criterionId: criteria["II.2"]!, version };
    await coordinator.results.saveGrid.mutate({
      blocId,
      year: 2025,
      quarter: 4,
      cells: [{ ...cell, verifiedValue: 1500 }],
    });
    const error = await refusal(
      admin.results.saveGrid.mutate({
        blocId,
        year: 2025,
        quarter: 4,
        cells: [
          {
            unitId: hoinongdan,
            criterionId: criteria["II.3"]!,
            verifiedValue: 3,
            version: await versionOf(hoinongdan, "II.3"),
          },
          { ...cell, verifiedValue: 1700 },
        ],
      }),
    );
    expect(error.data?.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "1 ô đã được người khác sửa trong lúc bạn nhập (Hội Nông dân tỉnh Lào Cai – II.2). Không ô nào được lưu.",
    );
    expect(Number((await storedCell(hoinongdan, "II.2"))?.verifiedValue)).toBe(1500);
    expect(Number((await storedCell(hoinongdan, "II.3"))?.verifiedValue)).not.toBe(3);
  });

  test("two writers creating the same new cell at once: exactly one wins", async () => {
    const admin = await h.signIn("admin");
    const district = h.seed.blocs["LCI-HUYEN"];
    const cell = {
      unitId: h.seed.units["LCI-SAPA"],
      criterionId: h.seed.criteria["LCI-HUYEN"][2025]!["II.1"]!,
      version: null,
    };
    const outcomes = await Promise.allSettled([
      coordinator.results.saveGrid.mutate({
        blocId: district,
        year: 2025,
        quarter: 3,
        // The figures are arbitrary: whatever they warn of is confirmed, so only the race decides.
        cells: [{ ...cell, reportedValue: 10, confirmWarnings: ["ownHistory", "peers", "aboveTarget"] }],
      }),
      admin.results.saveGrid.mutate({
        blocId: district,
        year: 2025,
        quarter: 3,
        cells: [{ ...cell, reportedValue: 20, confirmWarnings: ["ownHistory", "peers", "aboveTarget"] }],
      }),
    ]);
    const won = outcomes.findIndex((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.find((outcome) => outcome.status === "rejected");
    expect(won).not.toBe(-1);
    expect((lost?.reason as TRPCClientError<AppRouter>).data?.code).toBe("CONFLICT");
    const stored = await h.database.prisma.result.findFirstOrThrow({
      where: { unitId: cell.unitId, criterionId: cell.criterionId, quarter: 3 },
    });
    expect(Number(stored.reportedValue)).toBe(won === 0 ? 10 : 20);
    expect(stored.version).toBe(1);
  });

  test("a unit user self-assesses its own unit but cannot verify or touch another unit", async () => {
    const unit = await h.signIn("donvi.tinhdoan");
    const own = { unitId: tinhdoan, criterionId: criteria["V.2"]!, version: await versionOf(tinhdoan, "V.2") };
    const error = await refusal(
      unit.results.saveGrid.mutate({
        blocId,
        year: 2025,
        quarter: 4,
        cells: [
          { ...own, verifiedValue: 40 },
          {
            unitId: hoinongdan,
            criterionId: criteria["V.2"]!,
            reportedValue: 1,
            version: await versionOf(hoinongdan, "V.2"),
          },
        ],
      }),
    );
    expect(error.data?.cells.map((cell) => cell.reason)).toEqual(["cell.unitCannotVerify", "cell.otherUnit"]);
    expect(error.message).toContain("Tỉnh đoàn Lào Cai – V.2: đơn vị chỉ được tự chấm, không được thẩm định");
    expect(error.message).toContain("Hội Nông dân tỉnh Lào Cai – V.2: chỉ được nhập số liệu của đơn vị mình");

    const saved = await unit.results.saveCell.mutate({
      blocId,
      year: 2025,
      quarter: 4,
      ...own,
      reportedValue: 41,
      note: "Kết nạp 41 đoàn viên",
      // 41 in the fourth quarter is far below the unit's earlier quarters: confirmed as right.
      confirmWarnings: ["ownHistory"],
    });
    expect(saved).toMatchObject({
      reportedValue: 41,
      note: "Kết nạp 41 đoàn viên",
      version: own.version! + 1,
      updatedByName: "Văn phòng Tỉnh đoàn Lào Cai",
    });
  });

  test("refuses edits to a locked or published quarter", async () => {
    const cluster = h.seed.blocs["LCI-CUM1"];
    const ward = h.seed.units["LCI-P-CAMDUONG"];
    const criterionId = h.seed.criteria["LCI-CUM1"][2025]!["II.1"]!;
    const cells = [{ unitId: ward, criterionId, verifiedValue: 5, version: 1 }];
    const locked = await refusal(
      coordinator.results.saveGrid.mutate({ blocId: cluster, year: 2025, quarter: 4, cells }),
    );
    expect(locked.data?.code).toBe("PRECONDITION_FAILED");
    expect(locked.message).toBe("Quý IV đã khóa sổ, không sửa được nữa.");
    const english = await h.signIn("dieuphoi.laocai", "en");
    const inEnglish = await refusal(
      english.results.saveGrid.mutate({ blocId: cluster, year: 2025, quarter: 4, cells }),
    );
    expect(inEnglish.message).toBe("Quarter IV is locked; it can no longer be edited.");

    const unit = await h.signIn("donvi.tinhdoan");
    const published = await refusal(
      unit.results.saveCell.mutate({
        blocId,
        year: 2025,
        quarter: 3,
        unitId: tinhdoan,
        criterionId: criteria["II.1"]!,
        reportedValue: 1,
        version: 1,
      }),
    );
    expect(published.message).toBe("Quý III đã công bố, không sửa được nữa.");
  });
});

describe("results.saveGrid at scale", () => {
  test("saves a 12 × 40 grid, creating and then updating every cell, all audited", async () => {
    const prisma = h.database.prisma;
    const province = h.seed.units.LCI;
    const units = await prisma.unit.createManyAndReturn({
      data: Array.from({ length: 12 }, (_, index) => ({
        code: `LCI-X-THU${index + 1}`,
        name: `Xã thử ${index + 1}`,
        kind: "COMMUNE" as const,
        parentId: province,
      })),
      select: { id: true },
    });
    const bloc = await prisma.bloc.create({
      data: {
        code: "LCI-CUM-THU",
        name: "Cụm thi đua thử",
        provinceId: province,
        years: {
          create: {
            year: 2026,
            members: { create: units.map((unit, position) => ({ unitId: unit.id, year: 2026, position })) },
          },
        },
      },
      select: { id: true },
    });
    const set = await prisma.criteriaSet.create({
      data: {
        blocId: bloc.id,
        year: 2026,
        name: "Giao ước thử",
        contentMaxPoints: 80,
        bonusCap: 0,
        classification: [],
        tieBreak: [],
        groups: { create: { code: "I", name: "Nhóm I", position: 0 } },
      },
      select: { id: true, groups: { select: { id: true } } },
    });
    const criterionRows = await prisma.criterion.createManyAndReturn({
      data: Array.from({ length: 40 }, (_, index) => ({
        setId: set.id,
        groupId: set.groups[0]!.id,
        code: `I.${index + 1}`,
        name: `Tiêu chí ${index + 1}`,
        maxPoints: 2,
        kind: "QUALITATIVE" as const,
        rule: {},
        position: index,
      })),
      select: { id: true },
    });
    const admin = await h.signIn("admin");
    const grid = (value: number, versions: Map<string, number> | null) => ({
      blocId: bloc.id,
      year: 2026,
      quarter: 1,
      cells: units.flatMap((unit) =>
        criterionRows.map((criterion) => ({
          unitId: unit.id,
          criterionId: criterion.id,
          reportedValue: value,
          verifiedValue: value - 0.25,
          note: `Ghi chú ${value}`,
          version: versions?.get(`${unit.id}|${criterion.id}`) ?? null,
        })),
      ),
    });

    const created = await admin.results.saveGrid.mutate(grid(1.5, null));
    expect(created).toHaveLength(480);

    const versions = new Map(created.map((cell) => [`${cell.unitId}|${cell.criterionId}`, cell.version]));
    const updated = await admin.results.saveGrid.mutate(grid(2, versions));
    expect(updated.every((cell) => cell.version === 2 && cell.reportedValue === 2 && cell.verifiedValue === 1.75)).toBe(
      true,
    );
    expect(await prisma.auditLog.count({ where: { blocId: bloc.id, entity: "result" } })).toBe(960);
  });
});

async function resultIds(unitId: string, codes: string[]) {
  const rows = await h.database.prisma.result.findMany({
    where: { unitId, quarter: 4, criterionId: { in: codes.map((code) => criteria[code]!) } },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
