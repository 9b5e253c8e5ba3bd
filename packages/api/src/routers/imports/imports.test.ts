import type ExcelJS from "exceljs";
import { measureOf } from "@thidua/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesOf, workbookOf } from "../../testing/files";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";
import { reopenYear } from "../../testing/reopen";

let h: ApiHarness;
let blocId: string;
// Quarter III/2025 of the district bloc is open in the demo data.
const period = { year: 2025, quarter: 3 };

beforeAll(async () => {
  h = await createApiHarness();
  blocId = h.seed.blocs["LCI-HUYEN"];
});

afterAll(async () => {
  await h?.close();
});

async function template(username: string, path: string) {
  const response = await h.download(username, path);
  expect(response.status).toBe(200);
  return workbookOf(await bytesOf(response));
}

const base64 = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
const quarterSheet = (username: string) =>
  template(username, `quarter-sheet.xlsx?bloc=${blocId}&year=${period.year}&quarter=${period.quarter}`);

/** The row of a criterion code and the column of a unit's field, by the sheet's own headings. */
function locate(sheet: ExcelJS.Worksheet, code: string, unitName: string, header: string) {
  let row = 0;
  sheet.getColumn(1).eachCell((cell, number) => {
    if (cell.value === code) row = number;
  });
  let column = 0;
  for (let index = 7; index <= sheet.columnCount; index++) {
    if (sheet.getCell(5, index).value === unitName && sheet.getCell(6, index).value === header && !column)
      column = index;
  }
  expect(row).toBeGreaterThan(0);
  expect(column).toBeGreaterThan(0);
  return sheet.getCell(row, column);
}

describe("importing a quarter sheet", () => {
  it("round-trips: export, edit a few cells, preview each as new, changed, unchanged or refused, then apply through the grid's save", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const workbook = await quarterSheet("dieuphoi.laocai");
    const sheet = workbook.worksheets[0]!;
    const before = await coordinator.results.grid.query({ blocId, ...period });
    const batxat = h.seed.units["LCI-BATXAT"];
    const sapa = h.seed.units["LCI-SAPA"];
    // An amount (tỷ đồng), which takes decimals: a count would refuse 2,5 outright.
    const firstCriterion = before.criteria.find(
      (criterion) =>
        criterion.due && criterion.kind === "TARGET_PERCENT" && measureOf(criterion.unitOfMeasure) === "AMOUNT",
    )!;
    const yesNo = before.criteria.find((criterion) => criterion.due && criterion.kind === "YES_NO")!;

    locate(sheet, firstCriterion.code, "Huyện Bát Xát", "Thẩm định").value = 2.5;
    locate(sheet, firstCriterion.code, "Thị xã Sa Pa", "Tự chấm (số liệu đơn vị)").value = "3,7";
    locate(sheet, yesNo.code, "Thị xã Sa Pa", "Thẩm định").value = 2;
    locate(sheet, firstCriterion.code, "Huyện Bảo Yên", "Thẩm định").value = "127.600";
    locate(sheet, yesNo.code, "Huyện Bắc Hà", "Thẩm định").value = { formula: "0+1", result: 1 };

    const preview = await coordinator.imports.quarter.mutate({ blocId, ...period, file: await base64(workbook) });
    const at = (unitId: string, code: string, field: string) =>
      preview.cells.find((cell) => cell.unitId === unitId && cell.criterionCode === code && cell.field === field);
    const storedBatxat = before.cells.find((cell) => cell.unitId === batxat && cell.criterionId === firstCriterion.id);
    expect(at(batxat, firstCriterion.code, "verified")).toMatchObject({
      status: storedBatxat?.verifiedValue === null || !storedBatxat ? "new" : "changed",
      after: 2.5,
    });
    expect(at(sapa, firstCriterion.code, "reported")).toMatchObject({ after: 3.7, text: "3,7" });
    expect(at(sapa, yesNo.code, "verified")).toMatchObject({
      status: "refused",
      reason: "chỉ nhận 1 (có) hoặc 0 (không)",
    });
    expect(at(h.seed.units["LCI-BAOYEN"], firstCriterion.code, "verified")).toMatchObject({
      status: "refused",
      reason: "“127.600” có thể là 127.600 hoặc 127,6; hãy nhập dạng số hoặc viết rõ (ví dụ 127.600 hoặc 127,6)",
    });
    expect(at(h.seed.units["LCI-BACHA"], yesNo.code, "verified")).toMatchObject({
      status: "refused",
      reason: "ô có công thức (=0+1); hãy nhập giá trị thay cho công thức",
    });
    expect(preview.summary.refused).toBe(3);
    expect(preview.summary.unchanged).toBe(preview.cells.length - 5);

    // Fixed in the file and uploaded again: nothing refused, two changes to apply.
    locate(sheet, yesNo.code, "Thị xã Sa Pa", "Thẩm định").value = 1;
    locate(sheet, firstCriterion.code, "Huyện Bảo Yên", "Thẩm định").value = 127.6;
    locate(sheet, yesNo.code, "Huyện Bắc Hà", "Thẩm định").value = 1;
    const clean = await coordinator.imports.quarter.mutate({ blocId, ...period, file: await base64(workbook) });
    expect(clean.summary.refused).toBe(0);
    const audit = await h.database.prisma.auditLog.count({ where: { entity: "result" } });
    const saved = await coordinator.results.saveGrid.mutate({ blocId, ...period, cells: clean.changes });
    expect(saved.length).toBe(clean.changes.length);
    expect(await h.database.prisma.auditLog.count({ where: { entity: "result" } })).toBe(audit + clean.changes.length);

    const after = await coordinator.results.grid.query({ blocId, ...period });
    const cell = (unitId: string, criterionId: string) =>
      after.cells.find((entry) => entry.unitId === unitId && entry.criterionId === criterionId);
    expect(cell(batxat, firstCriterion.id)?.verifiedValue).toBe(2.5);
    expect(cell(sapa, firstCriterion.id)?.reportedValue).toBe(3.7);
    expect(cell(h.seed.units["LCI-BAOYEN"], firstCriterion.id)?.verifiedValue).toBe(127.6);

    // The same file again previews as unchanged throughout.
    const again = await coordinator.imports.quarter.mutate({ blocId, ...period, file: await base64(workbook) });
    expect(again.summary).toEqual({ new: 0, changed: 0, unchanged: again.cells.length, refused: 0 });
  });

  it("turns a change someone made between preview and apply into a conflict, and writes nothing", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const workbook = await quarterSheet("dieuphoi.laocai");
    const grid = await coordinator.results.grid.query({ blocId, ...period });
    const criterion = grid.criteria.find(
      (entry) => entry.due && entry.kind === "TARGET_PERCENT" && measureOf(entry.unitOfMeasure) === "AMOUNT",
    )!;
    locate(workbook.worksheets[0]!, criterion.code, "Huyện Văn Bàn", "Thẩm định").value = 9.25;
    const preview = await coordinator.imports.quarter.mutate({ blocId, ...period, file: await base64(workbook) });
    expect(preview.changes).toHaveLength(1);

    const vanban = h.seed.units["LCI-VANBAN"];
    const stored = grid.cells.find((cell) => cell.unitId === vanban && cell.criterionId === criterion.id);
    await (
      await h.as("admin")
    ).results.saveCell.mutate({
      blocId,
      ...period,
      unitId: vanban,
      criterionId: criterion.id,
      verifiedValue: 1,
      // Whatever the figure warns of is confirmed: the test is about the conflict.
      confirmWarnings: ["ownHistory", "peers", "aboveTarget"],
      version: stored?.version ?? null,
    });
    const conflict = await refusal(coordinator.results.saveGrid.mutate({ blocId, ...period, cells: preview.changes }));
    expect(conflict).toMatchObject({ code: "CONFLICT", messageKey: "conflict.cells" });
    const now = await coordinator.results.grid.query({ blocId, ...period });
    expect(now.cells.find((cell) => cell.unitId === vanban && cell.criterionId === criterion.id)?.verifiedValue).toBe(
      1,
    );
  });

  it("gives a member unit its own column to self-assess and refuses it another unit's or the coordinator's sheet", async () => {
    const unit = await h.as("donvi.batxat");
    const own = await quarterSheet("donvi.batxat");
    const sheet = own.worksheets[0]!;
    const headings = Array.from({ length: sheet.columnCount - 6 }, (_, index) => sheet.getCell(6, 7 + index).value);
    expect(headings).not.toContain("Thẩm định");
    expect(
      new Set(Array.from({ length: sheet.columnCount - 6 }, (_, index) => sheet.getCell(5, 7 + index).value)),
    ).toEqual(new Set(["Huyện Bát Xát"]));
    const preview = await unit.imports.quarter.mutate({ blocId, ...period, file: await base64(own) });
    expect(new Set(preview.cells.map((cell) => cell.unitId))).toEqual(new Set([h.seed.units["LCI-BATXAT"]]));
    expect(new Set(preview.cells.map((cell) => cell.field))).toEqual(new Set(["reported"]));

    const coordinatorSheet = await quarterSheet("dieuphoi.laocai");
    expect(
      await refusal(unit.imports.quarter.mutate({ blocId, ...period, file: await base64(coordinatorSheet) })),
    ).toEqual({
      code: "BAD_REQUEST",
      messageKey: "sheet.otherUnit",
      message: "Tệp mẫu này không phải của đơn vị bạn. Hãy tải tệp mẫu của đơn vị mình.",
    });
    const leader = await h.download("lanhdao.laocai", `quarter-sheet.xlsx?bloc=${blocId}&year=2025&quarter=3`);
    expect(leader.status).toBe(403);
  });

  it("refuses bad uploads with a clear reason and writes nothing", async () => {
    const coordinator = await h.as("dieuphoi.laocai", "en");
    const audit = await h.database.prisma.auditLog.count();
    const upload = (file: string, quarter = period.quarter) =>
      refusal(coordinator.imports.quarter.mutate({ blocId, year: period.year, quarter, file }));

    expect(await upload(Buffer.from("%PDF-1.7 not a workbook").toString("base64"))).toMatchObject({
      messageKey: "sheet.notXlsx",
    });
    const huge = await upload("A".repeat(2 * 1024 * 1024));
    expect(huge.message).toMatch(/file is larger than 1 MB/);
    const workbook = await quarterSheet("dieuphoi.laocai");
    expect(await upload(await base64(workbook), 4)).toMatchObject({
      messageKey: "sheet.otherPeriod",
      message: "This template is for Q3/2025, not for the period open here.",
    });
    const otherBloc = await template(
      "dieuphoi.laocai",
      `quarter-sheet.xlsx?bloc=${h.seed.blocs["LCI-DOANTHE"]}&year=2025&quarter=4`,
    );
    expect(await upload(await base64(otherBloc))).toMatchObject({ messageKey: "sheet.otherBloc" });
    workbook.addWorksheet("Ghi chú");
    expect(await upload(await base64(workbook))).toMatchObject({
      messageKey: "sheet.extraSheets",
      message: "The file has sheets that are not part of the template (Ghi chú). Delete them and upload again.",
    });
    workbook.removeWorksheet(workbook.getWorksheet("Ghi chú")!.id);
    workbook.worksheets[0]!.mergeCells("H10:I10");
    expect(await upload(await base64(workbook))).toMatchObject({ messageKey: "sheet.mergedCells" });
    const targets = await template("dieuphoi.laocai", `targets-sheet.xlsx?bloc=${blocId}&year=2025`);
    expect(await upload(await base64(targets))).toMatchObject({
      message: "This is a yearly targets template, not a quarter figures template.",
    });
    expect(await h.database.prisma.auditLog.count()).toBe(audit);
  });
});

describe("importing a targets sheet", () => {
  it("round-trips through targets.save, with last year's targets for context", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const workbook = await template("dieuphoi.laocai", `targets-sheet.xlsx?bloc=${blocId}&year=2025`);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell(6, 7).value).toBe("Năm 2024");
    expect(sheet.getCell(6, 8).value).toBe("Năm 2025");
    const targets = await coordinator.targets.list.query({ blocId, year: 2025 });
    const criterion = targets.criteria[0]!;
    locate(sheet, criterion.code, "Huyện Bát Xát", "Năm 2025").value = "1.234,5";
    const preview = await coordinator.imports.targets.mutate({ blocId, year: 2025, file: await base64(workbook) });
    expect(preview.summary.refused).toBe(0);
    expect(preview.changes).toEqual([
      expect.objectContaining({ unitId: h.seed.units["LCI-BATXAT"], criterionId: criterion.id, value: 1234.5 }),
    ]);
    // Quarters I and II of 2025 are published and count the target: applying waits for them to reopen.
    const audit = await h.database.prisma.auditLog.count();
    expect(await refusal(coordinator.targets.save.mutate({ blocId, year: 2025, cells: preview.changes }))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "lockedFigures.changed",
      message:
        "Chưa lưu: thay đổi này làm thay đổi kết quả đã khóa sổ hoặc công bố của quý I/2025, II/2025. " +
        "Hãy mở lại quý I/2025, II/2025 trước (mở lại được ghi vào lịch sử), rồi lưu lại.",
    });
    expect(await h.database.prisma.auditLog.count()).toBe(audit);
    await reopenYear(coordinator, blocId, 2025);
    await coordinator.targets.save.mutate({ blocId, year: 2025, cells: preview.changes });
    const after = await coordinator.targets.list.query({ blocId, year: 2025 });
    expect(
      after.targets.find(
        (target) => target.unitId === h.seed.units["LCI-BATXAT"] && target.criterionId === criterion.id,
      )?.value,
    ).toBe(1234.5);
  });
});
