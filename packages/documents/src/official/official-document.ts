/**
 * An administrative document in the layout of Decree 30/2020/NĐ-CP: the issuing body and number at
 * the top left, the national name and motto at the top right, place and date, the document type and
 * its subject, the body, the recipients and the signature block. Builders (the ranking minutes, the
 * award proposal, a unit's self-assessment report) produce this; the renderers turn it into .docx
 * (Times New Roman, named) and PDF (Noto Serif, embedded) alike.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export type Block =
  /** A body paragraph: justified, first line indented, unless it is a list line. */
  | { kind: "paragraph"; runs: Run[]; indent?: boolean; align?: "left" | "center" | "justify" }
  /** A numbered heading of the body ("I. THÀNH PHẦN"), bold. */
  | { kind: "heading"; text: string }
  | {
      kind: "table";
      columns: { header: string; width: number; align?: "left" | "center" | "right" }[];
      rows: string[][];
    };

export interface Signature {
  /** "TM. KHỐI THI ĐUA" over "KHỐI TRƯỞNG", or "THƯ KÝ": in capitals, bold. */
  title: string[];
  /** The unit the signer speaks for, in italics under the title; optional. */
  note?: string;
  name: string;
}

export interface OfficialDocument {
  /** The upper body (cơ quan chủ quản), capitals; may be empty. */
  upperBody: string;
  issuingBody: string;
  /** "05/BB-KTĐ". */
  number: string;
  /** "Lào Cai". */
  place: string;
  date: Date;
  /** "BIÊN BẢN", "TỜ TRÌNH". */
  kind: string;
  /** The line(s) under the type: "Họp bình xét, suy tôn ...", "Về việc đề nghị ...". */
  subject: string[];
  /** "Kính gửi: ..." for a proposal. */
  addressee?: string;
  body: Block[];
  /** "Nơi nhận:" lines; none for minutes. */
  recipients: string[];
  /** Left and right signature blocks; minutes carry two (secretary, chair), a proposal one. */
  signatures: { left?: Signature; right: Signature };
}

const VIETNAM_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

/** A moment as a clock in Vietnam shows it, whatever the server's time zone. */
export function vietnamTime(date: Date) {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(VIETNAM_TIME.formatToParts(date).find((entry) => entry.type === type)?.value ?? 0);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

/** "Lào Cai, ngày 15 tháng 12 năm 2025": days below 10 written with a leading zero, as the decree shows. */
export function placeAndDate(place: string, date: Date): string {
  const { year, month, day } = vietnamTime(date);
  // Decree 30: months 1 and 2 take a leading zero (tháng 01, tháng 02), the others do not.
  const monthText = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${String(day).padStart(2, "0")} tháng ${monthText} năm ${year}`;
}

/** A4 and the decree's margins, in millimetres: top and bottom 20, left 30, right 15. */
export const PAGE = { widthMm: 210, heightMm: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
