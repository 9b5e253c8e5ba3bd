import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2eSession, type E2eSession } from "./session";
import { fileURLToPath } from "node:url";
import { DESKTOP, PHONE, screenshotBoth } from "./shots";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** The organisations' bloc of Lào Cai: quarters I–III of 2025 published, IV open. */
async function blocPath(page: Page): Promise<string> {
  await page.goto("/blocs");
  const href = await page
    .locator(".n-card", { hasText: "LCI-DOANTHE" })
    .getByRole("link", { name: "Nhập điểm" })
    .getAttribute("href");
  return (href ?? "").replace(/\/scores$/, "");
}

/** Reopens quarters of 2025 through the API, each with its reason, as the signed-in coordinator. */
async function reopen(page: Page, blocId: string, quarters: number[]) {
  for (const quarter of quarters) {
    const status = await page.evaluate(
      async (input) => {
        const response = await fetch("/trpc/periods.setStatus", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: input }),
        });
        return response.status;
      },
      { blocId, year: 2025, quarter, status: "OPEN", reason: "Điều chỉnh mức xếp loại theo nghị quyết của khối" },
    );
    expect(status, `reopening quarter ${quarter}`).toBe(200);
  }
}

/** In the default view each unit has two input columns: 2u is its self-assessment, 2u + 1 its verified figure. */
const cell = (page: Page, row: number, col: number) =>
  page.locator(`[data-testid="score-sheet"] input[data-row="${row}"][data-col="${col}"]`);

describe("journey: an unusual figure is confirmed with a note before it is saved", () => {
  it("lists a likely tỷ/triệu slip, refuses to save it unanswered, saves it explained, and shows it to the verifier", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    const bloc = await blocPath(page);
    await page.goto(`${bloc}/scores?year=2025&quarter=4`);
    // Row 3 is II.1, the poor fund in triệu đồng; 0,5 is what a unit typing tỷ would enter.
    await cell(page, 3, 1).click();
    await page.keyboard.type("0,5");
    await page.keyboard.press("Enter");
    const warning = page.getByTestId("figure-warning");
    await warning.first().waitFor();
    expect(await warning.count()).toBe(1);
    const text = await warning.innerText();
    expect(text).toContain("II.1 (Thẩm định): 0,5");
    expect(text).toContain("so với các quý trước của đơn vị");

    // Saving with the warning unanswered is stopped on the page; nothing is sent.
    await page.getByTestId("save").click();
    await page.getByText("1 số liệu bất thường chưa được xác nhận hoặc giải thích").waitFor();
    expect(await page.getByTestId("unsaved-count").innerText()).toBe("1 ô chưa lưu");

    await page
      .getByTestId("figure-warning-note")
      .locator("textarea, input")
      .first()
      .fill("Quỹ quý IV chỉ một đợt vận động nhỏ");
    await screenshotBoth(page, "scores-figure-warning");
    await page.getByTestId("save").click();
    await page.getByText(/Đã lưu \d+ ô/).waitFor();
    expect(await page.getByTestId("unsaved-count").innerText()).toBe("Không có thay đổi chưa lưu");

    // Read again, the saved figure is listed for the verifier with its explanation.
    await page.reload();
    const stored = page.getByTestId("figure-warning-stored");
    await stored.first().waitFor();
    expect(await stored.first().innerText()).toContain("Ghi chú: Quỹ quý IV chỉ một đợt vận động nhỏ");
    expect(await page.getByTestId("figure-warning").count()).toBe(0);
  });

  it("refuses a fraction of a count as it is typed", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto(`${await blocPath(page)}/scores?year=2025&quarter=4`);
    // Row 5 is II.3, houses built (căn).
    await cell(page, 5, 1).click();
    await page.keyboard.type("2,5");
    const reasonId = await cell(page, 5, 1).getAttribute("aria-describedby");
    expect(await page.locator(`#${reasonId}`).textContent()).toBe("Tiêu chí đếm theo căn: phải là số nguyên");
    expect(await page.getByTestId("save").isDisabled()).toBe(true);
  });
});

describe("journey: a coordinator edits the classes and tie-breaks and renames the group a tie-break names", () => {
  it("changes a class, adds a tie-break, renames group II and saves; the tie-break follows the group", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    const bloc = await blocPath(page);
    // Published results stay put (issue 10, item 5): a new class boundary would move quarters I–III,
    // so they are reopened on record first, as a coordinator must.
    await reopen(page, bloc.split("/").pop()!, [3, 2, 1]);
    await page.goto(`${bloc}/setup?year=2025&tab=criteria`);
    const rules = page.getByTestId("ranking-rules");
    await rules.waitFor();
    expect(await rules.getByTestId("class-row").count()).toBe(4);
    expect(await rules.getByTestId("tie-break-row").count()).toBe(2);
    expect(await rules.getByTestId("tie-break-target").first().innerText()).toContain("II ");

    // "Khá" from 65 to 70 points.
    await rules.getByLabel("Từ (điểm) Khá").fill("70");
    await rules.getByTestId("add-tie-break").click();
    expect(await rules.getByTestId("tie-break-row").count()).toBe(3);

    // Group II becomes 2: the tie-break that named it follows.
    const groupII = page.locator('[data-testid="criteria-group"][data-code="II"]');
    await groupII.getByLabel("Mã nhóm").fill("2");
    expect(await rules.getByTestId("tie-break-target").first().innerText()).toContain("2 ");
    await screenshotBoth(page, "setup-ranking-rules");
    // The whole page is long: the card itself, close up, at both widths.
    for (const [width, viewport] of [
      ["1366", DESKTOP],
      ["390", PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      const path = fileURLToPath(new URL(`../screenshots/setup-ranking-rules-card-${width}.png`, import.meta.url));
      await rules.screenshot({ path });
    }
    await page.setViewportSize(DESKTOP);

    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu bộ tiêu chí năm 2025.").waitFor();
    expect(await page.getByTestId("criteria-server-problem").count()).toBe(0);

    await page.reload();
    await page.getByTestId("ranking-rules").waitFor();
    expect(await page.getByTestId("tie-break-target").first().innerText()).toContain("2 ");
    expect(await page.getByTestId("tie-break-row").count()).toBe(3);
    expect(await page.getByLabel("Từ (điểm) Khá").inputValue()).toBe("70");
    expect(await page.locator('[data-testid="criteria-group"][data-code="2"]').count()).toBe(1);
  });
});
