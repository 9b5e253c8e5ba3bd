/** The API's words about units, blocs and their coordinators (merged into messages.ts). */
export const organisationMessages = {
  "membership.archived": {
    vi: "{unit} đã lưu trữ, không thêm vào khối năm {year} được.",
    en: "{unit} is archived and cannot join a bloc in {year}.",
  },
  "bloc.archived": {
    vi: "Khối đã lưu trữ: xem được các năm cũ nhưng không bắt đầu năm mới.",
    en: "The bloc is archived: its past years stay readable, but no new year can start.",
  },
  "unit.archiveProvinceInUse": {
    vi: "{unit} còn đơn vị hoặc khối thi đua đang hoạt động; hãy chuyển hoặc lưu trữ chúng trước.",
    en: "{unit} still has active units or blocs; move or archive them first.",
  },
  "unit.archiveHasResults": {
    vi: "{unit} đã có kết quả chấm điểm trong khối {bloc} năm {year}, chưa lưu trữ được.",
    en: "{unit} already has results in {bloc} for {year} and cannot be archived yet.",
  },
  "unit.moveInUse": {
    vi: "{unit} còn là thành viên khối {bloc} năm {year}; bỏ khỏi năm đó trước khi chuyển sang tỉnh khác.",
    en: "{unit} is still a member of {bloc} in {year}; remove it from that year before moving it to another province.",
  },
  "unit.archived": {
    vi: "{unit} đã lưu trữ; khôi phục trước khi sửa.",
    en: "{unit} is archived; restore it before changing it.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;
