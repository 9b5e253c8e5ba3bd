import ExcelJS from "exceljs";

export type OnboardingRows = (string | number)[][];

/**
 * An onboarding workbook as people make them, base64: a merged title above each header, trailing
 * spaces, and Vietnamese typed as NFD (as some keyboards and Macs produce it).
 */
export async function onboardingFile(sheets: {
  units?: OnboardingRows;
  blocs?: OnboardingRows;
  members?: OnboardingRows;
  accounts?: OnboardingRows;
}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const add = (name: string, header: string[], rows: OnboardingRows = []) => {
    const sheet = book.addWorksheet(name);
    sheet.addRow([`DANH SÁCH ${name.toUpperCase()}`]);
    sheet.mergeCells(1, 1, 1, header.length);
    sheet.addRow(header.map((label) => `${label} `));
    for (const row of rows) {
      sheet.addRow(row.map((cell) => (typeof cell === "string" ? `${cell.normalize("NFD")}  ` : cell)));
    }
  };
  add("Đơn vị", ["Mã đơn vị", "Tên đơn vị", "Loại", "Mã tỉnh"], sheets.units);
  add("Khối thi đua", ["Mã khối", "Tên khối", "Mã tỉnh", "Mô tả"], sheets.blocs);
  add("Thành viên khối", ["Mã khối", "Năm", "Mã đơn vị", "Khối trưởng / khối phó"], sheets.members);
  add(
    "Tài khoản",
    ["Tên đăng nhập", "Họ tên hoặc tên hiển thị", "Vai trò", "Phạm vi (mã khối, mã tỉnh hoặc mã đơn vị)"],
    sheets.accounts,
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
