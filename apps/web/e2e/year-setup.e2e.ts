import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./browser";
import { startE2eSession, type E2eSession } from "./session";

const HUYEN = "Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai";
const PHONE = { width: 390, height: 844 };

let e2e: E2eSession;
/** The set-up page of the Lào Cai district bloc, as the coordinator reached it from the bloc list. */
let setupPath = "";

beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** What a phone shows first, without scrolling (screenshot() takes the whole page). */
async function firstScreen(page: Page, name: string) {
  await page.screenshot({ path: fileURLToPath(new URL(`../screenshots/${name}.png`, import.meta.url)) });
}

async function chooseOption(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator(".n-base-select-menu:visible .n-base-select-option", { hasText: label }).first().click();
  await page.locator(".n-base-select-menu:visible").waitFor({ state: "hidden" });
}

const tab = (page: Page, name: "members" | "criteria" | "targets") => page.getByTestId(`tab-${name}`);
const memberRow = (page: Page, name: string) =>
  page.getByTestId("members-table").locator("tbody tr", { hasText: name });
const contentTotal = (page: Page) => page.getByTestId("content-total");

describe("journey 2: a coordinator sets up a year", () => {
  it("starts 2026 by copying 2025: the members come along, the leadership rotates", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto("/blocs");
    const card = page.locator(".bloc-card", { hasText: HUYEN });
    await card.getByRole("link", { name: "Thiết lập năm" }).click();
    await page.waitForURL(/\/blocs\/[^/]+\/setup/);
    setupPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: "Thiết lập năm 2025" }).waitFor();
    expect(await memberRow(page, "Thị xã Sa Pa").textContent()).toContain("Khối trưởng");

    await page.getByRole("button", { name: "Bắt đầu năm 2026" }).click();
    const dialog = page.locator(".n-dialog");
    await dialog.getByText("Bắt đầu năm 2026 từ năm 2025?").waitFor();
    expect(await dialog.textContent()).toContain("Chỉ tiêu và kết quả chấm điểm không được sao chép.");
    await dialog.getByRole("button", { name: "Bắt đầu năm 2026" }).click();
    await page.getByRole("heading", { name: "Thiết lập năm 2026" }).waitFor();
    await page.waitForURL(/year=2026/);

    await page.getByText("Thành viên năm 2026").waitFor();
    expect(await page.getByTestId("members-table").locator("tbody tr").count()).toBe(9);
    // Last year's deputy (Bát Xát) heads the bloc this year.
    expect(await memberRow(page, "Huyện Bát Xát").textContent()).toContain("Khối trưởng");
    expect(await page.getByTestId("unsaved").count()).toBe(0);
  });

  it("sets the head and deputy, saves them, and they stay after a reload", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(`${setupPath}?year=2026&tab=members`);
    await page.getByText("Thành viên năm 2026").waitFor();

    await chooseOption(page, "head-select", "Thành phố Lào Cai");
    await chooseOption(page, "deputy-select", "Huyện Bảo Thắng");
    await page.getByTestId("unsaved").waitFor();
    expect(await tab(page, "members").textContent()).toContain("Chưa lưu");
    await screenshot(page, "setup-members");

    // Leaving with unsaved edits asks first; staying keeps them.
    await page.getByRole("link", { name: "Về trang khối" }).click();
    const leave = page.locator(".n-dialog");
    await leave.getByText("Rời trang khi chưa lưu?").waitFor();
    await leave.getByRole("button", { name: "Ở lại" }).click();
    expect(new URL(page.url()).pathname).toBe(setupPath);
    await page.getByTestId("unsaved").waitFor();

    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu thành viên năm 2026.").waitFor();
    expect(await page.getByTestId("unsaved").count()).toBe(0);

    await page.reload();
    await page.getByText("Thành viên năm 2026").waitFor();
    expect(await memberRow(page, "Thành phố Lào Cai").textContent()).toContain("Khối trưởng");
    expect(await memberRow(page, "Huyện Bảo Thắng").textContent()).toContain("Khối phó");
    expect(await memberRow(page, "Huyện Bát Xát").textContent()).not.toContain("Khối");
  });

  it("refuses a criteria set that does not add up, then saves the fixed one", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(`${setupPath}?year=2026&tab=criteria`);
    await contentTotal(page).waitFor();
    expect(await contentTotal(page).textContent()).toContain("90 / 90");
    await screenshot(page, "setup-criteria");

    await page.getByLabel("Điểm tối đa I.1", { exact: true }).fill("5,5");
    expect(await contentTotal(page).textContent()).toMatch(/91,5 \/ 90.*vượt 1,5/);
    expect(await tab(page, "criteria").textContent()).toContain("Chưa lưu");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    const refused = page.getByTestId("criteria-refused");
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      "Tổng điểm tối đa của các tiêu chí nội dung là 91,5, chưa bằng điểm nội dung đã khai báo 90.",
    );
    await screenshot(page, "setup-criteria-refused");

    await page.getByLabel("Điểm tối đa I.3", { exact: true }).fill("2,5");
    // The copy kept last year's name; the page points it out until it is renamed.
    await page.getByText("Tên còn ghi năm 2025, trong khi đây là bộ tiêu chí năm 2026.").waitFor();
    await page.getByLabel("Tên bộ tiêu chí").fill("Giao ước thi đua năm 2026");
    expect(await page.getByText("Tên còn ghi năm 2025").count()).toBe(0);
    expect(await contentTotal(page).textContent()).toMatch(/90 \/ 90.*khớp/);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu bộ tiêu chí năm 2026.").waitFor();
    expect(await page.getByTestId("criteria-refused").count()).toBe(0);

    await page.reload();
    await contentTotal(page).waitFor();
    expect(await page.getByLabel("Điểm tối đa I.1", { exact: true }).inputValue()).toBe("5,5");
    expect(await page.getByLabel("Điểm tối đa I.3", { exact: true }).inputValue()).toBe("2,5");
    expect(await page.getByLabel("Tên bộ tiêu chí").inputValue()).toBe("Giao ước thi đua năm 2026");
    expect(await contentTotal(page).textContent()).toContain("90 / 90");
  });

  it("adds, moves, details and removes criteria in the tree, with problems next to their row", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(`${setupPath}?year=2026&tab=criteria`);
    const groupI = page.locator('[data-testid="criteria-group"][data-code="I"]');
    await groupI.waitFor();
    const codes = () => groupI.getByTestId("criterion").evaluateAll((rows) => rows.map((row) => row.dataset.code));
    expect(await codes()).toEqual(["I.1", "I.2", "I.3"]);

    await groupI.getByRole("button", { name: "Thêm tiêu chí" }).click();
    const added = groupI.locator('[data-testid="criterion"][data-code="I.4"]');
    expect(await added.getByTestId("row-problems").textContent()).toContain("Tiêu chí I.4 chưa có tên.");
    await page.getByLabel("Tên tiêu chí I.4").fill("Số buổi tuyên truyền trên mạng xã hội");
    await page.getByLabel("Điểm tối đa I.4", { exact: true }).fill("2");
    expect(await added.getByTestId("row-problems").count()).toBe(0);
    expect(await contentTotal(page).textContent()).toMatch(/92 \/ 90.*vượt 2/);
    await groupI.getByRole("button", { name: "Chuyển I.4 lên" }).click();
    expect(await codes()).toEqual(["I.1", "I.2", "I.4", "I.3"]);

    await groupI.locator('[data-code="I.2"]').getByRole("button", { name: "Chi tiết" }).click();
    const drawer = page.locator(".n-drawer");
    await drawer.getByText("Chi tiết tiêu chí I.2").waitFor();
    expect(await drawer.getByLabel("Từ 1", { exact: true }).inputValue()).toBe("100");
    expect(await drawer.getByLabel("Điểm 1", { exact: true }).inputValue()).toBe("4");
    await screenshot(page, "setup-criterion-details");
    await drawer.getByLabel("close").click();

    await groupI.getByRole("button", { name: "Xóa I.4" }).click();
    expect(await codes()).toEqual(["I.1", "I.2", "I.3"]);
    expect(await contentTotal(page).textContent()).toContain("90 / 90");
    expect(await page.getByTestId("unsaved").count()).toBe(0);

    // Closing the tab with unsaved edits makes the browser ask too.
    await page.getByLabel("Điểm tối đa II.1", { exact: true }).fill("9");
    await page.getByTestId("unsaved").waitFor();
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe("beforeunload");
  });

  it("enters a unit's target the Vietnamese way and reads it back after a reload", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(`${setupPath}?year=2026&tab=targets`);
    const cell = page.getByLabel("Chỉ tiêu II.2 của Huyện Bát Xát");
    await cell.waitFor();
    await cell.fill("127.600");
    await page.getByTestId("unsaved").waitFor();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu 1 chỉ tiêu.").waitFor();
    await screenshot(page, "setup-targets");

    await page.reload();
    await page.getByLabel("Chỉ tiêu II.2 của Huyện Bát Xát").waitFor();
    expect(await page.getByLabel("Chỉ tiêu II.2 của Huyện Bát Xát").inputValue()).toBe("127.600");
  });

  it("shows the server's refusal in the user's language, Vietnamese or English", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(`${setupPath}?year=2025&tab=members`);
    await page.getByText("Thành viên năm 2025").waitFor();
    await page.getByRole("button", { name: "Xóa Huyện Bát Xát" }).click();
    expect(await page.getByTestId("members-table").locator("tbody tr").count()).toBe(8);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    const problem = page.getByTestId("members-problem");
    await problem.waitFor();
    expect(await problem.textContent()).toContain(
      "Không bỏ được Huyện Bát Xát khỏi khối: đơn vị đã có kết quả chấm điểm năm 2025.",
    );

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Set-up of 2025" }).waitFor();
    expect(await tab(page, "members").textContent()).toContain("Unsaved");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await problem
      .getByText("Huyện Bát Xát cannot be removed from the bloc: it already has results for 2025.")
      .waitFor();
    await screenshot(page, "setup-members-refused-en");
  });

  it("fits a phone: each tab without the page scrolling sideways", async () => {
    const page = await e2e.open({ viewport: PHONE });
    await e2e.signIn(page, "dieuphoi.laocai");
    const ready = { members: "members-table", criteria: "content-total", targets: "targets-table" };
    for (const [name, testId] of Object.entries(ready)) {
      await page.goto(`${setupPath}?year=2026&tab=${name}`);
      await page.getByTestId(testId).waitFor();
      await screenshot(page, `setup-${name}-phone`);
      await firstScreen(page, `setup-${name}-phone-first-screen`);
      if (name === "criteria") {
        await page.getByTestId("criteria-group").first().scrollIntoViewIfNeeded();
        await firstScreen(page, "setup-criteria-phone-group");
      }
      // The page's own content; tables scroll inside their own box.
      const overflow = await page.evaluate(() => {
        const main = document.querySelector("main.page") as HTMLElement;
        return main.scrollWidth - main.clientWidth;
      });
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
  });

  it("lets a provincial leader read the set-up but change nothing", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "lanhdao.laocai");
    await page.goto(`${setupPath}?year=2026&tab=members`);
    await page.getByTestId("read-only").waitFor();
    expect(await memberRow(page, "Thành phố Lào Cai").textContent()).toContain("Khối trưởng");
    expect(await page.getByRole("button", { name: "Lưu", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Bắt đầu năm/ }).count()).toBe(0);
    await screenshot(page, "setup-leader");

    await tab(page, "criteria").click();
    await page.waitForURL(/tab=criteria/);
    const max = page.getByLabel("Điểm tối đa I.1", { exact: true });
    await max.waitFor();
    expect(await max.isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Thêm tiêu chí" }).count()).toBe(0);
  });

  it("shows the API's refusal to a coordinator of another province", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.backan");
    await page.goto(setupPath);
    const alert = page.getByRole("alert");
    await alert.getByText("Bạn không có quyền thực hiện thao tác này.").waitFor();
    expect(await alert.textContent()).toContain("Bạn không có quyền thực hiện thao tác này.");
    expect(await page.getByRole("button", { name: "Lưu", exact: true }).count()).toBe(0);
  });
});
