/** The API's words about importing a province from a spreadsheet (merged into messages.ts). */
export const onboardingMessages = {
  "onboarding.tooLarge": {
    vi: "tệp lớn hơn 2 MB, không nhận được; hãy chia thành nhiều tệp nhỏ hơn",
    en: "the file is larger than 2 MB; split it into smaller files",
  },
  "onboarding.notBase64": {
    vi: "nội dung tệp không đúng dạng base64",
    en: "the file's content is not base64",
  },
  "onboarding.scopeOne": {
    vi: "Tài khoản {role} chỉ ghi một {what} ở cột Phạm vi.",
    en: "A {role} account takes a single {what} in the scope column.",
  },
  "onboarding.noSheets": {
    vi: "Tệp không có trang nào của mẫu (Đơn vị, Khối thi đua, Thành viên khối, Tài khoản) kèm dòng tiêu đề.",
    en: "The file has none of the template's sheets (Đơn vị, Khối thi đua, Thành viên khối, Tài khoản) with their header row.",
  },
  "onboarding.refused": {
    vi: "Còn {count} dòng bị từ chối; sửa tệp rồi tải lên lại. Chưa ghi gì.",
    en: "{count} rows are refused; fix the file and upload it again. Nothing was written.",
  },
  "onboarding.changed": {
    vi: "Dữ liệu đã thay đổi từ lúc xem trước; hãy tải tệp lên để xem trước lại. Chưa ghi gì.",
    en: "The data changed since the preview; upload the file again for a new preview. Nothing was written.",
  },
  "onboarding.required": { vi: "Thiếu {column}.", en: "{column} is missing." },
  "onboarding.text": { vi: "{column} {problem}.", en: "{column} {problem}." },
  "onboarding.tooLong": { vi: "{column} dài quá {max} ký tự.", en: "{column} is longer than {max} characters." },
  "onboarding.duplicate": {
    vi: "{what} {code} lặp lại ở các dòng {rows}.",
    en: "{what} {code} is repeated on rows {rows}.",
  },
  "onboarding.unknownChoice": {
    vi: "{column} “{value}” không có; chọn một trong: {choices}.",
    en: "{column} “{value}” is not one of: {choices}.",
  },
  "onboarding.unknownProvince": {
    vi: "Không có tỉnh mã {code} trong hệ thống hay trong tệp.",
    en: "No province has the code {code}, in thidua or in the file.",
  },
  "onboarding.provinceInProvince": {
    vi: "Tỉnh không trực thuộc tỉnh nào: để trống cột Mã tỉnh.",
    en: "A province sits under no province: leave the province code empty.",
  },
  "onboarding.unknownBloc": {
    vi: "Không có khối mã {code} trong hệ thống hay trong tệp.",
    en: "No bloc has the code {code}, in thidua or in the file.",
  },
  "onboarding.unknownUnit": {
    vi: "Không có đơn vị mã {code} trong hệ thống hay trong tệp.",
    en: "No member unit has the code {code}, in thidua or in the file.",
  },
  "onboarding.year": { vi: "Năm phải là số từ 2000 đến 2100.", en: "The year must be a number from 2000 to 2100." },
  "onboarding.twoBlocs": {
    vi: "{unit} có mặt ở hai khối trong năm {year}: {blocs}. Một đơn vị chỉ thuộc một khối mỗi năm.",
    en: "{unit} is in two blocs in {year}: {blocs}. A unit belongs to one bloc a year.",
  },
  "onboarding.otherProvince": {
    vi: "{unit} không thuộc tỉnh của khối {bloc}.",
    en: "{unit} is not in the province of bloc {bloc}.",
  },
  "onboarding.twoLeaders": {
    vi: "Khối {bloc} năm {year} có hơn một {role} (các dòng {rows}).",
    en: "Bloc {bloc} has more than one {role} in {year} (rows {rows}).",
  },
  "onboarding.archived": { vi: "{name} đã lưu trữ.", en: "{name} is archived." },
  "onboarding.moveProvince": {
    vi: "{code} đã thuộc tỉnh {province}; đổi tỉnh ở trang Tổ chức.",
    en: "{code} already belongs to {province}; move it on the Organisation page.",
  },
  "onboarding.scopeMissing": {
    vi: "Tài khoản {role} cần ghi {what} ở cột Phạm vi.",
    en: "A {role} account needs {what} in the scope column.",
  },
  "onboarding.ownAccount": {
    vi: "Không sửa tài khoản của chính bạn qua tệp.",
    en: "Your own account cannot be changed from a file.",
  },
  "onboarding.lastAdmin": {
    vi: "Không bỏ quyền quản trị của {username}: cần còn ít nhất một quản trị.",
    en: "{username} cannot stop being an administrator: one must remain.",
  },
  "onboarding.scope.COORDINATOR": { vi: "các mã khối", en: "the bloc codes" },
  "onboarding.scope.LEADER": { vi: "mã tỉnh", en: "the province code" },
  "onboarding.scope.UNIT": { vi: "mã đơn vị", en: "the unit code" },
  "onboarding.what.unit": { vi: "Mã đơn vị", en: "Unit code" },
  "onboarding.what.bloc": { vi: "Mã khối", en: "Bloc code" },
  "onboarding.what.username": { vi: "Tên đăng nhập", en: "Username" },
  "onboarding.what.member": { vi: "Thành viên", en: "Member" },
  "onboarding.head": { vi: "khối trưởng", en: "bloc head" },
  "onboarding.deputy": { vi: "khối phó", en: "deputy" },
} as const satisfies Record<string, { vi: string; en: string }>;
