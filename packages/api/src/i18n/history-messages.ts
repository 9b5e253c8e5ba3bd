/** The API's words about locked results, cell history and reverts (merged into messages.ts). */
export const historyMessages = {
  "lockedFigures.changed": {
    vi: "Chưa lưu: thay đổi này làm thay đổi kết quả đã khóa sổ hoặc công bố của quý {quarters}. Hãy mở lại quý {quarters} trước (mở lại được ghi vào lịch sử), rồi lưu lại.",
    en: "Not saved: this change would alter the locked or published results of quarter {quarters}. Reopen quarter {quarters} first (the reopening is kept on record), then save again.",
  },
  "notFound.cell": {
    vi: "Không tìm thấy ô này trong bảng điểm của khối năm đó.",
    en: "This cell is not on the bloc's score sheet for that year.",
  },
  "history.notFound": {
    vi: "Ô này chưa có thay đổi nào để khôi phục.",
    en: "This cell has no earlier change to restore.",
  },
  "history.sameValue": {
    vi: "Ô đang giữ đúng giá trị này, không có gì để khôi phục.",
    en: "The cell already holds this value; there is nothing to restore.",
  },
} as const;
