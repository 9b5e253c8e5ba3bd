/** The API's words about the quarter's cycle: submission, return, verification, deadlines, locking in order (merged into messages.ts). */
export const cycleMessages = {
  "sheet.state.DRAFT": { vi: "đang nhập", en: "draft" },
  "sheet.state.SUBMITTED": { vi: "đã nộp", en: "submitted" },
  "sheet.state.RETURNED": { vi: "bị trả lại", en: "returned" },
  "sheet.state.VERIFIED": { vi: "đã thẩm định", en: "verified" },
  "sheet.transition": {
    vi: "Bảng tự chấm quý {quarter} của {unit} đang ở trạng thái “{state}”, không {action} được.",
    en: "{unit}'s quarter {quarter} sheet is {state}; it cannot be {action}.",
  },
  "sheet.action.submit": { vi: "nộp", en: "submitted" },
  "sheet.action.return": { vi: "trả lại", en: "returned" },
  "sheet.action.verify": { vi: "thẩm định", en: "verified" },
  "sheet.gaps": {
    vi: "Chưa nộp được: {count} tiêu chí còn thiếu ({gaps}). Hãy nhập số liệu hoặc ghi giải trình rồi nộp lại.",
    en: "Not submitted: {count} criteria are incomplete ({gaps}). Enter the figures or write an explanation, then submit again.",
  },
  "sheet.gap.missingFigure": { vi: "chưa có số liệu", en: "no figure" },
  "sheet.gap.missingEvidence": { vi: "thiếu minh chứng, chưa giải trình", en: "no evidence and no explanation" },
  "sheet.unverifiedFigures": {
    vi: "Chưa thẩm định xong {unit}: {count} tiêu chí chưa có số liệu thẩm định ({codes}).",
    en: "{unit} cannot be verified yet: {count} criteria have no verified figure ({codes}).",
  },
  "sheet.readOnly": {
    vi: "Bảng tự chấm quý {quarter} của đơn vị đang ở trạng thái “{state}”, không sửa được nữa. Nếu cần sửa, đề nghị người điều phối trả lại bảng.",
    en: "Your unit's quarter {quarter} sheet is {state} and can no longer be edited. Ask the coordinator to return it if it needs changes.",
  },
  "sheet.noUnit": {
    vi: "Tài khoản không gắn với đơn vị nào nên không nộp được bảng tự chấm.",
    en: "This account speaks for no unit, so it cannot submit a sheet.",
  },
  "sheet.notMember": {
    vi: "Đơn vị không thuộc khối năm {year}.",
    en: "The unit is not a member of the bloc in {year}.",
  },
  "period.earlierOpen": {
    vi: "Chưa khóa sổ được quý {quarter}: {earlier} chưa khóa sổ. Hãy khóa sổ các quý theo thứ tự.",
    en: "Quarter {quarter} cannot be locked yet: {earlier} is not locked. Lock the quarters in order.",
  },
  "period.unverified": {
    vi: "Còn {count} đơn vị chưa thẩm định xong ({units}). Muốn vẫn khóa sổ quý {quarter}, hãy ghi lý do.",
    en: "{count} units are not verified yet ({units}). To lock quarter {quarter} anyway, write the reason.",
  },
  "period.reopenReason": {
    vi: "Hãy ghi lý do mở lại quý {quarter}: lý do được lưu trong lịch sử của quý.",
    en: "Write why quarter {quarter} is reopened: the reason is kept in the quarter's history.",
  },
  "period.deadlineClosed": {
    vi: "Quý {quarter} đã {status}, không đổi hạn nộp được nữa.",
    en: "Quarter {quarter} is {status}; its deadline can no longer change.",
  },
} as const;
