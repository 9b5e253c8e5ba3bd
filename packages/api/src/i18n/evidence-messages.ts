/** The API's words about evidence files and links (merged into messages.ts). */
export const evidenceMessages = {
  "evidence.tooLarge": {
    vi: "Tệp lớn hơn {limit}, không nhận. Hãy nén hoặc tách tệp (ví dụ quét PDF ở độ phân giải thấp hơn).",
    en: "The file is larger than {limit} and was not accepted. Compress or split it (for example scan the PDF at a lower resolution).",
  },
  "evidence.empty": { vi: "Tệp rỗng, không có gì để lưu.", en: "The file is empty: there is nothing to keep." },
  "evidence.type": {
    vi: "Chỉ nhận tệp PDF, ảnh PNG hoặc JPEG, Word (.docx) và Excel (.xlsx); nội dung tệp này không thuộc loại nào trong đó.",
    en: "Only PDF, PNG or JPEG images, Word (.docx) and Excel (.xlsx) files are accepted; this file's content is none of them.",
  },
  "evidence.contentType": {
    vi: "Tệp phải được gửi nguyên dạng (application/octet-stream).",
    en: "The file must be sent as it is (application/octet-stream).",
  },
  "evidence.notYours": {
    vi: "Đơn vị chỉ được thêm hoặc xóa minh chứng của chính mình.",
    en: "A unit may add or remove only its own evidence.",
  },
  "evidence.notMember": {
    vi: "Đơn vị không thuộc khối thi đua năm {year}.",
    en: "The unit is not a member of the bloc in {year}.",
  },
  "evidence.notInSet": {
    vi: "Tiêu chí không thuộc bộ tiêu chí năm {year} của khối.",
    en: "The criterion is not in the bloc's criteria set for {year}.",
  },
  "notFound.evidence": { vi: "Không tìm thấy tài liệu kiểm chứng.", en: "Evidence not found." },
} as const;
