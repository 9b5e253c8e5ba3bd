/**
 * What a unit may attach as evidence (tài liệu kiểm chứng): the documents blocs pass around
 * (scanned PDF reports and minutes, photos, Word and Excel files) up to a size a scan of a
 * few dozen pages stays under. The server checks the content; the browser says so before uploading.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_TYPES = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
} as const;

export type EvidenceType = keyof typeof EVIDENCE_TYPES;

export const isEvidenceType = (type: string): type is EvidenceType => Object.hasOwn(EVIDENCE_TYPES, type);

/** The file picker's filter: by extension, since browsers guess types from names. */
export const EVIDENCE_ACCEPT = [".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx"].join(",");

/** Types a browser can show itself, so they open in a new tab rather than download. */
export const opensInBrowser = (type: string | null) =>
  type === "application/pdf" || type === "image/png" || type === "image/jpeg";
