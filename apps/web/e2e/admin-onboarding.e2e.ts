import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onboardingFile, type OnboardingRows } from "@thidua/api/testing";
import { startE2eSession, type E2eSession } from "./session";
import { chooseOption, DESKTOP, screenshotBoth } from "./shots";

let e2e: E2eSession;
const folder = mkdtempSync(join(tmpdir(), "thidua-import-"));
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(async () => {
  await e2e?.close();
  rmSync(folder, { recursive: true, force: true });
});

const YEAR = new Date().getFullYear();
const UNITS: OnboardingRows = [
  ["YBI", "Tỉnh Yên Bái", "Tỉnh", ""],
  ["YBI-P-YENBINH", "Phường Yên Bình", "Phường", "YBI"],
  ["YBI-X-TRANYEN", "Xã Trấn Yên", "Xã", "YBI"],
  ["YBI-X-LUCYEN", "Xã Lục Yên", "Xã", "YBI"],
  ["YBI-DK-MUCANGCHAI", "Đặc khu Mù Cang Chải", "Đặc khu", "YBI"],
];
const BLOCS: OnboardingRows = [["YBI-CUM1", "Cụm thi đua số 1 các xã, phường", "YBI", "Phía nam tỉnh"]];
const MEMBERS: OnboardingRows = [
  ["YBI-CUM1", YEAR, "YBI-P-YENBINH", "Khối trưởng"],
  ["YBI-CUM1", YEAR, "YBI-X-TRANYEN", "Khối phó"],
];
const ACCOUNTS: OnboardingRows = [
  ["lanhdao.yenbai", "Lãnh đạo UBND tỉnh Yên Bái", "Lãnh đạo tỉnh", "YBI"],
  ["donvi.yenbinh", "Cán bộ thi đua phường Yên Bình", "Đơn vị thành viên", "YBI-P-YENBINH"],
];

async function file(name: string, units: OnboardingRows) {
  const path = join(folder, name);
  writeFileSync(path, await onboardingFile({ units, blocs: BLOCS, members: MEMBERS, accounts: ACCOUNTS }));
  return path;
}

describe("journey: an administrator onboards a province", () => {
  it("imports it from a spreadsheet, creates a bloc, gives it a new coordinator, who sets up the year", async () => {
    const admin = await e2e.open({ viewport: DESKTOP });
    await e2e.signIn(admin, "admin");
    await admin.getByRole("link", { name: "Quản trị" }).click();
    await admin.getByRole("heading", { name: "Tài khoản" }).waitFor();
    await admin.getByTestId("accounts-table").getByText("dieuphoi.laocai").waitFor();
    await screenshotBoth(admin, "admin-accounts");

    // A first file with a unit of an unknown province: refused by name, nothing written.
    await admin.getByTestId("admin-tab-admin-import").click();
    await admin.getByRole("heading", { name: "Nhập danh sách từ Excel" }).waitFor();
    await screenshotBoth(admin, "admin-import");
    await admin
      .getByTestId("import-file")
      .setInputFiles(await file("tinh-yen-bai.xlsx", [...UNITS, ["YBI-X-MOI", "Xã Mới", "Xã", "XYZ"]]));
    await admin.getByTestId("import-refused").waitFor();
    expect(await admin.getByTestId("import-refused").innerText()).toContain("1 dòng bị từ chối");
    expect(await admin.getByTestId("import-rows").innerText()).toContain(
      "Không có tỉnh mã XYZ trong hệ thống hay trong tệp.",
    );
    expect(await admin.getByTestId("import-commit").isDisabled()).toBe(true);
    await screenshotBoth(admin, "admin-import-refused");

    // Fixed and chosen again: everything previews as new, and is written at once.
    await admin.getByTestId("import-file").setInputFiles(await file("tinh-yen-bai-sua.xlsx", UNITS));
    await admin.getByText("Không có dòng bị từ chối. Bấm Ghi để ghi tất cả.").waitFor();
    expect(await admin.getByTestId("import-summary").innerText()).toMatch(/Đơn vị\s*Tạo mới: 5/);
    await screenshotBoth(admin, "admin-import-preview");
    await admin.getByTestId("import-commit").click();
    await admin.getByTestId("credentials").waitFor();
    expect(await admin.getByTestId("credentials").innerText()).toContain("donvi.yenbinh");
    await screenshotBoth(admin, "admin-import-done");

    // A bloc created by hand on the organisation page.
    await admin.getByTestId("admin-tab-admin-organisation").click();
    await chooseOption(admin, "organisation-province", "Tỉnh Yên Bái");
    await admin.getByTestId("units-table").getByText("Đặc khu Mù Cang Chải").waitFor();
    await screenshotBoth(admin, "admin-organisation-units");
    await admin.getByTestId("organisation-blocs").click();
    await admin.getByTestId("create-bloc").click();
    await admin.locator('.n-modal input[name="code"]').fill("ybi-cum2");
    await admin.locator('.n-modal input[name="name"]').fill("Cụm thi đua số 2 các xã vùng cao");
    await admin.locator(".n-modal").getByRole("button", { name: "Lưu" }).click();
    await admin.getByTestId("bloc-YBI-CUM2").waitFor();

    // A province and a commune added by hand, as a production database starts empty.
    await admin.getByTestId("create-province").click();
    await admin.locator('.n-modal input[name="code"]').fill("tqg");
    await admin.locator('.n-modal input[name="name"]').fill("Tỉnh Tuyên Quang");
    await admin.locator(".n-modal").getByRole("button", { name: "Lưu" }).click();
    await admin.getByTestId("organisation-province").getByText("Tỉnh Tuyên Quang").waitFor();
    await admin.getByTestId("create-unit").click();
    await admin.locator('.n-modal input[name="code"]').fill("TQG-X-HAMYEN");
    await admin.locator('.n-modal input[name="name"]').fill("Xã Hàm Yên");
    await admin.locator(".n-modal").getByRole("button", { name: "Lưu" }).click();
    await admin.getByTestId("units-table").getByText("Xã Hàm Yên").waitFor();
    await chooseOption(admin, "organisation-province", "Tỉnh Yên Bái");

    // A new coordinator's account, then the bloc given to it.
    await admin.getByTestId("admin-tab-admin-accounts").click();
    await admin.getByTestId("create-account").click();
    await admin.locator('.n-modal input[name="username"]').fill("dieuphoi.cum2");
    await admin.locator('.n-modal input[name="displayName"]').fill("Văn phòng Cụm thi đua số 2");
    await chooseOption(admin, "account-role", "Điều phối khối");
    await screenshotBoth(admin, "admin-account-create");
    await admin.locator(".n-modal").getByRole("button", { name: "Lưu" }).click();
    await admin.getByTestId("temporary-password").waitFor();

    await admin.getByTestId("admin-tab-admin-organisation").click();
    await admin.getByTestId("organisation-blocs").click();
    const bloc = admin.getByTestId("bloc-YBI-CUM2");
    await bloc.getByTestId("assign-coordinator").click();
    await admin.locator(".n-base-select-menu:visible .n-base-select-option", { hasText: "dieuphoi.cum2" }).click();
    await bloc.getByText("Văn phòng Cụm thi đua số 2").waitFor();
    await screenshotBoth(admin, "admin-organisation-blocs");

    // The coordinator forgot the first password: the administrator resets it.
    await admin.getByTestId("admin-tab-admin-accounts").click();
    await admin.getByPlaceholder("Tìm theo tên hoặc tên đăng nhập").fill("cum 2");
    await admin.getByRole("link", { name: "Văn phòng Cụm thi đua số 2" }).click();
    await admin.getByTestId("reset-password").click();
    await admin.locator(".n-dialog").getByRole("button", { name: "Đồng ý" }).click();
    const temporary = (await admin.getByTestId("temporary-password-value").innerText()).trim();
    expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await screenshotBoth(admin, "admin-account-drawer");

    // The coordinator signs in with it and must choose a password first.
    const coordinator = await e2e.open({ viewport: DESKTOP });
    await coordinator.goto("/sign-in");
    await coordinator.locator('input[name="username"]').fill("dieuphoi.cum2");
    await coordinator.locator('input[name="password"]').fill(temporary);
    await coordinator.locator('button[type="submit"]').click();
    await coordinator.waitForURL(/\/account$/);
    await coordinator.getByTestId("must-change").waitFor();
    await coordinator.goto("/blocs");
    await coordinator.waitForURL(/\/account$/);
    await screenshotBoth(coordinator, "account-must-change");
    await coordinator.locator('input[name="current-password"]').fill(temporary);
    await coordinator.locator('input[name="new-password"]').fill("1234567890");
    await coordinator.locator('input[name="repeat-password"]').fill("1234567890");
    await coordinator.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await coordinator.getByText("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.").waitFor();
    await coordinator.locator('input[name="new-password"]').fill("Mây trắng Mù Cang Chải");
    await coordinator.locator('input[name="repeat-password"]').fill("Mây trắng Mù Cang Chải");
    await coordinator.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await coordinator.waitForURL(/\/blocs$/);

    // … and sets up the bloc's first year.
    const card = coordinator.locator(".bloc-card", { hasText: "Cụm thi đua số 2 các xã vùng cao" });
    await card.getByRole("link", { name: "Thiết lập năm" }).click();
    await coordinator.getByRole("button", { name: `Bắt đầu năm ${YEAR}` }).click();
    await coordinator
      .locator(".n-dialog")
      .getByRole("button", { name: `Bắt đầu năm ${YEAR}` })
      .click();
    await coordinator.getByRole("heading", { name: `Thiết lập năm ${YEAR}` }).waitFor();
    await chooseOption(coordinator, "add-unit-select", "Xã Lục Yên");
    await coordinator.getByRole("button", { name: "Thêm" }).click();
    await chooseOption(coordinator, "add-unit-select", "Đặc khu Mù Cang Chải");
    await coordinator.getByRole("button", { name: "Thêm" }).click();
    await coordinator.getByRole("button", { name: "Lưu" }).click();
    await coordinator.getByText(`Đã lưu thành viên năm ${YEAR}.`).waitFor();
    expect(await coordinator.getByTestId("members-table").locator("tbody tr").count()).toBe(2);
  }, 300_000); // four sign-ins, an import, set-up and two journeys of pages: allow for a busy machine
});
