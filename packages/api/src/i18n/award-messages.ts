/** The API's words about award rules and the year-end dossier (merged into messages.ts). */
export const awardMessages = {
  "awards.notFinal": {
    vi: "Quý IV/{year} chưa khóa nên chưa có kết quả xếp hạng cuối năm: hãy khóa quý IV trước khi ghi kết quả bình xét.",
    en: "Quarter IV/{year} is not locked, so there is no final ranking yet: lock quarter IV before recording the deliberation.",
  },
  "awards.noDossier": {
    vi: "Khối chưa ghi kết quả bình xét, suy tôn năm {year}.",
    en: "The bloc has not recorded its {year} deliberation yet.",
  },
  "awards.duplicateRule": { vi: "Mã hình thức khen thưởng {code} bị trùng.", en: "Award code {code} is used twice." },
  "awards.unknownClass": {
    vi: "Hình thức {code} dùng xếp loại {classCode}, nhưng bộ tiêu chí không có xếp loại này.",
    en: "Award {code} uses class {classCode}, which the criteria set does not have.",
  },
  "awards.unknownAward": {
    vi: "{unit}: không có hình thức khen thưởng {code}.",
    en: "{unit}: there is no award {code}.",
  },
  "awards.notMember": {
    vi: "{unit} không thuộc khối năm {year}.",
    en: "{unit} is not a member of the bloc in {year}.",
  },
  "awards.duplicateUnit": { vi: "{unit} được ghi hai lần.", en: "{unit} is listed twice." },
  "awards.reasonNeeded": {
    vi: "{unit}: kết quả khác đề xuất theo quy định ({proposed}), cần ghi lý do.",
    en: "{unit}: the result departs from what the rules propose ({proposed}); give a reason.",
  },
  "awards.proposedMissing": {
    vi: "{unit} được đề xuất theo quy định nhưng không có trong danh sách; nếu không đề nghị, hãy ghi lý do.",
    en: "{unit} is proposed by the rules but missing from the list; if it is not proposed, give a reason.",
  },
  "awards.overCount": {
    vi: "{award}: đề nghị {count} đơn vị, quá số lượng {limit} theo quy định.",
    en: "{award}: {count} units proposed, more than the {limit} the rules allow.",
  },
  "awards.tooManyVotes": {
    vi: "{unit}: tổng số phiếu {votes} lớn hơn số đại biểu bỏ phiếu {voters}.",
    en: "{unit}: {votes} votes, more than the {voters} who voted.",
  },
  "what.awardDossier": { vi: "Kết quả bình xét, suy tôn", en: "The deliberation record" },
  "awards.none": { vi: "không đề nghị", en: "not proposed" },
  "awards.refusal.RANK": {
    vi: "xếp hạng {rank}, cần từ hạng {maxRank} trở lên",
    en: "ranked {rank}, needs {maxRank} or better",
  },
  "awards.refusal.CLASS": {
    vi: "xếp loại {classification}, cần {classes}",
    en: "class {classification}, needs {classes}",
  },
  "awards.refusal.NOT_PASSING": { vi: "chưa đạt xếp loại", en: "reaches no passing class" },
  "awards.refusal.KNOCKED_OUT": { vi: "vi phạm tiêu chí loại trừ", en: "a knock-out violation" },
  "awards.refusal.COUNT_REACHED": { vi: "đã đủ {count} đơn vị", en: "all {count} places taken" },
  "awards.refusal.TIE_AT_LIMIT": {
    vi: "đồng hạng với {tiedWith}, vượt số lượng {count}: hội nghị quyết định",
    en: "tied with {tiedWith} beyond the {count} places: the meeting decides",
  },
} as const satisfies Record<string, { vi: string; en: string }>;
