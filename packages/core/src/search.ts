/**
 * The form under which people's words are searched: without diacritics, case or extra spaces, so
 * "bat xat" finds "Bát Xát" and "DIEUPHOI" finds "dieuphoi.laocai".
 */
export function searchFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether every word of the query appears somewhere in the texts. */
export function matchesSearch(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = searchFold(query).split(" ").filter(Boolean);
  const haystack = searchFold(texts.filter(Boolean).join(" "));
  return words.every((word) => haystack.includes(word));
}
