import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { confirmFigureWarnings } from "./figure-warnings";
import { startE2eSession, type E2eSession } from "./session";

let e2e: E2eSession;
beforeAll(async () => {
  e2e = await startE2eSession();
});
afterAll(() => e2e?.close());

/** The address of a bloc's score sheet for a quarter, found through the bloc list as a coordinator would. */
async function sheetAddress(page: Page, blocCode: string, year: number, quarter: number): Promise<string> {
  await page.goto("/blocs");
  const card = page.locator(".n-card", { hasText: blocCode });
  const href = await card.getByRole("link", { name: "Nhập điểm" }).getAttribute("href");
  return `${href}?year=${year}&quarter=${quarter}`;
}

async function openSheet(page: Page, address: string) {
  await page.goto(address);
  await cell(page, 0, 0).waitFor();
}

/** In the default view each unit has two input columns: 2u is its self-assessment, 2u + 1 its verified figure. */
const cell = (page: Page, row: number, col: number) =>
  page.locator(`[data-testid="score-sheet"] input[data-row="${row}"][data-col="${col}"]`);

const focused = (page: Page) =>
  page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement | null;
    return { row: Number(input?.dataset.row), col: Number(input?.dataset.col) };
  });

const unitTotal = (page: Page, index: number) => page.getByTestId("unit-total").nth(index).innerText();
const saveButton = (page: Page) => page.getByTestId("save");
const unsavedCount = (page: Page) => page.getByTestId("unsaved-count").innerText();

async function pasteText(page: Page, text: string) {
  await page.evaluate((tsv) => {
    const data = new DataTransfer();
    data.setData("text/plain", tsv);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(event);
  }, text);
}

async function save(page: Page) {
  await confirmFigureWarnings(page);
  await saveButton(page).click();
  await page.getByText(/Đã lưu \d+ ô/).waitFor();
}

let address = "";

describe("journey 3: a coordinator enters a quarter", () => {
  it("opens the earliest quarter still to enter from the bloc list", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await page.goto("/blocs");
    // Lào Cai's district bloc published quarters I and II of 2025; III and IV are open, III first.
    await page.locator(".n-card", { hasText: "LCI-HUYEN" }).getByRole("link", { name: "Nhập điểm" }).click();
    await page.waitForURL(/\/scores\?year=2025&quarter=3$/);
    await page.getByRole("heading", { level: 1, name: "Nhập điểm thi đua · Quý III/2025" }).waitFor();
    // The organisations' bloc published I to III: IV is the one being entered.
    await page.goto("/blocs");
    await page.locator(".n-card", { hasText: "LCI-DOANTHE" }).getByRole("link", { name: "Nhập điểm" }).click();
    await page.waitForURL(/\/scores\?year=2025&quarter=4$/);
  });

  it("types Vietnamese figures with the keyboard, sees points live, is stopped by an invalid one, pastes a block and saves", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    address = await sheetAddress(page, "LCI-HUYEN", 2025, 4);
    await openSheet(page, address);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Nhập điểm thi đua · Quý IV/2025");
    expect(await page.getByTestId("sheet-banner").count()).toBe(0);
    expect(await saveButton(page).isDisabled()).toBe(true);

    // Verified figure of the first unit for I.1 (sessions held, a count: whole numbers) then I.2 (people reached).
    const totalBefore = await unitTotal(page, 0);
    await cell(page, 0, 1).click();
    await page.keyboard.type("37");
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="unit-total"]')?.textContent?.trim() !== before.trim(),
      totalBefore,
    );
    const totalAfterFirst = await unitTotal(page, 0);
    expect(totalAfterFirst).not.toBe(totalBefore);
    await page.keyboard.press("Enter");
    expect(await focused(page)).toEqual({ row: 1, col: 1 });
    await page.keyboard.type("127.600");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toEqual({ row: 1, col: 2 });
    await page.keyboard.press("ArrowLeft");
    expect(await focused(page)).toEqual({ row: 1, col: 1 });
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toEqual({ row: 0, col: 1 });
    expect(await cell(page, 0, 1).inputValue()).toBe("37");
    expect(await cell(page, 1, 1).inputValue()).toBe("127.600");
    expect(await unitTotal(page, 0)).not.toBe(totalAfterFirst);
    expect(await unsavedCount(page)).toBe("2 ô chưa lưu");
    expect(await saveButton(page).isDisabled()).toBe(false);

    // F2 edits in place: the caret moves inside the text before the arrows leave the cell.
    await page.keyboard.press("F2");
    await page.keyboard.press("ArrowLeft");
    expect(await focused(page)).toEqual({ row: 0, col: 1 });
    await page.keyboard.press("Escape");

    // Not a number: the cell turns red with its reason, and saving is blocked until it is undone.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await focused(page)).toEqual({ row: 0, col: 3 });
    await page.keyboard.type("3,7 tỷ");
    const bad = cell(page, 0, 3);
    expect(await bad.getAttribute("aria-invalid")).toBe("true");
    const reasonId = await bad.getAttribute("aria-describedby");
    expect(await page.locator(`#${reasonId}`).textContent()).toBe("Không phải là số (viết như 3,7 hoặc 127.600)");
    expect(await page.getByTestId("cell-status").innerText()).toContain("Không phải là số");
    expect(await page.getByTestId("invalid-count").innerText()).toBe("1 ô không hợp lệ, sửa trước khi lưu");
    expect(await saveButton(page).isDisabled()).toBe(true);
    await screenshot(page, "scores-invalid");
    await page.keyboard.press("Escape");
    expect(await bad.inputValue()).toBe("");
    expect(await bad.getAttribute("aria-invalid")).toBe("false");
    expect(await saveButton(page).isDisabled()).toBe(false);

    // A 2 × 3 block copied from Excel lands from the focused cell on: II.1 and II.2 rows.
    await cell(page, 3, 1).click();
    await pasteText(page, "1.234,5\t1.100\t1.050,25\r\n2.500\t2.400\t2.450\r\n");
    const pasted = [];
    for (const row of [3, 4]) for (const col of [1, 2, 3]) pasted.push(await cell(page, row, col).inputValue());
    expect(pasted).toEqual(["1.234,5", "1.100", "1.050,25", "2.500", "2.400", "2.450"]);
    expect(await unsavedCount(page)).toBe("8 ô chưa lưu");
    await screenshot(page, "scores-desktop");

    await save(page);
    expect(await unsavedCount(page)).toBe("Không có thay đổi chưa lưu");
    const savedTotal = await unitTotal(page, 0);

    await page.reload();
    await cell(page, 0, 1).waitFor();
    await page.waitForFunction(() => document.querySelector('input[data-row="0"][data-col="1"]') !== null);
    expect(await cell(page, 0, 1).inputValue()).toBe("37");
    expect(await cell(page, 1, 1).inputValue()).toBe("127.600");
    expect(await cell(page, 3, 1).inputValue()).toBe("1.234,5");
    expect(await cell(page, 4, 3).inputValue()).toBe("2.450");
    expect(await unitTotal(page, 0)).toBe(savedTotal);
  });

  it("asks before leaving with unsaved figures", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await openSheet(page, address);
    await cell(page, 5, 1).click();
    await page.keyboard.type("7");
    await page.getByRole("link", { name: "Về trang khối" }).click();
    await page.getByText("Rời trang khi chưa lưu?").waitFor();
    await page.getByRole("button", { name: "Ở lại" }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/scores$/);
    expect(await cell(page, 5, 1).inputValue()).toBe("7");
  });

  it("shows a conflict when someone else saved the same cell meanwhile, and reloads theirs keeping the other edits", async () => {
    const first = await e2e.open();
    await e2e.signIn(first, "dieuphoi.laocai");
    await openSheet(first, address);

    const second = await e2e.open();
    await e2e.signIn(second, "admin");
    await openSheet(second, address);
    await cell(second, 0, 1).click();
    await second.keyboard.type("9");
    await save(second);

    await cell(first, 0, 1).click();
    await first.keyboard.type("8");
    await first.keyboard.press("Enter");
    await cell(first, 5, 1).click();
    await first.keyboard.type("12");
    await first.keyboard.press("Enter");
    await confirmFigureWarnings(first);
    await saveButton(first).click();
    const dialog = first.getByTestId("conflict-dialog");
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain("Người khác vừa lưu bảng điểm này");
    expect(text).toContain("Thành phố Lào Cai – I.1 – Thẩm định");
    expect(text).toMatch(/37\s+9\s+8/);
    await screenshot(first, "scores-conflict");
    await first.getByTestId("conflict-keep-theirs").click();
    expect(await cell(first, 0, 1).inputValue()).toBe("9");
    expect(await cell(first, 5, 1).inputValue()).toBe("12");
    expect(await unsavedCount(first)).toBe("1 ô chưa lưu");
    await save(first);
    await second.reload();
    await cell(second, 5, 1).waitFor();
    expect(await cell(second, 5, 1).inputValue()).toBe("12");
    expect(await cell(second, 0, 1).inputValue()).toBe("9");
  });

  it("shows a locked quarter read-only with the reason", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "dieuphoi.laocai");
    await openSheet(page, await sheetAddress(page, "LCI-CUM1", 2025, 4));
    expect(await page.getByTestId("sheet-banner").innerText()).toContain(
      "Quý IV/2025 đã khóa sổ nên bảng điểm chỉ để xem.",
    );
    expect(await cell(page, 0, 1).getAttribute("readonly")).not.toBeNull();
    await cell(page, 0, 1).click();
    await page.keyboard.type("5");
    expect(await cell(page, 0, 1).inputValue()).not.toBe("5");
    expect(await page.getByTestId("save").count()).toBe(0);
    await page.getByRole("button", { name: "Mở lại để sửa" }).waitFor();
    await screenshot(page, "scores-locked");
  });

  it("fits a phone: the sheet scrolls inside its frame, the page does not", async () => {
    const phone = await e2e.open({ viewport: { width: 390, height: 844 } });
    await e2e.signIn(phone, "dieuphoi.laocai");
    await openSheet(phone, address);
    const overflow = await phone.evaluate(() => document.querySelector("main")!.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    await screenshot(phone, "scores-phone");
  });

  it("lets a member unit self-assess its own row only", async () => {
    const page = await e2e.open();
    await e2e.signIn(page, "donvi.batxat");
    await openSheet(page, address);
    expect(await page.getByTestId("unit-total").count()).toBe(1);
    expect(await page.getByTestId("sheet-banner").innerText()).toContain("Đơn vị nhập số liệu tự chấm");
    await cell(page, 0, 0).click();
    await page.keyboard.type("4");
    await save(page);
    await page.reload();
    await cell(page, 0, 0).waitFor();
    expect(await cell(page, 0, 0).inputValue()).toBe("4");
  });
});
