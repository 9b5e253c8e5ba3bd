import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MARKER_SHEET } from "./entry-sheet";
import { quarterEntrySheet, type QuarterSheetData } from "./quarter-sheet";
import { EntrySheetError, readEntrySheet, type EntrySheetExpectation } from "./read";
import { entrySheetXlsx } from "./template";

const data: QuarterSheetData = {
  bloc: { id: "bloc1", code: "LCI-HUYEN", name: "Khối thi đua các huyện, thị xã, thành phố" },
  year: 2025,
  quarter: 2,
  unitId: null,
  fields: ["reported", "verified"],
  criteria: [
    {
      id: "c1",
      code: "II.1",
      groupCode: "II",
      name: "Quỹ Vì người nghèo",
      unitOfMeasure: "tỷ đồng",
      maxPoints: 10,
      kind: "TARGET_PERCENT",
      due: true,
    },
    {
      id: "c2",
      code: "II.2",
      groupCode: "II",
      name: "Đại hội đúng hạn",
      unitOfMeasure: null,
      maxPoints: 4,
      kind: "YES_NO",
      due: true,
    },
    {
      id: "c3",
      code: "VI.9",
      groupCode: "VI",
      name: "Tổng kết năm",
      unitOfMeasure: null,
      maxPoints: 5,
      kind: "QUALITATIVE",
      due: false,
    },
  ],
  members: [
    { id: "u1", name: "Huyện Bát Xát" },
    { id: "u2", name: "Huyện Mường Khương" },
  ],
  targets: [{ unitId: "u1", criterionId: "c1", value: 3.7 }],
  cells: [{ unitId: "u1", criterionId: "c1", reportedValue: 1.25, verifiedValue: 1.2 }],
  earlier: [{ quarter: 1, cells: [{ unitId: "u1", criterionId: "c1", reportedValue: 0.5, verifiedValue: 0.5 }] }],
};

const expectation: EntrySheetExpectation = { kind: "quarter", blocId: "bloc1", year: 2025, quarter: 2, unitId: null };

async function edit(file: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function problemOf(file: Buffer, expected = expectation) {
  try {
    await readEntrySheet(file, expected);
  } catch (error) {
    if (error instanceof EntrySheetError) return error.problem;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("quarter entry sheet", () => {
  it("lays out criteria down and units across, with context locked and the figures to fill open", async () => {
    const file = await entrySheetXlsx(quarterEntrySheet(data));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Quý II-2025");
    expect(sheet).toBeDefined();
    expect(workbook.getWorksheet(MARKER_SHEET)?.state).toBe("veryHidden");
    expect(sheet?.getCell("A1").value).toBe("Số liệu quý II năm 2025 · Khối thi đua các huyện, thị xã, thành phố");
    // Row 7 is II.1: Bát Xát's target 3,7, quarter I verified 0,5, then 1,25 self and 1,2 verified to edit.
    expect(sheet?.getCell("A7").value).toBe("II.1");
    expect(sheet?.getCell("C7").value).toBe("Quỹ Vì người nghèo");
    expect(sheet?.getCell("G5").value).toBe("Huyện Bát Xát");
    expect([
      sheet?.getCell("G6").value,
      sheet?.getCell("H6").value,
      sheet?.getCell("I6").value,
      sheet?.getCell("J6").value,
    ]).toEqual(["Chỉ tiêu năm", "Quý I (thẩm định)", "Tự chấm (số liệu đơn vị)", "Thẩm định"]);
    expect([
      sheet?.getCell("G7").value,
      sheet?.getCell("H7").value,
      sheet?.getCell("I7").value,
      sheet?.getCell("J7").value,
    ]).toEqual([3.7, 0.5, 1.25, 1.2]);
    expect(sheet?.getCell("G7").protection?.locked).not.toBe(false);
    expect(sheet?.getCell("I7").protection?.locked).toBe(false);
    // The year-end criterion is shown but closed before quarter IV.
    expect(sheet?.getCell("F9").value).toBe("Chỉ nhập ở quý IV");
    expect(sheet?.getCell("I9").protection?.locked).not.toBe(false);
    expect(sheet?.getCell("I8").dataValidation).toMatchObject({ type: "list", formulae: ['"0,1"'] });
  });

  it("reads back every fillable cell: numbers as numbers, text in either mark, ambiguity and formulas flagged", async () => {
    const file = await edit(await entrySheetXlsx(quarterEntrySheet(data)), (workbook) => {
      const sheet = workbook.getWorksheet("Quý II-2025")!;
      sheet.getCell("I7").value = 1.5;
      sheet.getCell("J7").value = null;
      sheet.getCell("M7").value = "3,7";
      sheet.getCell("N7").value = "127.600";
      sheet.getCell("M8").value = { formula: "1+0", result: 1 };
      sheet.getCell("N8").value = "một";
      sheet.getCell("M9").value = 2;
    });
    const { marker, cells } = await readEntrySheet(file, expectation);
    expect(marker).toMatchObject({ blocCode: "LCI-HUYEN", year: 2025, quarter: 2 });
    const at = (address: string) => cells.find((cell) => cell.address === address);
    expect(cells).toHaveLength(3 * 4);
    expect(at("I7")).toMatchObject({
      unitId: "u1",
      criterionId: "c1",
      field: "reported",
      reading: { kind: "number", value: 1.5 },
    });
    expect(at("J7")).toMatchObject({ field: "verified", reading: { kind: "empty" } });
    expect(at("M7")).toMatchObject({ unitId: "u2", reading: { kind: "number", value: 3.7 } });
    expect(at("N7")?.reading).toEqual({ kind: "ambiguous", readings: [127600, 127.6] });
    expect(at("M8")).toMatchObject({ text: "=1+0", reading: { kind: "formula" } });
    expect(at("N8")?.reading).toEqual({ kind: "invalid" });
    expect(at("M9")?.reading).toEqual({ kind: "closed" });
  });

  it("refuses a file that is not ours, for another bloc or period, with extra sheets, merged cells or moved rows", async () => {
    const template = await entrySheetXlsx(quarterEntrySheet(data));
    expect(await problemOf(Buffer.from("not a spreadsheet"))).toEqual({ code: "notXlsx" });
    expect(await problemOf(Buffer.alloc(2 * 1024 * 1024))).toEqual({ code: "tooLarge", limitBytes: 1024 * 1024 });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").getCell("A1").value = "Bảng điểm";
    expect(await problemOf(Buffer.from(await plain.xlsx.writeBuffer()))).toEqual({ code: "notOurTemplate" });
    expect(await problemOf(template, { ...expectation, blocId: "bloc2" })).toEqual({
      code: "otherBloc",
      blocCode: "LCI-HUYEN",
    });
    expect(await problemOf(template, { ...expectation, quarter: 3 })).toEqual({
      code: "otherPeriod",
      year: 2025,
      quarter: 2,
    });
    expect(await problemOf(template, { ...expectation, kind: "targets", quarter: null })).toMatchObject({
      code: "wrongKind",
    });
    expect(await problemOf(template, { ...expectation, unitId: "u2" })).toEqual({ code: "otherUnit" });
    const extra = await edit(template, (workbook) => workbook.addWorksheet("Ghi chú"));
    expect(await problemOf(extra)).toEqual({ code: "extraSheets", names: ["Ghi chú"] });
    const merged = await edit(template, (workbook) => workbook.getWorksheet("Quý II-2025")!.mergeCells("I7:J7"));
    expect(await problemOf(merged)).toEqual({ code: "mergedCells", ranges: ["I7:J7"] });
    const moved = await edit(template, (workbook) => {
      workbook.getWorksheet("Quý II-2025")!.getCell("A7").value = "II.2";
    });
    expect(await problemOf(moved)).toEqual({ code: "layoutChanged", address: "A7", expected: "II.1", found: "II.2" });
  });
});
