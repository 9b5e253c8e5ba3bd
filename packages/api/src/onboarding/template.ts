import ExcelJS from "exceljs";
import { KIND_LABELS, LEADERSHIP_LABELS, ROLE_LABELS, SHEETS, type SheetKey } from "./sheets";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF7F1D1D" } };

/** One example row per sheet, in a small real-looking province, so the layout explains itself. */
const EXAMPLES: Record<SheetKey, string[][]> = {
  units: [
    ["LCI", "Tỉnh Lào Cai", "Tỉnh", ""],
    ["LCI-P-CAMDUONG", "Phường Cam Đường", "Phường", "LCI"],
    ["LCI-X-BATXAT", "Xã Bát Xát", "Xã", "LCI"],
  ],
  blocs: [["LCI-CUM1", "Cụm thi đua số 1 các xã, phường", "LCI", "Các xã, phường phía bắc tỉnh"]],
  members: [
    ["LCI-CUM1", "2026", "LCI-P-CAMDUONG", "Khối trưởng"],
    ["LCI-CUM1", "2026", "LCI-X-BATXAT", "Khối phó"],
  ],
  accounts: [
    ["dieuphoi.cum1", "Văn phòng Cụm thi đua số 1", "Điều phối khối", "LCI-CUM1"],
    ["lanhdao.laocai", "Lãnh đạo UBND tỉnh Lào Cai", "Lãnh đạo tỉnh", "LCI"],
    ["donvi.camduong", "Cán bộ thi đua phường Cam Đường", "Đơn vị thành viên", "LCI-P-CAMDUONG"],
  ],
};

const INSTRUCTIONS = [
  "HƯỚNG DẪN NHẬP DANH SÁCH BAN ĐẦU",
  "",
  "Tệp gồm bốn trang: Đơn vị, Khối thi đua, Thành viên khối, Tài khoản. Trang nào không cần thì để trống.",
  "Giữ nguyên dòng tiêu đề (dòng 1). Các dòng ví dụ có thể xóa hoặc ghi đè.",
  "",
  "Đơn vị: mỗi tỉnh và mỗi đơn vị thành viên một dòng. Tỉnh để trống cột Mã tỉnh; đơn vị khác ghi mã tỉnh của mình.",
  "  Loại: Tỉnh, Huyện, Thị xã, Thành phố, Xã, Phường, Đặc khu, Cơ quan, Tổ chức.",
  "Khối thi đua: mã khối, tên khối, mã tỉnh của khối và mô tả (nếu có).",
  "Thành viên khối: mỗi đơn vị của một khối trong một năm một dòng; ghi Khối trưởng hoặc Khối phó nếu có.",
  "  Một đơn vị chỉ thuộc một khối trong cùng một năm.",
  "Tài khoản: tên đăng nhập (chữ không dấu, số, dấu chấm), họ tên, vai trò và phạm vi:",
  "  Điều phối khối: các mã khối, cách nhau bằng dấu phẩy. Lãnh đạo tỉnh: mã tỉnh. Đơn vị thành viên: mã đơn vị. Quản trị: để trống.",
  "  Mỗi tài khoản mới có mật khẩu tạm thời, hiện một lần sau khi nhập; người dùng phải đổi ở lần đăng nhập đầu.",
  "",
  "Mã không phân biệt chữ hoa, chữ thường và khoảng trắng ở hai đầu: lci-cum1 và LCI-CUM1 là một mã.",
  "Mã đã có trong hệ thống thì dòng đó cập nhật tên (hoặc giữ nguyên nếu không đổi).",
  "Sau khi tải lên, hệ thống cho xem trước từng dòng (tạo mới, cập nhật, giữ nguyên, bị từ chối kèm lý do).",
  "Chỉ khi không còn dòng bị từ chối mới ghi được, và ghi tất cả hoặc không ghi gì.",
];

function addListValidation(sheet: ExcelJS.Worksheet, column: number, values: string[]) {
  // Excel caps an inline list at 255 characters; every list here is shorter.
  const formula = `"${values.join(",")}"`;
  for (let row = 2; row <= 1000; row++) {
    sheet.getCell(row, column).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: "Giá trị không hợp lệ",
      error: `Chọn một trong: ${values.join(", ")}`,
    };
  }
}

/** The onboarding template: an instructions sheet, then one sheet per kind of row, with lists where a choice is fixed. */
export async function onboardingTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  const instructions = workbook.addWorksheet("Hướng dẫn");
  instructions.getColumn(1).width = 120;
  INSTRUCTIONS.forEach((line, index) => {
    const cell = instructions.getCell(index + 1, 1);
    cell.value = line;
    if (index === 0) cell.font = { bold: true, size: 14, color: { argb: "FF7F1D1D" } };
  });

  for (const [key, definition] of Object.entries(SHEETS) as [SheetKey, (typeof SHEETS)[SheetKey]][]) {
    const sheet = workbook.addWorksheet(definition.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const columns = Object.values(definition.columns);
    sheet.columns = columns.map((column) => ({ header: column.label, width: column.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true, color: { argb: "FFFFFFFF" } };
    header.fill = HEADER_FILL;
    header.alignment = { vertical: "middle", wrapText: true };
    header.height = 30;
    for (const example of EXAMPLES[key]) sheet.addRow(example);
    // Codes stay text, so "001" is not read as the number 1.
    sheet.getColumn(1).numFmt = "@";
    if (key === "units")
      addListValidation(
        sheet,
        3,
        Object.values(KIND_LABELS).map((labels) => labels[0] as string),
      );
    if (key === "members") addListValidation(sheet, 4, [LEADERSHIP_LABELS.head[0], LEADERSHIP_LABELS.deputy[0]]);
    if (key === "accounts")
      addListValidation(
        sheet,
        3,
        Object.values(ROLE_LABELS).map((labels) => labels[0] as string),
      );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
