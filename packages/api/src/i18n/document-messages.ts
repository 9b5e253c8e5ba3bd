/** The API's words about files: downloads, uploaded entry sheets and their preview (merged into messages.ts). */
export const documentMessages = {
  "file.unknown": { vi: "Không có tệp nào tên {name}.", en: "There is no file named {name}." },
  "sheet.tooLarge": {
    vi: "Tệp lớn hơn 1 MB, không nhận: tệp mẫu của một quý chỉ vài chục KB. Hãy tải lên đúng tệp mẫu đã điền.",
    en: "The file is larger than 1 MB: a quarter's template is a few tens of KB. Upload the filled-in template itself.",
  },
  "sheet.notBase64": { vi: "Nội dung tệp gửi lên bị hỏng.", en: "The uploaded file arrived damaged." },
  "sheet.notXlsx": {
    vi: "Không đọc được tệp: đây không phải bảng tính Excel .xlsx (hãy lưu lại dưới dạng .xlsx).",
    en: "The file cannot be read: it is not an Excel .xlsx workbook (save it as .xlsx).",
  },
  "sheet.notOurTemplate": {
    vi: "Tệp không phải tệp mẫu của thidua. Hãy tải tệp mẫu ở trang này, điền rồi tải lên lại.",
    en: "This is not a thidua template. Download the template from this page, fill it in and upload it.",
  },
  "sheet.wrongKind": {
    vi: "Đây là tệp mẫu {found}, không phải tệp mẫu {expected}.",
    en: "This is a {found} template, not a {expected} template.",
  },
  "sheet.kind.quarter": { vi: "số liệu quý", en: "quarter figures" },
  "sheet.kind.targets": { vi: "chỉ tiêu năm", en: "yearly targets" },
  "sheet.oldTemplate": {
    vi: "Tệp mẫu này thuộc phiên bản cũ. Hãy tải tệp mẫu mới và điền lại.",
    en: "This template is from an older version. Download a new one and fill it in again.",
  },
  "sheet.otherBloc": {
    vi: "Tệp mẫu này của khối {blocCode}, không phải khối đang mở.",
    en: "This template belongs to bloc {blocCode}, not to the bloc open here.",
  },
  "sheet.otherPeriod": {
    vi: "Tệp mẫu này của {period}, không phải kỳ đang mở.",
    en: "This template is for {period}, not for the period open here.",
  },
  "sheet.otherUnit": {
    vi: "Tệp mẫu này không phải của đơn vị bạn. Hãy tải tệp mẫu của đơn vị mình.",
    en: "This template is not your unit's. Download your own unit's template.",
  },
  "sheet.extraSheets": {
    vi: "Tệp có thêm trang không thuộc mẫu ({names}). Hãy xóa các trang đó rồi tải lên lại.",
    en: "The file has sheets that are not part of the template ({names}). Delete them and upload again.",
  },
  "sheet.sheetMissing": {
    vi: "Tệp thiếu trang {name} của mẫu.",
    en: "The file lacks the template's sheet {name}.",
  },
  "sheet.mergedCells": {
    vi: "Tệp có ô bị gộp trong vùng số liệu ({ranges}). Hãy bỏ gộp ô rồi tải lên lại.",
    en: "The file has merged cells among the figures ({ranges}). Unmerge them and upload again.",
  },
  "sheet.layoutChanged": {
    vi: "Các dòng của tệp mẫu đã bị đổi: ô {address} phải là tiêu chí {expected} nhưng là “{found}”. Hãy tải tệp mẫu mới.",
    en: "The template's rows were changed: cell {address} should hold criterion {expected} but holds “{found}”. Download a new template.",
  },
  "sheet.cell.ambiguous": {
    vi: "“{text}” có thể là {first} hoặc {second}; hãy nhập dạng số hoặc viết rõ (ví dụ {first} hoặc {second})",
    en: "“{text}” could be {first} or {second}; enter it as a number or write it unambiguously",
  },
  "sheet.cell.notNumber": { vi: "“{text}” không phải là số", en: "“{text}” is not a number" },
  "sheet.cell.formula": {
    vi: "ô có công thức ({text}); hãy nhập giá trị thay cho công thức",
    en: "the cell holds a formula ({text}); enter the value instead",
  },
  "sheet.cell.closed": {
    vi: "tiêu chí này không nhập ở kỳ này",
    en: "this criterion is not entered in this period",
  },
  "sheet.cell.clearTarget": {
    vi: "không xóa được chỉ tiêu bằng tệp; hãy nhập lại chỉ tiêu",
    en: "a target cannot be cleared from a file; enter a target",
  },
} as const satisfies Record<string, { vi: string; en: string }>;
