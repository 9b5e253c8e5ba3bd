/** Words of the sheet's plausibility warnings: Vietnamese first, English second. */
export const warningMessages = {
  vi: {
    title: "Số liệu bất thường ({count})",
    intro:
      "Các số liệu dưới đây khác xa thường lệ. Kiểm tra lại (nhầm tỷ/triệu, thừa chữ số?); nếu đúng, xác nhận hoặc giải thích trong ghi chú rồi lưu.",
    storedIntro: "Số liệu đã lưu khác xa thường lệ: người thẩm định nên xem kỹ.",
    cell: "{unit} – {code} ({side}): {value}",
    ownHistory: "Chênh lệch từ 10 lần trở lên so với các quý trước của đơn vị (thường {typical}).",
    peers: "Chênh lệch từ 10 lần trở lên so với {peers} đơn vị khác trong khối (trung vị {typical}).",
    aboveTarget: "Lũy kế {value} bằng {percent} chỉ tiêu năm {target}.",
    confirm: "Tôi xác nhận số liệu này đúng",
    note: "Giải thích (ghi chú của ô)",
    notePlaceholder: "Ví dụ: đã quy đổi sang triệu đồng",
    storedNote: "Ghi chú: {note}",
    unanswered: "{count} số liệu bất thường chưa được xác nhận hoặc giải thích: xem danh sách phía trên bảng.",
  },
  en: {
    title: "Unusual figures ({count})",
    intro:
      "The figures below are far from the usual. Check them (billion typed for million, a digit too many?); if right, confirm them or explain them in the note, then save.",
    storedIntro: "Saved figures far from the usual: the verifier should look closely.",
    cell: "{unit} – {code} ({side}): {value}",
    ownHistory: "Ten times or more off the unit's earlier quarters (typically {typical}).",
    peers: "Ten times or more off {peers} other units of the bloc (median {typical}).",
    aboveTarget: "The year to date {value} is {percent} of the year's target {target}.",
    confirm: "I confirm this figure is right",
    note: "Explanation (the cell's note)",
    notePlaceholder: "E.g. converted to millions of đồng",
    storedNote: "Note: {note}",
    unanswered: "{count} unusual figures are neither confirmed nor explained: see the list above the sheet.",
  },
} as const;
