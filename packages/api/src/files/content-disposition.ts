/**
 * A download's name for every browser: an ASCII fallback without diacritics (filename=) and the
 * real Vietnamese name percent-encoded in UTF-8 (filename*=, RFC 5987 / 6266), which current
 * browsers prefer. Inline opens the file in the browser's own viewer (a PDF, a photo).
 */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file name from its parts, without the characters no file system takes. */
export const fileNameOf = (parts: string[], extension: string) =>
  `${parts
    .map((part) => part.replace(/[\\/:*?"<>|]/g, "-").trim())
    .filter(Boolean)
    .join(" – ")}.${extension}`;
