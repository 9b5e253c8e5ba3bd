import type { Locale } from "./format";

/**
 * Reads a number as people type and paste it: the Vietnamese way, comma as decimal mark and dot
 * between thousands ("3,7", "127.600", "1.234,5", "110,75%"). Real files mix conventions, so English
 * figures are read too where they cannot be misread ("1,234.5", "3.75"). The one ambiguous form, a
 * single mark before three digits ("127.600", "127,600"), is read in the interface's language, so
 * every figure the dashboard writes reads back in the language it was written in: in Vietnamese
 * 127.600 is 127600 and 127,600 is 127.6, in English the other way round.
 * Null when the text is not a number. The inverse of formatValue.
 */
export function parseNumber(text: string, locale: Locale): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  const match = /^([+\-\u2212]?)(\d[\d.,]*|[.,]\d+)$/.exec(compact);
  if (!match) return null;
  const plain = plainDigits(match[2] ?? "", locale);
  if (plain === null) return null;
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  return match[1] === "-" || match[1] === "\u2212" ? -value : value;
}

/** The digits as JavaScript reads them ("1234.5"), or null when the marks make no sense. */
function plainDigits(body: string, locale: Locale): string | null {
  const lastComma = body.lastIndexOf(",");
  const lastDot = body.lastIndexOf(".");
  if (lastComma < 0 && lastDot < 0) return body;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both marks: the last one is the decimal mark and the other one groups thousands.
    const decimalAt = Math.max(lastComma, lastDot);
    const grouping = decimalAt === lastComma ? "." : ",";
    return joinParts(body.slice(0, decimalAt), grouping, body.slice(decimalAt + 1));
  }
  const mark = lastComma >= 0 ? "," : ".";
  const parts = body.split(mark);
  // Several of one mark can only group thousands: "1.234.567" (or "1,234,567" from an English file).
  if (parts.length > 2) return joinParts(body, mark, "");
  const [whole = "", fraction = ""] = parts;
  if (fraction === "") return null;
  // One mark before exactly three digits groups thousands when it is the language's grouping mark.
  const groups = mark === (locale === "en" ? "," : ".");
  if (groups && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return `${whole}${fraction}`;
  return `${whole || "0"}.${fraction}`;
}

/** "1.234" grouped by `grouping` plus a fraction, as "1234.fraction"; null if the groups are not thousands. */
function joinParts(grouped: string, grouping: string, fraction: string): string | null {
  const groups = grouped.split(grouping);
  const thousands = groups.every((group, index) => (index === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group));
  if (!thousands || !/^\d*$/.test(fraction)) return null;
  return fraction === "" ? groups.join("") : `${groups.join("")}.${fraction}`;
}
