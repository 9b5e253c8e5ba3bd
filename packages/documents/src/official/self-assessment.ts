import { formatNumber } from "@thidua/core";
import { vietnamTime, type Block, type OfficialDocument } from "./official-document";

/** A unit's self-assessment for a quarter (or the year, at quarter IV) as the report takes it. */
export interface SelfAssessmentData {
  unitName: string;
  blocName: string;
  /** The body above the unit in the heading; may be empty. */
  upperBody: string;
  place: string;
  year: number;
  /** null: the whole year (the figures of quarter IV, year to date). */
  quarter: number | null;
  date: Date;
  criteria: {
    code: string;
    name: string;
    unitOfMeasure: string | null;
    maxPoints: number;
    /** The year-to-date figure the points were scored on, self-assessed and verified. */
    selfValue: number | null;
    verifiedValue: number | null;
    selfPoints: number | null;
    verifiedPoints: number | null;
    note: string | null;
    explanation: string | null;
  }[];
  totals: {
    /** `provisional`: before quarter IV the class is on the plan to date (tạm xếp loại), as the ranking says. */
    self: { total: number; classification: string | null; provisional?: boolean };
    verified: { total: number; classification: string | null; provisional?: boolean };
    maxAttainable: number;
  };
  evidence: { criterionCode: string; quarter: number; name: string; url: string | null }[];
  /** Where the sheet stands: "Đã nộp lúc …", "Đã thẩm định …". */
  status: string;
}

const ROMAN = ["I", "II", "III", "IV"];
const number = (value: number | null) => (value === null ? "–" : formatNumber(value, "vi"));
const para = (text: string, indent = true): Block => ({ kind: "paragraph", runs: [{ text }], indent });
const two = (value: number) => String(value).padStart(2, "0");

/** "14:12 ngày 01/12/2026", Vietnam time. */
export function vietnamMoment(date: Date): string {
  const { year, month, day, hour, minute } = vietnamTime(date);
  return `${two(hour)}:${two(minute)} ngày ${two(day)}/${two(month)}/${year}`;
}

const periodName = (data: SelfAssessmentData) =>
  data.quarter === null ? `năm ${data.year}` : `quý ${ROMAN[data.quarter - 1]} năm ${data.year}`;

function scoreTable(data: SelfAssessmentData): Block {
  return {
    kind: "table",
    columns: [
      { header: "Mã", width: 8 },
      { header: "Tiêu chí", width: 34 },
      { header: "Điểm tối đa", width: 9, align: "right" },
      { header: "Kết quả lũy kế", width: 13, align: "right" },
      { header: "Điểm tự chấm", width: 9, align: "right" },
      { header: "Điểm thẩm định", width: 9, align: "right" },
      { header: "Ghi chú, giải trình", width: 18 },
    ],
    rows: data.criteria.map((criterion) => [
      criterion.code,
      criterion.name,
      number(criterion.maxPoints),
      criterion.selfValue === null
        ? "–"
        : [number(criterion.selfValue), criterion.unitOfMeasure].filter(Boolean).join(" "),
      number(criterion.selfPoints),
      number(criterion.verifiedPoints),
      [criterion.note, criterion.explanation && `Giải trình: ${criterion.explanation}`].filter(Boolean).join(". "),
    ]),
  };
}

function evidenceTable(data: SelfAssessmentData): Block[] {
  if (data.evidence.length === 0) return [para("Đơn vị chưa đính kèm tài liệu minh chứng nào.")];
  return [
    {
      kind: "table",
      columns: [
        { header: "STT", width: 7, align: "center" },
        { header: "Tiêu chí", width: 12 },
        { header: "Quý", width: 8, align: "center" },
        { header: "Tài liệu, đường dẫn minh chứng", width: 73 },
      ],
      rows: data.evidence.map((item, index) => [
        String(index + 1),
        item.criterionCode,
        ROMAN[item.quarter - 1] ?? String(item.quarter),
        item.url ? `${item.name} (${item.url})` : item.name,
      ]),
    },
  ];
}

/**
 * The unit's self-assessment report (báo cáo tự chấm điểm thi đua): its figures, self-scores and
 * verified scores per criterion, its notes and explanations, and the list of its evidence, to sign
 * and file with the bloc.
 */
export function selfAssessmentReport(data: SelfAssessmentData): OfficialDocument {
  const { totals } = data;
  const classified = ({ classification, provisional }: SelfAssessmentData["totals"]["self"]) =>
    classification ? `, ${provisional ? "tạm xếp loại" : "xếp loại"} ${classification}` : "";
  return {
    upperBody: data.upperBody,
    issuingBody: data.unitName,
    number: "      /BC",
    place: data.place,
    date: data.date,
    kind: "BÁO CÁO",
    subject: [`Tự chấm điểm thi đua ${periodName(data)}`, data.blocName],
    body: [
      para(
        `Thực hiện bộ tiêu chí thi đua năm ${data.year} của ${data.blocName}, ${data.unitName} báo cáo kết quả tự chấm điểm ${periodName(data)} như sau:`,
      ),
      { kind: "heading", text: "I. KẾT QUẢ TỰ CHẤM ĐIỂM" },
      scoreTable(data),
      para(
        `Tổng điểm tự chấm: ${number(totals.self.total)}/${number(totals.maxAttainable)} điểm${classified(totals.self)}. ` +
          `Điểm thẩm định: ${number(totals.verified.total)} điểm${classified(totals.verified)}.`,
      ),
      para(`Tình trạng: ${data.status}.`),
      { kind: "heading", text: "II. TÀI LIỆU MINH CHỨNG" },
      ...evidenceTable(data),
      para(`${data.unitName} cam đoan các số liệu trên là đúng sự thật và chịu trách nhiệm về nội dung báo cáo./.`),
    ],
    recipients: [`${data.blocName} (để thẩm định)`, "Lưu: VT."],
    signatures: { right: { title: ["THỦ TRƯỞNG ĐƠN VỊ"], name: "" } },
  };
}
