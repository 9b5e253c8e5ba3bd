import { writeFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { downloadFrom, pdfPages, pdfText, workbookAt } from "./files";
import { startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

const HEAVY = 120_000;

async function blocAddress(page: Page, code: string) {
  await page.goto("/blocs");
  const href = await page.locator(".n-card", { hasText: code }).getByRole("link").first().getAttribute("href");
  return href ?? "";
}

describe("journey 6: files in and out", () => {
  it(
    "a leader downloads the ranking, the heat map and the briefing report of the quarter on screen",
    async () => {
      const page = await e2e.open();
      await e2e.signIn(page, "lanhdao.laocai");
      const bloc = await blocAddress(page, "LCI-HUYEN");
      await page.goto(`${bloc}?year=2025&quarter=2`);
      await page.getByTestId("ranking-table").waitFor();
      const menu = page.getByTestId("download-menu");
      await screenshot(page, "documents-bloc-page");

      const ranking = await downloadFrom(page, menu, "Bảng xếp hạng (Excel)");
      expect(ranking.name).toBe(
        "Bảng xếp hạng – Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai – Quý II-2025.xlsx",
      );
      const sheet = (await workbookAt(ranking.path)).worksheets[0]!;
      const onScreen = await page.getByTestId("ranking-table").locator("tbody tr").first().innerText();
      expect(onScreen).toContain(String(sheet.getCell("B5").value));
      expect(typeof sheet.getCell("C5").value).toBe("number");

      const csv = await downloadFrom(page, menu, "Điểm theo tiêu chí (CSV)");
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.bytes.toString("utf8")).toContain("Mã;Tiêu chí;Điểm tối đa;1. ");

      const briefing = await downloadFrom(page, menu, "Báo cáo giao ban quý (PDF)");
      expect(briefing.name).toMatch(/^Báo cáo giao ban – Quý II-2025 – Khối thi đua các huyện/);
      const text = pdfText(briefing.path);
      expect(text).toContain("BÁO CÁO KẾT QUẢ GIAO BAN QUÝ II/2025");
      expect(text).toContain(String(sheet.getCell("B5").value));
      expect(pdfPages(briefing.bytes, "briefing")).toBeGreaterThanOrEqual(2);
    },
    HEAVY,
  );

  it(
    "prints the bloc page without the app bar and controls, with every unit of the heat map on the page",
    async () => {
      const page = await e2e.open({ viewport: { width: 1123, height: 794 } });
      await e2e.signIn(page, "lanhdao.laocai");
      const bloc = await blocAddress(page, "LCI-HUYEN");
      await page.goto(`${bloc}?year=2025&quarter=2`);
      await page.getByTestId("heat-map").waitFor();
      await page.locator("canvas").first().waitFor();
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".bar").isVisible()).toBe(false);
      expect(await page.getByTestId("download-menu").isVisible()).toBe(false);
      expect(await page.locator(".print-period").innerText()).toBe("Quý II/2025 · Lũy kế từ đầu năm · Điểm thẩm định");
      // The heat map's last unit column ends inside the page.
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const right = await page.getByTestId("heat-map").evaluate((table) => table.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(width);
      await screenshot(page, "print-bloc-page");
      const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
      const pages = pdfPages(pdf, "print-bloc");
      expect(pages).toBeLessThanOrEqual(4);
      await page.emulateMedia({ media: "screen" });
    },
    HEAVY,
  );

  it(
    "a leader downloads the province's briefing and a member unit its own trend and self-assessment report",
    async () => {
      const page = await e2e.open();
      await e2e.signIn(page, "lanhdao.laocai");
      await page.goto("/province?year=2025&quarter=2");
      await page.locator(".bloc-grid li").first().waitFor();
      await screenshot(page, "documents-province-page");
      const report = await downloadFrom(page, page.getByTestId("download-menu"), "Báo cáo giao ban toàn tỉnh (PDF)");
      expect(pdfText(report.path)).toContain("CÁC KHỐI, CỤM THI ĐUA TỈNH LÀO CAI");
      pdfPages(report.bytes, "province-briefing");

      const unit = await e2e.open();
      await e2e.signIn(unit, "donvi.batxat");
      await unit.getByTestId("download-menu").waitFor();
      const trend = await downloadFrom(unit, unit.getByTestId("download-menu"), "Diễn biến điểm (Excel)");
      const sheet = (await workbookAt(trend.path)).worksheets[0]!;
      expect(sheet.getCell("A1").value).toBe("Diễn biến tổng điểm và thứ hạng · Huyện Bát Xát");

      // Its self-assessment report of the quarter on screen, to sign and file (issue 11, item 5).
      const selfReport = await downloadFrom(unit, unit.getByTestId("download-menu"), "Báo cáo tự chấm điểm quý (PDF)");
      const reportText = pdfText(selfReport.path).replace(/\s+/g, " ");
      expect(reportText).toMatch(/Tự chấm điểm thi đua quý [IV]+ năm 20\d\d/);
      expect(reportText).toContain("Huyện Bát Xát");
      expect(reportText).toContain("THỦ TRƯỞNG ĐƠN VỊ");
      pdfPages(selfReport.bytes, "self-assessment");
    },
    HEAVY,
  );

  it(
    "a coordinator downloads the quarter's template, fills it offline, uploads it, sees the preview and saves it",
    async () => {
      const page = await e2e.open();
      await e2e.signIn(page, "dieuphoi.laocai");
      const bloc = await blocAddress(page, "LCI-HUYEN");
      await page.goto(`${bloc}/scores?year=2025&quarter=3`);
      await page.getByTestId("score-sheet").waitFor();
      const template = await downloadFrom(page, page.getByTestId("download-menu"), "Mẫu nhập số liệu quý (Excel)");
      expect(template.name).toBe(
        "Mẫu nhập số liệu – Quý III-2025 – Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai.xlsx",
      );

      const workbook = await workbookAt(template.path);
      const sheet = workbook.worksheets[0]!;
      // Row 7 is the first criterion; the first unit's "Thẩm định" column is the last of its group.
      let verified = 0;
      for (let column = 7; column <= sheet.columnCount && !verified; column++) {
        if (sheet.getCell(6, column).value === "Thẩm định") verified = column;
      }
      const unitName = String(sheet.getCell(5, verified).value);
      let row = 7;
      while (sheet.getCell(row, 6).value === "Chỉ nhập ở quý IV" || sheet.getCell(row, 6).value === "Có = 1, Không = 0")
        row++;
      // A whole number: the first criterion may be a count, which refuses fractions.
      sheet.getCell(row, verified).value = "3";
      sheet.getCell(row + 1, verified).value = "127.600";
      writeFileSync(template.path, Buffer.from(await workbook.xlsx.writeBuffer()));

      await page.getByTestId("import-open").click();
      await page.getByTestId("import-file").setInputFiles(template.path);
      await page.getByTestId("import-summary").waitFor();
      expect(await page.getByTestId("import-summary").innerText()).toMatch(/1 ô bị từ chối/);
      expect(await page.getByTestId("import-preview").innerText()).toContain("“127.600” có thể là 127.600 hoặc 127,6");
      expect(await page.getByTestId("import-apply").isDisabled()).toBe(true);
      await screenshot(page, "documents-import-preview");

      sheet.getCell(row + 1, verified).value = null;
      writeFileSync(template.path, Buffer.from(await workbook.xlsx.writeBuffer()));
      await page.getByTestId("import-file").setInputFiles(template.path);
      await page.getByText(/0 ô bị từ chối/).waitFor();
      await page.getByTestId("import-apply").click();
      await page.getByText(/Đã ghi \d+ ô từ tệp/).waitFor();
      await page.getByTestId("import-dialog").waitFor({ state: "hidden" });
      const criterion = String(sheet.getCell(row, 1).value);
      const grid = await page.evaluate(
        async ({ blocId }) => {
          const response = await fetch(`/files/ranking.csv?bloc=${blocId}&year=2025&quarter=3`);
          return response.status;
        },
        { blocId: bloc.split("/").pop() },
      );
      expect(grid).toBe(200);
      expect(criterion).toMatch(/^[IVX]+\.\d+$/);
      expect(unitName).toBeTruthy();
    },
    HEAVY,
  );

  it(
    "a coordinator records the year-end deliberation and downloads the minutes and the proposal",
    async () => {
      const page = await e2e.open();
      await e2e.signIn(page, "dieuphoi.laocai");
      const bloc = await blocAddress(page, "LCI-HUYEN");
      await page.goto(`${bloc}?year=2024&quarter=4`);
      await page.getByTestId("awards-link").click();
      await page.getByTestId("nominees").waitFor();
      const fill = async (field: string, value: string) =>
        page.getByTestId(`field-${field}`).locator("input, textarea").first().fill(value);
      await fill("location", "Hội trường Ủy ban MTTQ huyện Bảo Thắng");
      await fill("chairName", "Nguyễn Văn Hùng");
      await fill("chairPosition", "Chủ tịch Ủy ban MTTQ huyện Bảo Thắng, Khối trưởng");
      await fill("secretaryName", "Lò Thị Mai");
      await fill("secretaryPosition", "Chuyên viên");
      await fill("attendees", "Đại diện lãnh đạo 9 đơn vị thành viên khối.");
      await fill("minutesNumber", "05/BB-KTĐ");
      await fill("proposalNumber", "12/TTr-KTĐ");
      await fill("signerName", "Nguyễn Văn Hùng");
      for (const input of await page.getByTestId("votes-votesFor").locator("input").all()) await input.fill("9");
      await screenshot(page, "documents-dossier-page");
      await page.getByTestId("dossier-save").click();
      await page.getByText("Đã ghi kết quả bình xét.").waitFor();

      const menu = page.getByTestId("download-menu");
      const minutes = await downloadFrom(page, menu, "Biên bản bình xét (Word)");
      expect(minutes.name).toBe(
        "Biên bản bình xét, suy tôn – Năm 2024 – Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai.docx",
      );
      const xml = (await (await JSZip.loadAsync(minutes.bytes)).file("word/document.xml")?.async("string")) ?? "";
      expect(xml).toContain("Times New Roman");
      expect(xml).toContain("Số: 05/BB-KTĐ");
      expect(xml).toContain("Lò Thị Mai");
      const proposal = await downloadFrom(page, menu, "Tờ trình khen thưởng (PDF)");
      const text = pdfText(proposal.path);
      expect(text).toContain("TỜ TRÌNH");
      expect(text).toContain("Số: 12/TTr-KTĐ");
      pdfPages(proposal.bytes, "award-proposal");
      const minutesPdf = await downloadFrom(page, menu, "Biên bản bình xét (PDF)");
      pdfPages(minutesPdf.bytes, "award-minutes");
    },
    HEAVY,
  );

  it(
    "a coordinator sets the year's award rules in the year set-up, and the deliberation proposes by them",
    async () => {
      const page = await e2e.open({ viewport: { width: 1366, height: 900 } });
      await e2e.signIn(page, "dieuphoi.laocai");
      const bloc = await blocAddress(page, "LCI-HUYEN");
      await page.goto(`${bloc}/setup?year=2025&tab=awards`);
      await page.getByTestId("award-rules").waitFor();
      expect(await page.getByTestId("award-rule-0").locator("input").first().inputValue()).toBe(
        "Cờ thi đua của Ủy ban nhân dân tỉnh",
      );
      await page.getByTestId("award-rule-1").getByTestId("award-count").locator("input").fill("3");
      await page.getByTestId("award-rules-save").click();
      await page.getByText("Đã lưu quy định khen thưởng.").waitFor();
      await screenshot(page, "documents-award-rules");

      await page.goto(`${bloc}/awards?year=2025`);
      await page.getByTestId("nominees").waitFor();
      expect(await page.getByTestId("not-final").innerText()).toContain("Quý IV/2025 chưa khóa");
      expect(await page.locator(".rules").innerText()).toContain(
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: tối đa 3 đơn vị",
      );
      expect(await page.getByTestId("dossier-save").isDisabled()).toBe(true);

      const phone = await e2e.open({ viewport: { width: 390, height: 844 } });
      await e2e.signIn(phone, "dieuphoi.laocai");
      await phone.goto(`${bloc}/awards?year=2024`);
      await phone.getByTestId("nominees").waitFor();
      await screenshot(phone, "documents-dossier-phone");
      await phone.goto(`${bloc}?year=2025&quarter=2`);
      await phone.getByTestId("download-menu").waitFor();
      await screenshot(phone, "documents-bloc-phone");
    },
    HEAVY,
  );
});
