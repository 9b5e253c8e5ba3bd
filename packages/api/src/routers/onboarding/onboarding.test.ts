import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiClient, type ApiHarness } from "../../testing/harness";
import { onboardingFile, type OnboardingRows } from "../../testing/onboarding-file";

let h: ApiHarness;
let admin: ApiClient;
beforeAll(async () => {
  h = await createApiHarness();
  admin = await h.as("admin");
});
afterAll(() => h?.close());

type Rows = OnboardingRows;
const workbook = async (sheets: Parameters<typeof onboardingFile>[0]) =>
  (await onboardingFile(sheets)).toString("base64");

const PROVINCE: Rows = [
  ["YBI", "Tỉnh Yên Bái", "Tỉnh", ""],
  ["ybi-p-yenbinh", "Phường Yên Bình", "Phường", "YBI"],
  ["YBI-X-TRANYEN", "Xã Trấn Yên", "Xã", "YBI"],
  ["YBI-DK-MUCANGCHAI", "Đặc khu Mù Cang Chải", "Đặc khu", "YBI"],
];
const BLOCS: Rows = [
  ["YBI-CUM1", "Cụm thi đua số 1 các xã, phường", "YBI", "Phía nam tỉnh"],
  ["YBI-CUM2", "Cụm thi đua số 2", "YBI", ""],
];
const MEMBERS: Rows = [
  ["YBI-CUM1", 2026, "YBI-P-YENBINH", "Khối trưởng"],
  ["YBI-CUM1", 2026, "YBI-X-TRANYEN", "Khối phó"],
  ["YBI-CUM2", 2026, "YBI-DK-MUCANGCHAI", ""],
];
const ACCOUNTS: Rows = [
  ["dieuphoi.yenbai", "Ban Thi đua - Khen thưởng tỉnh Yên Bái", "Điều phối khối", "YBI-CUM1, YBI-CUM2"],
  ["lanhdao.yenbai", "Lãnh đạo UBND tỉnh Yên Bái", "Lãnh đạo tỉnh", "YBI"],
  ["donvi.yenbinh", "Cán bộ thi đua phường Yên Bình", "Đơn vị thành viên", "YBI-P-YENBINH"],
];

const TWO_BLOCS =
  "YBI-P-YENBINH có mặt ở hai khối trong năm 2026: YBI-CUM1, YBI-CUM2. Một đơn vị chỉ thuộc một khối mỗi năm.";

describe("onboarding a province from a spreadsheet", () => {
  it("offers a template whose own examples read back", async () => {
    const template = await admin.onboarding.template.query();
    expect(template.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.base64, "base64") as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      "Hướng dẫn",
      "Đơn vị",
      "Khối thi đua",
      "Thành viên khối",
      "Tài khoản",
    ]);
    expect(book.getWorksheet("Đơn vị")?.getCell("C2").dataValidation.formulae?.[0]).toContain("Đặc khu");
    const preview = await admin.onboarding.preview.mutate({ file: template.base64 });
    expect(preview.rows.length).toBeGreaterThan(5);
  });

  it("refuses a repeated code, an unknown province and a unit in two blocs of a year, by name, and writes nothing", async () => {
    const before = await h.database.prisma.auditLog.count();
    const file = await workbook({
      units: [
        ...PROVINCE,
        ["YBI-X-TRANYEN", "Xã Trấn Yên (trùng)", "Xã", "YBI"],
        ["YBI-X-LUCYEN", "Xã Lục Yên", "Xã", "XYZ"],
      ],
      blocs: BLOCS,
      members: [...MEMBERS, ["YBI-CUM2", 2026, "YBI-P-YENBINH", ""]],
      accounts: ACCOUNTS,
    });
    const preview = await admin.onboarding.preview.mutate({ file });
    const refused = preview.rows.filter((row) => row.status === "refused");
    expect(refused.map((row) => [row.sheet, row.row, row.reasons.join(" ")])).toEqual([
      ["units", 5, "Mã đơn vị YBI-X-TRANYEN lặp lại ở các dòng 5, 7."],
      ["units", 7, "Mã đơn vị YBI-X-TRANYEN lặp lại ở các dòng 5, 7."],
      ["units", 8, "Không có tỉnh mã XYZ trong hệ thống hay trong tệp."],
      ["members", 3, `${TWO_BLOCS}`],
      ["members", 4, "Không có đơn vị mã YBI-X-TRANYEN trong hệ thống hay trong tệp."],
      ["members", 6, `${TWO_BLOCS}`],
    ]);
    expect(preview.summary.units).toMatchObject({ create: 3, refused: 3 });

    const applied = await refusal(admin.onboarding.commit.mutate({ file, planHash: preview.planHash }));
    expect(applied.message).toBe(`Còn ${preview.refused} dòng bị từ chối; sửa tệp rồi tải lên lại. Chưa ghi gì.`);
    expect(await h.database.prisma.unit.count({ where: { code: { startsWith: "YBI" } } })).toBe(0);
    expect(await h.database.prisma.auditLog.count()).toBe(before);
  });

  it("applies a fixed file all at once, with one-time passwords, and reads unchanged the second time", async () => {
    const file = await workbook({ units: PROVINCE, blocs: BLOCS, members: MEMBERS, accounts: ACCOUNTS });
    const preview = await admin.onboarding.preview.mutate({ file });
    expect(preview.refused).toBe(0);
    expect(preview.summary).toMatchObject({
      units: { create: 4 },
      blocs: { create: 2 },
      members: { create: 3 },
      accounts: { create: 3 },
    });

    const applied = await admin.onboarding.commit.mutate({ file, planHash: preview.planHash });
    expect(applied.credentials.map((entry) => entry.username)).toEqual([
      "dieuphoi.yenbai",
      "lanhdao.yenbai",
      "donvi.yenbinh",
    ]);
    expect(applied.credentialsFile).not.toBeNull();

    const province = await h.database.prisma.unit.findUniqueOrThrow({ where: { code: "YBI" } });
    const organisation = await admin.organisation.province.query({ provinceId: province.id });
    expect(organisation.units.map((unit) => [unit.code, unit.name, unit.kind])).toEqual([
      ["YBI-DK-MUCANGCHAI", "Đặc khu Mù Cang Chải", "SPECIAL_ZONE"],
      ["YBI-P-YENBINH", "Phường Yên Bình", "WARD"],
      ["YBI-X-TRANYEN", "Xã Trấn Yên", "COMMUNE"],
    ]);
    expect(
      organisation.blocs.map((bloc) => [bloc.code, bloc.memberCount, bloc.coordinators.map((c) => c.username)]),
    ).toEqual([
      ["YBI-CUM1", 2, ["dieuphoi.yenbai"]],
      ["YBI-CUM2", 1, ["dieuphoi.yenbai"]],
    ]);
    const cum1 = await admin.blocs.year.query({ blocId: organisation.blocs[0]?.id ?? "", year: 2026 });
    expect([cum1.head?.name, cum1.deputy?.name]).toEqual(["Phường Yên Bình", "Xã Trấn Yên"]);

    const coordinator = h.anonymous();
    const password = applied.credentials[0]?.temporaryPassword ?? "";
    expect(await coordinator.auth.login.mutate({ username: "dieuphoi.yenbai", password })).toEqual({
      ok: true,
      mustChangePassword: true,
    });

    const again = await admin.onboarding.preview.mutate({ file });
    expect(new Set(again.rows.map((row) => row.status))).toEqual(new Set(["unchanged"]));
  });

  it("refuses what is not a workbook, or too large, in the reader's language", async () => {
    expect(
      (await refusal(admin.onboarding.preview.mutate({ file: Buffer.from("not a spreadsheet").toString("base64") })))
        .message,
    ).toBe("Không đọc được tệp: đây không phải bảng tính Excel .xlsx (hãy lưu lại dưới dạng .xlsx).");
    const english = await h.as("admin", "en");
    const huge = await refusal(english.onboarding.preview.mutate({ file: "A".repeat(3_000_000) }));
    expect(huge.message).toContain("the file is larger than 2 MB");
  });
});
