import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2eSession, type E2eSession } from "./session";
import { DESKTOP, screenshotBoth } from "./shots";
import { pdfOf } from "@thidua/api/testing";

const HUYEN = "Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai";

let e2e: E2eSession;
/** The bloc's score sheet address, as the unit reached it from its home page. */
let sheetPath = "";

beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

const drawer = (page: Page) => page.locator(".n-drawer");

async function openEvidence(page: Page, code: string) {
  await page.getByTestId(`evidence-${code}`).click();
  await drawer(page).getByText(`Tiêu chí ${code}`).first().waitFor();
}

async function closeDrawer(page: Page) {
  await drawer(page).getByLabel("close").click();
  await drawer(page).waitFor({ state: "detached" });
}

describe("journey: evidence on a unit's self-assessment", () => {
  it("a coordinator marks criterion II.1 as needing evidence", async () => {
    const page = await e2e.open({ viewport: DESKTOP });
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto("/blocs");
    await page.locator(".bloc-card", { hasText: HUYEN }).getByRole("link", { name: "Thiết lập năm" }).click();
    await page.waitForURL(/\/blocs\/[^/]+\/setup/);
    await page.goto(`${new URL(page.url()).pathname}?year=2025&tab=criteria`);
    const groupII = page.locator('[data-testid="criteria-group"][data-code="II"]');
    await groupII.locator('[data-code="II.1"]').getByRole("button", { name: "Chi tiết" }).click();
    await drawer(page).getByText("Chi tiết tiêu chí II.1").waitFor();
    await drawer(page).getByText("Bắt buộc có tài liệu kiểm chứng").click();
    await drawer(page).getByLabel("close").click();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu bộ tiêu chí năm 2025.").waitFor();
  });

  it("the unit fills a figure, attaches a PDF, adds a link and explains the missing evidence", async () => {
    const page = await e2e.open({ viewport: DESKTOP });
    await e2e.signIn(page, "donvi.batxat");
    await page.getByTestId("self-assessment").click();
    await page.waitForURL(/\/blocs\/[^/]+\/scores\?year=2025&quarter=3/);
    sheetPath = new URL(page.url()).pathname + new URL(page.url()).search;

    // A figure near the unit's earlier quarters (no plausibility warning to confirm).
    const fund = page.getByLabel("Huyện Bát Xát, tiêu chí II.1, Tự chấm");
    await fund.click();
    await page.keyboard.type("700");
    await page.keyboard.press("Enter");
    await page.getByTestId("save").click();
    await page.locator('[data-testid="save"][disabled]').waitFor();

    await openEvidence(page, "I.1");
    await drawer(page).getByText("Chưa có tài liệu nào.").waitFor();
    await drawer(page)
      .getByTestId("evidence-file")
      .setInputFiles({
        name: "Báo cáo quỹ vì người nghèo quý III.pdf",
        mimeType: "application/pdf",
        buffer: pdfOf("Bao cao quy III - Bat Xat"),
      });
    await page.getByText("Đã tải lên “Báo cáo quỹ vì người nghèo quý III.pdf”.").waitFor();
    await drawer(page)
      .getByTestId("evidence-link")
      .locator("input")
      .fill("https://laocai.gov.vn/quyet-dinh-15-2025.pdf");
    await drawer(page).getByRole("button", { name: "Thêm đường dẫn" }).click();
    await page.getByText("Đã thêm đường dẫn.").waitFor();
    expect(await drawer(page).getByTestId("evidence-item").count()).toBe(2);
    const file = drawer(page).getByRole("link", { name: "Báo cáo quỹ vì người nghèo quý III.pdf" });
    expect(await file.getAttribute("target")).toBe("_blank");
    await drawer(page).getByTestId("evidence-note").locator("textarea").fill("Số liệu theo báo cáo của Ban vận động.");
    await drawer(page).getByTestId("evidence-save-texts").click();
    await page.getByText("Đã lưu ghi chú và giải trình.").waitFor();
    await screenshotBoth(page, "evidence-unit-files");
    await closeDrawer(page);
    expect(await page.getByTestId("evidence-I.1").innerText()).toContain("2");

    // II.1 (funds for the poor) now needs evidence: the figure alone leaves it flagged until the unit explains it.
    await page.getByTestId("evidence-II.1").locator(".flag").waitFor();
    await openEvidence(page, "II.1");
    await drawer(page).getByTestId("evidence-missing").waitFor();
    await drawer(page)
      .getByTestId("evidence-explanation")
      .locator("textarea")
      .fill("Kế hoạch ban hành ngày 05/07/2025; bản có dấu sẽ nộp kèm báo cáo năm.");
    await drawer(page).getByTestId("evidence-save-texts").click();
    await drawer(page).getByText("Không có minh chứng, đơn vị đã giải trình.").waitFor();
    await screenshotBoth(page, "evidence-unit-explanation");
    await closeDrawer(page);
    expect(await page.getByTestId("evidence-II.1").locator(".flag").count()).toBe(0);
    await screenshotBoth(page, "evidence-unit-sheet");

    // After a reload the explanation and files are still there.
    await page.reload();
    await openEvidence(page, "II.1");
    expect(await drawer(page).getByTestId("evidence-explanation").locator("textarea").inputValue()).toContain(
      "Kế hoạch ban hành ngày 05/07/2025",
    );
  });

  it("the coordinator opens that evidence in place", async () => {
    const page = await e2e.open({ viewport: DESKTOP });
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(sheetPath);
    await page.getByLabel("Huyện Bát Xát, tiêu chí I.1, Tự chấm").click();
    await openEvidence(page, "I.1");
    expect(await drawer(page).getByTestId("evidence-unit").innerText()).toContain("Huyện Bát Xát");
    expect(await drawer(page).getByTestId("evidence-note").locator("textarea").inputValue()).toBe(
      "Số liệu theo báo cáo của Ban vận động.",
    );
    const [viewer] = await Promise.all([
      page.context().waitForEvent("page"),
      drawer(page).getByRole("link", { name: "Báo cáo quỹ vì người nghèo quý III.pdf" }).click(),
    ]);
    await viewer.waitForURL(/\/evidence\/[^/]+$/);
    const response = await page.request.get(viewer.url());
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^inline;/);
    await screenshotBoth(page, "evidence-coordinator");
  });
});
