import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURE_WARNING_CODES } from "@thidua/core";
import type { Locale } from "../../i18n/locale";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";

/**
 * A unit's sheet through a quarter: Bát Xát's quarter III/2025 in Lào Cai's district bloc (open,
 * no figures yet). It is filled, refused while incomplete, submitted late, returned with remarks,
 * corrected, submitted again and verified; every step audited.
 */

let h: ApiHarness;
let blocId: string;
let batxat: string;
let criteria: Record<string, string>;
const QUARTER = { year: 2025, quarter: 3 };

beforeAll(async () => {
  h = await createApiHarness();
  blocId = h.seed.blocs["LCI-HUYEN"];
  batxat = h.seed.units["LCI-BATXAT"];
  criteria = h.seed.criteria["LCI-HUYEN"][2025]!;
});

afterAll(async () => {
  await h?.close();
});

const as = (username: string, locale?: Locale) => h.as(username, locale);
const quarter = () => ({ blocId, ...QUARTER });

/** The test's round figures are far from the demo's: every plausibility warning is confirmed as seen. */
const confirmWarnings = [...FIGURE_WARNING_CODES];

/** The quarter's due criteria (year-end ones are not due in quarter III), with a figure any kind accepts. */
async function dueCriteria() {
  const rows = await h.database.prisma.criterion.findMany({
    where: { setId: h.seed.criteriaSets["LCI-HUYEN"][2025], reporting: "QUARTERLY" },
    select: { id: true, code: true },
    orderBy: { position: "asc" },
  });
  return rows;
}

async function fill(unitId: string, username: string, skip: string[] = []) {
  const due = await dueCriteria();
  const client = await as(username);
  await client.results.saveGrid.mutate({
    ...quarter(),
    cells: due
      .filter((criterion) => !skip.includes(criterion.code))
      .map((criterion) => ({ unitId, criterionId: criterion.id, reportedValue: 1, version: null, confirmWarnings })),
  });
}

const sheetAudit = () =>
  h.database.prisma.auditLog.findMany({
    where: { entity: "unitSheet", blocId },
    select: { action: true, before: true, after: true, userId: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });

describe("a unit's sheet through the quarter", () => {
  it("refuses to submit while figures are missing, naming them, and writes nothing", async () => {
    await fill(batxat, "donvi.batxat", ["II.1", "II.2"]);
    const unit = await as("donvi.batxat");
    expect(await refusal(unit.sheets.submit.mutate(quarter()))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "sheet.gaps",
      message:
        "Chưa nộp được: 2 tiêu chí còn thiếu (II.1: chưa có số liệu; II.2: chưa có số liệu). " +
        "Hãy nhập số liệu hoặc ghi giải trình rồi nộp lại.",
    });
    const english = await as("donvi.batxat", "en");
    expect((await refusal(english.sheets.submit.mutate(quarter()))).message).toBe(
      "Not submitted: 2 criteria are incomplete (II.1: no figure; II.2: no figure). " +
        "Enter the figures or write an explanation, then submit again.",
    );
    const thisQuarter = { unitId: batxat, period: { quarter: 3, blocYear: { blocId, year: 2025 } } };
    expect(await h.database.prisma.unitSheet.count({ where: thisQuarter })).toBe(0);
    expect(await sheetAudit()).toEqual([]);
  });

  it("refuses a required evidence that is neither attached nor explained", async () => {
    await h.database.prisma.criterion.update({ where: { id: criteria["III.1"]! }, data: { evidenceRequired: true } });
    const unit = await as("donvi.batxat");
    const error = await refusal(unit.sheets.submit.mutate(quarter()));
    expect(error.message).toContain("III.1: thiếu minh chứng, chưa giải trình");
    await h.database.prisma.result.updateMany({
      where: { unitId: batxat, criterionId: criteria["III.1"]!, quarter: 3 },
      data: { explanation: "Biên bản đang chờ ký, sẽ bổ sung" },
    });
    expect((await refusal(unit.sheets.submit.mutate(quarter()))).message).not.toContain("III.1");
  });

  it("sets the deadline, then records a submission after it as late, audited", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const quarters = await coordinator.periods.setDeadline.mutate({ ...quarter(), deadline: "2025-10-15" });
    expect(quarters[2]).toMatchObject({ quarter: 3, status: "OPEN", deadline: "2025-10-15" });

    const due = await dueCriteria();
    const unit = await as("donvi.batxat");
    const versions = await h.database.prisma.result.findMany({
      where: { unitId: batxat, quarter: 3, criterion: { setId: h.seed.criteriaSets["LCI-HUYEN"][2025] } },
      select: { criterionId: true, version: true },
    });
    const versionOf = new Map(versions.map((row) => [row.criterionId, row.version]));
    await unit.results.saveGrid.mutate({
      ...quarter(),
      cells: ["II.1", "II.2"].map((code) => {
        const id = due.find((criterion) => criterion.code === code)!.id;
        return {
          unitId: batxat,
          criterionId: id,
          reportedValue: 2,
          version: versionOf.get(id) ?? null,
          confirmWarnings,
        };
      }),
    });
    const submitted = await unit.sheets.submit.mutate(quarter());
    expect(submitted).toMatchObject({ unitId: batxat, state: "SUBMITTED", late: true, remarks: null });
    expect(submitted.submittedAt).toBeInstanceOf(Date);

    const grid = await unit.results.grid.query(quarter());
    expect(grid.deadline).toBe("2025-10-15");
    expect(grid.sheets).toEqual([submitted]);
    expect(grid.editableUnitIds).toEqual([]);

    expect(await sheetAudit()).toEqual([
      {
        action: "submit",
        before: { quarter: 3, unitId: batxat, state: "DRAFT" },
        after: {
          quarter: 3,
          unitId: batxat,
          state: "SUBMITTED",
          submittedAt: submitted.submittedAt!.toISOString(),
          late: true,
        },
        userId: h.seed.users["donvi.batxat"],
      },
    ]);
  });

  it("refuses the unit's own edits once submitted, through the API and not only the page", async () => {
    const unit = await as("donvi.batxat");
    const row = await h.database.prisma.result.findFirstOrThrow({
      where: { unitId: batxat, quarter: 3, criterionId: criteria["II.1"]! },
      select: { version: true, reportedValue: true },
    });
    const edit = {
      ...quarter(),
      unitId: batxat,
      criterionId: criteria["II.1"]!,
      reportedValue: 9,
      version: row.version,
      confirmWarnings,
    };
    const auditRows = await h.database.prisma.auditLog.count();
    expect(await refusal(unit.results.saveCell.mutate(edit))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "sheet.readOnly",
      message:
        "Bảng tự chấm quý III của đơn vị đang ở trạng thái “đã nộp”, không sửa được nữa. Nếu cần sửa, đề nghị người điều phối trả lại bảng.",
    });
    expect(await h.database.prisma.auditLog.count()).toBe(auditRows);
    const english = await as("donvi.batxat", "en");
    expect((await refusal(english.results.saveCell.mutate(edit))).message).toBe(
      "Your unit's quarter III sheet is submitted and can no longer be edited. Ask the coordinator to return it if it needs changes.",
    );
    expect(await refusal(unit.sheets.submit.mutate(quarter()))).toMatchObject({
      code: "BAD_REQUEST",
      messageKey: "sheet.transition",
    });
  });

  it("lets the coordinator return it with remarks the unit reads, and refuses a return without them", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const ref = { ...quarter(), unitId: batxat };
    expect(await refusal(coordinator.sheets.return.mutate({ ...ref, remarks: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    const remarks = "Tiêu chí II.1: số hộ nghèo chưa khớp báo cáo của huyện, đề nghị kiểm tra lại.";
    const returned = await coordinator.sheets.return.mutate({ ...ref, remarks });
    expect(returned).toMatchObject({ state: "RETURNED", remarks, late: true });

    const unit = await as("donvi.batxat");
    const grid = await unit.results.grid.query(quarter());
    expect(grid.sheets[0]).toMatchObject({ state: "RETURNED", remarks });
    expect(grid.editableUnitIds).toEqual([batxat]);

    const row = await h.database.prisma.result.findFirstOrThrow({
      where: { unitId: batxat, quarter: 3, criterionId: criteria["II.1"]! },
      select: { version: true },
    });
    await unit.results.saveCell.mutate({
      ...ref,
      criterionId: criteria["II.1"]!,
      reportedValue: 3,
      version: row.version,
      confirmWarnings,
    });
    const again = await unit.sheets.submit.mutate(quarter());
    expect(again).toMatchObject({ state: "SUBMITTED", remarks });

    const audit = await sheetAudit();
    expect(audit.map((row) => row.action)).toEqual(["submit", "return", "submit"]);
    expect(audit[1]).toMatchObject({
      before: { state: "SUBMITTED" },
      after: { state: "RETURNED", remarks },
      userId: h.seed.users["dieuphoi.laocai"],
    });
  });

  it("verifies a unit only once every due criterion has a verified figure", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const ref = { ...quarter(), unitId: batxat };
    const error = await refusal(coordinator.sheets.verify.mutate(ref));
    expect(error).toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "sheet.unverifiedFigures" });
    expect(error.message).toMatch(
      /^Chưa thẩm định xong Huyện Bát Xát: 22 tiêu chí chưa có số liệu thẩm định \(I\.1, I\.2, /,
    );

    const rows = await h.database.prisma.result.findMany({
      where: { unitId: batxat, quarter: 3, criterion: { setId: h.seed.criteriaSets["LCI-HUYEN"][2025] } },
      select: { criterionId: true, version: true, reportedValue: true },
    });
    await coordinator.results.saveGrid.mutate({
      ...quarter(),
      cells: rows.map((row) => ({
        unitId: batxat,
        criterionId: row.criterionId,
        verifiedValue: Number(row.reportedValue),
        version: row.version,
        confirmWarnings,
      })),
    });
    const verified = await coordinator.sheets.verify.mutate(ref);
    expect(verified).toMatchObject({ state: "VERIFIED" });
    expect(verified.verifiedAt).toBeInstanceOf(Date);
    expect((await sheetAudit()).at(-1)).toMatchObject({
      action: "verify",
      before: { state: "SUBMITTED" },
      after: { state: "VERIFIED" },
    });

    const unit = await as("donvi.batxat");
    expect((await unit.results.grid.query(quarter())).editableUnitIds).toEqual([]);
    expect(await refusal(coordinator.sheets.verify.mutate(ref))).toMatchObject({ messageKey: "sheet.transition" });
  });

  it("refuses a return of a sheet still drafting, a submission by anyone but the unit, and a sheet outside the bloc", async () => {
    const coordinator = await as("dieuphoi.laocai", "en");
    const sapa = { ...quarter(), unitId: h.seed.units["LCI-SAPA"] };
    expect(await refusal(coordinator.sheets.return.mutate({ ...sapa, remarks: "Thiếu" }))).toEqual({
      code: "BAD_REQUEST",
      messageKey: "sheet.transition",
      message: "Thị xã Sa Pa's quarter III/2025 sheet is draft; it cannot be returned.",
    });
    expect(await refusal(coordinator.sheets.submit.mutate(quarter()))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "auth.forbidden",
    });
    const outsider = { ...quarter(), unitId: h.seed.units["BKN-CHODON"] };
    expect(await refusal(coordinator.sheets.verify.mutate(outsider))).toMatchObject({
      code: "BAD_REQUEST",
      messageKey: "sheet.notMember",
    });
  });

  it("refuses every sheet step in a locked or published quarter", async () => {
    const unit = await as("donvi.batxat");
    expect(await refusal(unit.sheets.submit.mutate({ blocId, year: 2025, quarter: 2 }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      messageKey: "period.notOpen",
    });
    const coordinator = await as("dieuphoi.laocai");
    const published = { blocId, year: 2025, quarter: 2, unitId: batxat };
    expect(await refusal(coordinator.sheets.return.mutate({ ...published, remarks: "Sửa" }))).toMatchObject({
      messageKey: "period.notOpen",
    });
  });
});

describe("sheets.completeness", () => {
  it("gives coordinators and leaders every unit's state, gaps and lateness, with the counts", async () => {
    const panel = await (await as("lanhdao.laocai")).sheets.completeness.query(quarter());
    expect(panel).toMatchObject({ status: "OPEN", deadline: "2025-10-15", canManage: false });
    expect(panel.units).toHaveLength(9);
    const batxatRow = panel.units.find((unit) => unit.unitId === batxat);
    expect(batxatRow).toMatchObject({
      unitName: "Huyện Bát Xát",
      state: "VERIFIED",
      late: true,
      missingFigures: [],
      missingEvidence: [],
      missingVerified: [],
    });
    const sapa = panel.units.find((unit) => unit.unitName === "Thị xã Sa Pa");
    expect(sapa).toMatchObject({ state: "DRAFT", late: false, missingEvidence: ["III.1"] });
    expect(sapa?.missingFigures).toHaveLength((await dueCriteria()).length);
    expect(panel.counts).toEqual({ members: 9, submitted: 1, verified: 1, complete: 1, late: 1 });
    expect(panel.history[0]).toMatchObject({
      action: "DEADLINE",
      deadline: "2025-10-15",
      by: "Ban Thi đua - Khen thưởng tỉnh Lào Cai",
    });
  });

  it("is not for unit users, nor for another province", async () => {
    expect(await refusal((await as("donvi.batxat")).sheets.completeness.query(quarter()))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal((await as("lanhdao.backan")).sheets.completeness.query(quarter()))).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
