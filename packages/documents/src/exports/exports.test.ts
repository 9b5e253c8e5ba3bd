import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableCsv } from "../table/csv";
import { tableXlsx } from "../table/xlsx";
import { heatMapTable, type HeatMapData } from "./heat-map";
import { rankingTable, type RankingData } from "./ranking";

const ranking: RankingData = {
  year: 2025,
  quarter: 2,
  basis: "YTD",
  side: "verified",
  status: "PUBLISHED",
  groups: [
    { id: "g1", code: "I", name: "Tuyên truyền", maxPoints: 20 },
    { id: "g2", code: "II", name: "Vận động, an sinh xã hội", maxPoints: 30 },
  ],
  bands: [{ code: "XUAT_SAC", label: "Xuất sắc", minTotal: 90 }],
  entries: [
    {
      unitId: "u1",
      rank: 1,
      unitName: "Huyện Bát Xát",
      total: 92.35,
      content: 85.35,
      bonus: 8,
      deduction: -1,
      previousRank: 3,
      movement: 2,
      knockedOut: false,
      missingCount: 0,
      classification: { label: "Xuất sắc", passing: true },
      groups: [
        { groupId: "g1", points: 18.5 },
        { groupId: "g2", points: 27.25 },
      ],
    },
    {
      unitId: "u2",
      rank: 2,
      unitName: "Thị xã Sa Pa",
      total: 1234.5,
      content: 80,
      bonus: 0,
      deduction: 0,
      previousRank: null,
      movement: null,
      knockedOut: true,
      missingCount: 2,
      classification: { label: null, passing: false },
      groups: [{ groupId: "g1", points: 3.7 }],
    },
  ],
};

async function sheetOf(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe("ranking export", () => {
  it("writes an .xlsx whose figures are numbers with Vietnamese-readable formats", async () => {
    const sheet = await sheetOf(await tableXlsx(rankingTable("Khối thi đua các huyện", ranking, "vi")));
    expect(sheet.name).toBe("Bảng xếp hạng");
    expect(sheet.getCell("A1").value).toBe("Bảng xếp hạng · Khối thi đua các huyện");
    expect(sheet.getCell("A2").value).toBe("Quý II/2025 · Lũy kế từ đầu năm · Điểm thẩm định");
    const header = sheet.getRow(4).values as unknown[];
    expect(header.slice(1, 6)).toEqual([
      "Hạng",
      "Đơn vị",
      "Tổng điểm",
      "I. Tuyên truyền",
      "II. Vận động, an sinh xã hội",
    ]);
    expect(sheet.getCell("B5").value).toBe("Huyện Bát Xát");
    expect(sheet.getCell("C5").value).toBe(92.35);
    expect(sheet.getCell("C5").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("J5").value).toBe(2);
    expect(sheet.getCell("J5").numFmt).toBe('"▲"0;"▼"0;"–"');
    expect(sheet.getCell("K5").value).toBe("Xuất sắc");
    expect(sheet.getCell("L6").value).toBe("Có");
    expect(sheet.getCell("E6").value).toBeNull();
    expect(sheet.getCell("A8").value).toBe("Xếp loại: Xuất sắc ≥ 90");
  });

  it("writes a CSV with a byte order mark, ';' and decimal commas in Vietnamese, ',' and points in English", () => {
    const vi = tableCsv(rankingTable("Khối", ranking, "vi"));
    expect([...vi.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const viLines = vi.toString("utf8").slice(1).split("\r\n");
    expect(viLines[0]).toBe(
      "Hạng;Đơn vị;Tổng điểm;I. Tuyên truyền;II. Vận động, an sinh xã hội;Điểm nội dung;Điểm thưởng;Điểm trừ;Hạng quý trước;Thay đổi hạng;Xếp loại;Vi phạm tiêu chí loại trừ;Số tiêu chí chưa có số liệu",
    );
    expect(viLines[1]).toBe("1;Huyện Bát Xát;92,35;18,5;27,25;85,35;8;-1;3;2;Xuất sắc;;0");
    expect(viLines[2]).toBe("2;Thị xã Sa Pa;1234,5;3,7;;80;0;0;;;;Có;2");
    const en = tableCsv(rankingTable("Bloc", ranking, "en"))
      .toString("utf8")
      .slice(1)
      .split("\r\n");
    expect(en[0]?.startsWith("Rank,Unit,Total,I. Tuyên truyền,")).toBe(true);
    expect(en[0]).toContain(',"II. Vận động, an sinh xã hội",');
    expect(en[1]).toBe("1,Huyện Bát Xát,92.35,18.5,27.25,85.35,8,-1,3,2,Xuất sắc,,0");
  });
});

describe("heat map export", () => {
  it("puts criteria down and units across, with group subtotals, a total row and heat colours", async () => {
    const matrix: HeatMapData = {
      year: 2025,
      quarter: 2,
      basis: "YTD",
      side: "verified",
      status: "PUBLISHED",
      groups: [{ groupId: "g1", code: "VI", name: "Công tác văn phòng", maxPoints: 8, bonusMaxPoints: 0 }],
      criteria: [
        { criterionId: "c1", code: "VI.1", name: "Báo cáo đúng hạn", groupId: "g1", maxPoints: 8, role: "CONTENT" },
        {
          criterionId: "c2",
          code: "VI.4",
          name: "Vi phạm chế độ báo cáo",
          groupId: "g1",
          maxPoints: 2,
          role: "DEDUCTION",
        },
      ],
      totalMaxPoints: 100,
      units: [
        {
          unitName: "Huyện Si Ma Cai",
          rank: 1,
          total: { points: 7 },
          groups: [{ groupId: "g1", subtotal: 7 }],
          criteria: [
            { criterionId: "c1", points: 8, status: "SCORED" },
            { criterionId: "c2", points: -1, status: "SCORED" },
          ],
        },
        {
          unitName: "Huyện Bắc Hà",
          rank: 2,
          total: { points: 3 },
          groups: [{ groupId: "g1", subtotal: 3 }],
          criteria: [
            { criterionId: "c1", points: 3, status: "SCORED" },
            { criterionId: "c2", points: 0, status: "SCORED" },
          ],
        },
      ],
    };
    const sheet = await sheetOf(await tableXlsx(heatMapTable("Khối", matrix, "vi")));
    expect(sheet.getCell("D4").value).toBe("1. Huyện Si Ma Cai");
    expect([
      sheet.getCell("A5").value,
      sheet.getCell("C5").value,
      sheet.getCell("D5").value,
      sheet.getCell("E5").value,
    ]).toEqual(["VI.1", 8, 8, 3]);
    expect([sheet.getCell("C6").value, sheet.getCell("D6").value]).toEqual([-2, -1]);
    expect(sheet.getCell("B7").value).toBe("Cộng nhóm: Công tác văn phòng");
    expect(sheet.getCell("D7").value).toBe(7);
    expect(sheet.getCell("B8").value).toBe("Tổng điểm");
    expect(sheet.getCell("E8").value).toBe(3);
    const fill = (address: string) => (sheet.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // The dashboard's bands: 8/8 in the top one, 3/8 in the second lowest, a deduction of 1 of 2 at half.
    expect(fill("D5")).toBe("FF5E3C99");
    expect(fill("E5")).toBe("FFFDB863");
    expect(fill("D6")).toBe("FFFEE0B6");
  });
});
