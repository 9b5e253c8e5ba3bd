import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatNumber } from "@thidua/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesOf, pdfPages, pdfText, workbookOf } from "../testing/files";
import { createApiHarness, type ApiHarness } from "../testing/harness";

let h: ApiHarness;
let blocId: string;
const vi = (value: number) => formatNumber(value, "vi");

beforeAll(async () => {
  h = await createApiHarness();
  blocId = h.seed.blocs["LCI-HUYEN"];
});

afterAll(async () => {
  await h?.close();
});

/** Keeps a copy of a file to look at when THIDUA_FILES_OUT names a folder. */
function keep(name: string, bytes: Buffer) {
  const folder = process.env.THIDUA_FILES_OUT;
  if (folder && process.env.THIDUA_TEST_DB === "pglite") writeFileSync(join(folder, name), bytes);
}

const query = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();

describe("exports", () => {
  it("gives the ranking as .xlsx with the API's figures as numbers, and a Vietnamese file name", async () => {
    const leader = await h.as("lanhdao.laocai");
    const ranking = await leader.rankings.bloc.query({ blocId, year: 2025, quarter: 2 });
    const response = await h.download(
      "lanhdao.laocai",
      `ranking.xlsx?${query({ bloc: blocId, year: 2025, quarter: 2 })}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="Bang xep hang - Khoi thi dua cac huyen, thi xa, thanh pho tinh Lao Cai - Quy II-2025.xlsx"; ' +
        "filename*=UTF-8''B%E1%BA%A3ng%20x%E1%BA%BFp%20h%E1%BA%A1ng%20%E2%80%93%20Kh%E1%BB%91i%20thi%20%C4%91ua%20c%C3%A1c%20huy%E1%BB%87n%2C%20th%E1%BB%8B%20x%C3%A3%2C%20th%C3%A0nh%20ph%E1%BB%91%20t%E1%BB%89nh%20L%C3%A0o%20Cai%20%E2%80%93%20Qu%C3%BD%20II-2025.xlsx",
    );
    const bytes = await bytesOf(response);
    keep("ranking.xlsx", bytes);
    const sheet = (await workbookOf(bytes)).worksheets[0]!;
    ranking.entries.forEach((entry, index) => {
      const row = sheet.getRow(5 + index);
      expect(row.getCell(1).value).toBe(entry.rank);
      expect(row.getCell(2).value).toBe(entry.unitName);
      expect(row.getCell(3).value).toBe(entry.total);
      ranking.groups
        .filter((group) => group.maxPoints > 0)
        .forEach((group, groupIndex) => {
          expect(row.getCell(4 + groupIndex).value).toBe(entry.groups.find((own) => own.groupId === group.id)?.points);
        });
      expect(row.getCell(3).numFmt).toBe("#,##0.00");
    });
  });

  it("gives the ranking as CSV with a byte order mark, ';' and decimal commas for a Vietnamese reader", async () => {
    const ranking = await (await h.as("lanhdao.laocai")).rankings.bloc.query({ blocId, year: 2025, quarter: 2 });
    const response = await h.download(
      "lanhdao.laocai",
      `ranking.csv?${query({ bloc: blocId, year: 2025, quarter: 2 })}`,
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = await bytesOf(response);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]?.startsWith("Hạng;Đơn vị;Tổng điểm;I. ")).toBe(true);
    const first = ranking.entries[0]!;
    expect(lines[1]?.startsWith(`${first.rank};${first.unitName};${String(first.total).replace(".", ",")};`)).toBe(
      true,
    );
    expect(lines).toHaveLength(ranking.entries.length + 1);
  });

  it("labels a class before quarter IV provisional, as the ranking page does, in .xlsx and CSV", async () => {
    const leader = await h.as("lanhdao.laocai");
    const ranking = await leader.rankings.bloc.query({ blocId, year: 2025, quarter: 2 });
    expect(ranking.entries.every((entry) => entry.classification.provisional)).toBe(true);
    const classed = ranking.entries.filter((entry) => entry.classification.label !== null);
    expect(classed.length).toBeGreaterThan(0);
    const shown = (entry: (typeof classed)[number], word: string) => `${entry.classification.label} (${word})`;

    const xlsx = await bytesOf(
      await h.download("lanhdao.laocai", `ranking.xlsx?${query({ bloc: blocId, year: 2025, quarter: 2 })}`),
    );
    const sheet = (await workbookOf(xlsx)).worksheets[0]!;
    const classColumn = (sheet.getRow(4).values as unknown[]).indexOf("Xếp loại");
    expect(classColumn).toBeGreaterThan(0);
    ranking.entries.forEach((entry, index) => {
      const cell = sheet.getRow(5 + index).getCell(classColumn).value;
      expect(cell).toBe(entry.classification.label === null ? null : shown(entry, "tạm xếp loại"));
    });
    const notes = sheet.getColumn(1).values.filter((value): value is string => typeof value === "string");
    expect(notes.some((note) => note.startsWith("Tạm xếp loại: trước quý IV"))).toBe(true);

    const csv = async (quarter: number, locale?: "en") =>
      (
        await bytesOf(
          await h.download("lanhdao.laocai", `ranking.csv?${query({ bloc: blocId, year: 2025, quarter })}`, locale),
        )
      )
        .toString("utf8")
        .slice(1);
    const vietnamese = await csv(2);
    for (const entry of classed) expect(vietnamese).toContain(`;${shown(entry, "tạm xếp loại")};`);
    const english = await csv(2, "en");
    for (const entry of classed) expect(english).toContain(`,${shown(entry, "provisional")},`);
    // Quarter IV classifies against the year: nothing is provisional.
    const year = await csv(4);
    expect(year).not.toContain("tạm xếp loại");
  });

  it("gives the heat map with every due criterion, group subtotal and total as the matrix has them", async () => {
    const matrix = await (await h.as("dieuphoi.laocai")).rankings.matrix.query({ blocId, year: 2025, quarter: 2 });
    const response = await h.download(
      "dieuphoi.laocai",
      `heat-map.xlsx?${query({ bloc: blocId, year: 2025, quarter: 2 })}`,
    );
    const bytes = await bytesOf(response);
    keep("heat-map.xlsx", bytes);
    const sheet = (await workbookOf(bytes)).worksheets[0]!;
    const rows = matrix.criteria.length + matrix.groups.length + 1;
    const codes = Array.from({ length: rows }, (_, index) => sheet.getCell(5 + index, 1).value);
    for (const criterion of matrix.criteria) expect(codes).toContain(criterion.code);
    const first = matrix.criteria[0]!;
    const firstRow = 5 + codes.indexOf(first.code);
    matrix.units.forEach((unit, index) => {
      expect(sheet.getCell(4, 4 + index).value).toBe(`${unit.rank}. ${unit.unitName}`);
      expect(sheet.getCell(firstRow, 4 + index).value).toBe(
        unit.criteria.find((cell) => cell.criterionId === first.criterionId)?.points,
      );
      expect(sheet.getCell(5 + rows - 1, 4 + index).value).toBe(unit.total.points);
    });
  });

  it("gives a member unit its own trend, with every quarter it may see", async () => {
    const unitId = h.seed.units["LCI-BATXAT"];
    const trend = await (await h.as("donvi.batxat")).insights.trend.query({ unitId });
    const response = await h.download("donvi.batxat", `trend.xlsx?${query({ unit: unitId })}`);
    const sheet = (await workbookOf(await bytesOf(response))).worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Diễn biến tổng điểm và thứ hạng · Huyện Bát Xát");
    trend.points.forEach((point, index) => {
      const row = sheet.getRow(5 + index);
      expect(row.getCell(2).value).toBe(point.year);
      expect(row.getCell(4).value).toBe(point.total);
      expect(row.getCell(5).value).toBe(point.rank);
    });
  });
});

describe("the briefing report", () => {
  it("is an A4 PDF in Vietnamese with the ranking, groups, leaders, laggards, movers, completeness and heat map", async () => {
    const leader = await h.as("lanhdao.laocai");
    const input = { blocId, year: 2025, quarter: 2 };
    const [ranking, matrix] = await Promise.all([
      leader.rankings.bloc.query(input),
      leader.rankings.matrix.query(input),
    ]);
    const response = await h.download(
      "lanhdao.laocai",
      `briefing.pdf?${query({ bloc: blocId, year: 2025, quarter: 2 })}`,
    );
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = await bytesOf(response);
    keep("briefing.pdf", pdf);
    const text = pdfText(pdf);
    expect(text).toContain("BÁO CÁO KẾT QUẢ GIAO BAN QUÝ II/2025");
    // Quarter II classes against the plan to date: the table's heading and its note say so.
    expect(ranking.entries.every((entry) => entry.classification.provisional)).toBe(true);
    expect(text).toContain("Tạm xếp loại");
    expect(text).toMatch(/Tạm xếp loại: trước quý IV, điểm xếp loại tính theo kế hoạch đến hết quý/);
    expect(text).toContain("KHỐI THI ĐUA CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ TỈNH LÀO CAI");
    for (const heading of [
      "1. Tình hình chung",
      "2. Bảng xếp hạng",
      "3. Điểm theo nhóm tiêu chí",
      "4. Mức độ đầy đủ số liệu",
      "5. Điểm theo tiêu chí và đơn vị",
    ]) {
      expect(text).toContain(heading);
    }
    // Every unit's row: rank, name and total written the Vietnamese way.
    for (const entry of ranking.entries) {
      expect(text).toMatch(
        new RegExp(`\\b${entry.rank}\\s+${entry.unitName}\\s+${vi(entry.total).replace(".", "\\.")}\\b`),
      );
    }
    // The completeness table leads with each unit's submission, from the completeness panel's data.
    expect(text).toContain("Tình trạng nộp");
    expect(text).toContain("9/9 đơn vị đã nộp bảng tự chấm (0 trễ hạn), 9/9 đã thẩm định.");
    expect(text).toMatch(/Đã thẩm định,\s+nộp\s+\d\d\/\d\d\b/);
    const leaderEntry = ranking.entries[0]!;
    expect(text).toContain(`Dẫn đầu: ${leaderEntry.unitName} (hạng 1, ${vi(leaderEntry.total)} điểm`);
    // The heat map lists every due criterion by code, and every unit's total again.
    for (const criterion of matrix.criteria) expect(text).toContain(criterion.code);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2);
  });

  it("for a province covers every bloc with figures, each from a page of its own", async () => {
    const overview = await (await h.as("lanhdao.laocai")).insights.province.query({ year: 2025, quarter: 2 });
    const response = await h.download("lanhdao.laocai", `province-briefing.pdf?${query({ year: 2025, quarter: 2 })}`);
    expect(response.status).toBe(200);
    const pdf = await bytesOf(response);
    keep("province-briefing.pdf", pdf);
    const text = pdfText(pdf);
    expect(text).toContain("BÁO CÁO KẾT QUẢ GIAO BAN QUÝ II/2025 CÁC KHỐI, CỤM THI ĐUA TỈNH LÀO CAI");
    expect(text).toContain("I. Tổng hợp các khối, cụm thi đua");
    expect(overview.blocs.length).toBeGreaterThan(1);
    for (const bloc of overview.blocs) expect(text).toContain(bloc.blocName.toUpperCase());
  });
});

describe("who may download what", () => {
  it("keeps an unpublished quarter from a member unit, in its language, and refuses strangers and the signed out", async () => {
    const unpublished = `ranking.xlsx?${query({ bloc: blocId, year: 2025, quarter: 3 })}`;
    const refused = await h.download("donvi.batxat", unpublished, "en");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: {
        code: "FORBIDDEN",
        messageKey: "period.notPublished",
        message: "The results of quarter III are not published yet.",
      },
    });
    expect(
      (await h.download("donvi.chodon", `briefing.pdf?${query({ bloc: blocId, year: 2025, quarter: 2 })}`)).status,
    ).toBe(403);
    const anonymous = await h.download(null, `ranking.csv?${query({ bloc: blocId, year: 2025, quarter: 2 })}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.message).toBe("Bạn cần đăng nhập.");
  });

  it("names an unknown file and a bad query in the caller's language", async () => {
    const unknown = await h.download("admin", "secrets.xlsx");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toBe("Không có tệp nào tên secrets.xlsx.");
    const bad = await h.download("admin", `ranking.xlsx?${query({ bloc: blocId, year: 2025, quarter: 5 })}`, "en");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe(
      "Invalid input: Quarter (quarter): Too big: expected number to be <=4",
    );
  });
});
