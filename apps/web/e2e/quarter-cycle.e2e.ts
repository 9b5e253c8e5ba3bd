import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2eSession, type E2eSession } from "./session";
import { DESKTOP, screenshotBoth } from "./shots";

/**
 * Quarter III/2025 of Lào Cai's district bloc from deadline to publication: Bát Xát submits late,
 * the coordinator returns its sheet with remarks, Bát Xát corrects and resubmits, the coordinator
 * verifies, is refused locking quarter IV before III, locks III (anyway, with a reason), publishes,
 * and reopens with a reason that the quarter's history then shows.
 */

let e2e: E2eSession;
let blocId = "";

beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** A page signed in as the account, opened inside the step so its console errors fail that step. */
async function signedIn(username: string): Promise<Page> {
  const page = await e2e.open({ viewport: DESKTOP });
  await e2e.signIn(page, username);
  return page;
}

const panel = (quarter: number) => `/blocs/${blocId}/completeness?year=2025&quarter=${quarter}`;
const sheet = () => `/blocs/${blocId}/scores?year=2025&quarter=3`;
const batxatRow = (page: Page) => page.getByTestId("completeness-row").filter({ hasText: "Huyện Bát Xát" });

async function openPanel(page: Page, quarter: number) {
  await page.goto(panel(quarter));
  await page.getByTestId("completeness-table").waitFor();
}

async function openUnitSheet(): Promise<Page> {
  const unit = await signedIn("donvi.batxat");
  await unit.goto(sheet());
  await unit.getByTestId("unit-sheet-status").waitFor();
  return unit;
}

/** Answers the status dialog with its action button, the reason typed first when given. */
async function confirmStatus(page: Page, button: string, reason?: string) {
  const dialog = page.getByTestId("status-dialog");
  if (reason !== undefined) await dialog.getByTestId("status-reason").locator("textarea").fill(reason);
  await dialog.getByRole("button", { name: button, exact: true }).click();
}

describe("journey: a quarter from deadline to publication", () => {
  it("the coordinator sets a deadline that has passed on the panel", async () => {
    const coordinator = await signedIn("dieuphoi.laocai");
    await coordinator.goto("/blocs");
    const card = coordinator.locator(".n-card", { hasText: "LCI-HUYEN" });
    const href = await card.getByRole("link", { name: "Nhập điểm" }).getAttribute("href");
    blocId = href!.split("/")[2]!;
    await openPanel(coordinator, 3);
    await coordinator.getByRole("heading", { name: "Tình trạng nộp và thẩm định · Quý III/2025" }).waitFor();
    const input = coordinator.getByTestId("deadline-input").locator("input");
    await input.fill("15/10/2025");
    await input.press("Enter");
    await coordinator.getByTestId("deadline-save").click();
    await coordinator.getByText("Đã đặt hạn nộp Quý III/2025.").waitFor();
    await coordinator.getByTestId("quarter-event").filter({ hasText: "hạn nộp 15/10/2025" }).waitFor();
    expect(await coordinator.getByTestId("count-submitted").innerText()).toBe("0/9");
  });

  it("the unit is refused while figures are missing, then fills its sheet and submits late", async () => {
    const unit = await openUnitSheet();
    expect(await unit.getByTestId("sheet-state").innerText()).toBe("Đang nhập");
    expect(await unit.getByTestId("sheet-deadline").innerText()).toBe("Đã quá hạn nộp 15/10/2025");
    await unit.getByTestId("sheet-submit").click();
    await unit.locator(".n-dialog").getByRole("button", { name: "Nộp bảng tự chấm" }).click();
    await unit
      .getByTestId("sheet-problem")
      .getByText(/^Chưa nộp được: 22 tiêu chí còn thiếu \(I\.1: chưa có số liệu;/)
      .waitFor();

    // Every due figure at once, pasted down the unit's column as from Excel.
    await unit.locator('[data-testid="score-sheet"] input[data-row="0"][data-col="0"]').click();
    await unit.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", Array.from({ length: 26 }, () => "1").join("\n"));
      document.activeElement?.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await unit.getByTestId("save").click();
    await unit.getByText(/Đã lưu \d+ ô/).waitFor();

    await unit.getByTestId("sheet-submit").click();
    const confirm = unit.locator(".n-dialog");
    await confirm.getByText("Đã quá hạn nộp: bảng sẽ được ghi là nộp trễ hạn.", { exact: false }).waitFor();
    await confirm.getByRole("button", { name: "Nộp bảng tự chấm" }).click();
    await unit.getByText("Đã nộp bảng tự chấm Quý III/2025.").waitFor();
    await unit.getByTestId("sheet-late").waitFor();
    await unit.getByTestId("sheet-state").getByText("Đã nộp").waitFor();
    expect(await unit.getByTestId("sheet-submit").count()).toBe(0);
    expect(await unit.getByTestId("save").count()).toBe(0);
    await screenshotBoth(unit, "cycle-unit-submitted");
  });

  it("the coordinator sees it late on the panel and returns it with remarks", async () => {
    const coordinator = await signedIn("dieuphoi.laocai");
    await openPanel(coordinator, 3);
    const row = batxatRow(coordinator);
    await row.getByText("Nộp trễ hạn").waitFor();
    expect(await row.getByTestId("sheet-state").innerText()).toBe("Đã nộp");
    expect(await coordinator.getByTestId("count-submitted").innerText()).toBe("1/9");
    expect(await coordinator.getByTestId("count-late").innerText()).toBe("1");
    await screenshotBoth(coordinator, "cycle-panel-submitted");

    await row.getByTestId("return").click();
    const dialog = coordinator.getByTestId("return-dialog");
    await dialog.getByTestId("return-confirm").click();
    await dialog.getByText("Hãy ghi nhận xét để đơn vị biết cần sửa gì.").waitFor();
    await dialog
      .getByTestId("return-remarks")
      .locator("textarea")
      .fill("Tiêu chí I.1: số buổi tuyên truyền chưa khớp báo cáo, đề nghị sửa.");
    await screenshotBoth(coordinator, "cycle-return-dialog");
    await dialog.getByTestId("return-confirm").click();
    await coordinator.getByText("Đã trả lại bảng của Huyện Bát Xát.").waitFor();
    await row.getByText("Bị trả lại").waitFor();
  });

  it("the unit reads the remarks, corrects the figure and submits again", async () => {
    const unit = await openUnitSheet();
    await unit
      .getByTestId("sheet-remarks")
      .getByText("Tiêu chí I.1: số buổi tuyên truyền chưa khớp báo cáo, đề nghị sửa.")
      .waitFor();
    await screenshotBoth(unit, "cycle-unit-returned");
    const first = unit.locator('[data-testid="score-sheet"] input[data-row="0"][data-col="0"]');
    await first.click();
    await first.fill("3");
    await first.press("Enter");
    await unit.getByTestId("save").click();
    await unit.getByText(/Đã lưu 1 ô/).waitFor();
    await unit.getByTestId("sheet-submit").click();
    await unit.locator(".n-dialog").getByRole("button", { name: "Nộp bảng tự chấm" }).click();
    await unit.getByText("Đã nộp bảng tự chấm Quý III/2025.").waitFor();
    await unit.getByTestId("sheet-state").getByText("Đã nộp").waitFor();
  });

  it("the coordinator enters the verified figures and verifies the unit", async () => {
    const coordinator = await signedIn("dieuphoi.laocai");
    await coordinator.goto(sheet());
    await coordinator.locator('[data-testid="score-sheet"] input').first().waitFor();
    await coordinator.getByRole("button", { name: "Chép tự chấm sang thẩm định", exact: true }).click();
    await coordinator.locator(".n-dialog").getByRole("button", { name: "Chép tự chấm sang thẩm định" }).click();
    await coordinator.getByTestId("save").click();
    await coordinator.getByText(/Đã lưu \d+ ô/).waitFor();

    await openPanel(coordinator, 3);
    const row = batxatRow(coordinator);
    await row.getByTestId("verify").click();
    await coordinator.locator(".n-dialog").getByRole("button", { name: "Xác nhận đã thẩm định" }).click();
    await coordinator.getByText("Đã xác nhận thẩm định Huyện Bát Xát.").waitFor();
    await row.getByText("Đã thẩm định").waitFor();
    await coordinator.getByTestId("count-verified").getByText("1/9").waitFor();
  });

  it("locking quarter IV is refused while quarter III is open", async () => {
    const coordinator = await signedIn("dieuphoi.laocai");
    await openPanel(coordinator, 4);
    await coordinator.getByTestId("status-LOCKED").click();
    await screenshotBoth(coordinator, "cycle-lock-dialog");
    await confirmStatus(coordinator, "Khóa sổ", "Khóa sổ cuối năm");
    await coordinator
      .getByTestId("status-problem")
      .getByText("Chưa khóa sổ được quý IV/2025: quý III/2025 chưa khóa sổ. Hãy khóa sổ các quý theo thứ tự.")
      .waitFor();
    await coordinator.getByTestId("status-dialog").getByRole("button", { name: "Hủy" }).click();
  });

  it("locks quarter III, with a reason since eight units are not verified, and publishes it", async () => {
    const coordinator = await signedIn("dieuphoi.laocai");
    await openPanel(coordinator, 3);
    await coordinator.getByTestId("status-LOCKED").click();
    await confirmStatus(coordinator, "Khóa sổ");
    await coordinator
      .getByTestId("status-problem")
      .getByText(/^Còn 8 đơn vị chưa thẩm định xong/)
      .waitFor();
    await confirmStatus(coordinator, "Khóa sổ", "Giao ban quý III ngày 20/10; các đơn vị còn lại thẩm định bổ sung.");
    await coordinator.getByText("Quý III/2025: Đã khóa.").waitFor();
    await coordinator.getByTestId("status-PUBLISHED").click();
    await confirmStatus(coordinator, "Công bố");
    await coordinator.getByText("Quý III/2025: Đã công bố.").waitFor();
  });

  it("reopening asks for the reason, which the quarter's history then shows", async () => {
    const coordinator = await signedIn("dieuphoi.laocai");
    await openPanel(coordinator, 3);
    await coordinator.getByTestId("status-OPEN").click();
    await confirmStatus(coordinator, "Mở lại");
    await coordinator.getByTestId("status-dialog").getByText("Hãy ghi lý do mở lại.").waitFor();
    await confirmStatus(coordinator, "Mở lại", "Huyện Bảo Thắng báo cáo sai số liệu tiêu chí II.1");
    await coordinator.getByText("Quý III/2025: Đang nhập.").waitFor();
    const events = coordinator.getByTestId("quarter-event");
    await events.first().getByText("Lý do: Huyện Bảo Thắng báo cáo sai số liệu tiêu chí II.1").waitFor();
    // Newest first; who and when on each, the reasons as written.
    const texts = (await events.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
    expect(texts).toEqual([
      expect.stringMatching(
        /^Mở lại \d\d\/\d\d\/\d{4} \d\d:\d\d · Ban Thi đua - Khen thưởng tỉnh Lào Cai Lý do: Huyện Bảo Thắng báo cáo sai số liệu tiêu chí II\.1$/,
      ),
      expect.stringMatching(/^Công bố \d\d\/\d\d\/\d{4} \d\d:\d\d · Ban Thi đua - Khen thưởng tỉnh Lào Cai$/),
      expect.stringMatching(
        /^Khóa sổ · 8 đơn vị chưa thẩm định .* Lý do: Giao ban quý III ngày 20\/10; các đơn vị còn lại thẩm định bổ sung\.$/,
      ),
      expect.stringMatching(/^Đặt hạn nộp · hạn nộp 15\/10\/2025 /),
    ]);
    await screenshotBoth(coordinator, "cycle-panel-history");
  });

  it("the province overview shows each bloc's submissions, and the bloc page leads to the panel", async () => {
    const leader = await signedIn("lanhdao.laocai");
    await leader.goto("/province?year=2025&quarter=3");
    const card = leader.getByTestId("bloc-overview").filter({ hasText: "Khối thi đua các huyện" });
    await card.getByTestId("bloc-completeness").getByText("Đã nộp 1/9 · đã thẩm định 1/9 · 1 nộp trễ").waitFor();
    await screenshotBoth(leader, "cycle-province");
    await leader.goto(`/blocs/${blocId}?year=2025&quarter=3`);
    await leader.getByRole("link", { name: "Tình trạng nộp" }).click();
    await leader.getByTestId("completeness-table").waitFor();
    expect(await leader.getByTestId("verify").count()).toBe(0);
    await screenshotBoth(leader, "cycle-panel-leader");
  });
});
