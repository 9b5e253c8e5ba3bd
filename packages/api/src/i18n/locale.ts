export type Locale = "vi" | "en";

/** Vietnamese first: English only when the client asks for it before Vietnamese. */
export function pickLocale(requested: string | null | undefined): Locale {
  if (!requested) return "vi";
  for (const part of requested.split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    if (tag.startsWith("vi")) return "vi";
    if (tag.startsWith("en")) return "en";
  }
  return "vi";
}
