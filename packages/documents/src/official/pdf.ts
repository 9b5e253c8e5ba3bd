import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { renderPdf } from "../pdf/fonts";
import { PAGE, placeAndDate, type Block, type OfficialDocument, type Signature } from "./official-document";

const MM = 72 / 25.4;
const pt = (mm: number) => mm * MM;
const CONTENT = pt(PAGE.widthMm - PAGE.left - PAGE.right);
const BODY = 13;
const HEAD = 12.5;

/** A short rule, centred in a column of `within` points, under the issuing body, the motto and the title. */
const rule = (within: number, width: number): Content => ({
  canvas: [{ type: "line", x1: (within - width) / 2, y1: 0, x2: (within + width) / 2, y2: 0, lineWidth: 0.7 }],
  margin: [0, 1, 0, 4],
});

function heading(doc: OfficialDocument): Content {
  const left = CONTENT * 0.42;
  return {
    columns: [
      {
        width: left,
        stack: [
          ...(doc.upperBody
            ? [{ text: doc.upperBody.toUpperCase(), fontSize: HEAD, alignment: "center" as const }]
            : []),
          { text: doc.issuingBody.toUpperCase(), fontSize: HEAD, bold: true, alignment: "center" },
          rule(left, left * 0.4),
          { text: `Số: ${doc.number}`, fontSize: HEAD, alignment: "center" },
        ],
      },
      {
        width: "*",
        stack: [
          { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fontSize: 12, bold: true, alignment: "center" },
          { text: "Độc lập - Tự do - Hạnh phúc", fontSize: BODY, bold: true, alignment: "center" },
          rule(CONTENT - left - 8, 150),
          {
            text: placeAndDate(doc.place, doc.date),
            italics: true,
            fontSize: BODY,
            alignment: "center",
            margin: [0, 4, 0, 0],
          },
        ],
      },
    ],
    columnGap: 8,
  };
}

function block(item: Block): Content {
  if (item.kind === "heading") return { text: item.text, bold: true, margin: [0, 6, 0, 3] };
  if (item.kind === "paragraph") {
    return {
      text: item.runs.map((part) => ({ text: part.text, bold: part.bold, italics: part.italics })),
      alignment: item.align === "center" ? "center" : item.align === "left" ? "left" : "justify",
      leadingIndent: item.indent === false ? 0 : pt(10),
      margin: [0, 0, 0, 6],
      lineHeight: 1.15,
    };
  }
  const total = item.columns.reduce((sum, column) => sum + column.width, 0);
  const body: TableCell[][] = [
    item.columns.map((column) => ({ text: column.header, bold: true, alignment: "center" })),
    ...item.rows.map((row) => row.map((text, index) => ({ text, alignment: item.columns[index]?.align ?? "left" }))),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: item.columns.map((column) => (column.width / total) * (CONTENT - 30)),
      body,
    },
    fontSize: HEAD - 1,
    margin: [0, 2, 0, 8],
  };
}

const signature = (signer: Signature | undefined): Content[] =>
  signer
    ? [
        ...signer.title.map((line) => ({ text: line, bold: true, alignment: "center" as const })),
        ...(signer.note ? [{ text: signer.note, italics: true, fontSize: HEAD, alignment: "center" as const }] : []),
        { text: "(Ký, ghi rõ họ tên)", italics: true, fontSize: 11, alignment: "center", margin: [0, 0, 0, 48] },
        { text: signer.name, bold: true, alignment: "center" },
      ]
    : [];

function closing(doc: OfficialDocument): Content {
  const left: Content[] = doc.recipients.length
    ? [
        { text: "Nơi nhận:", bold: true, italics: true, fontSize: 12 },
        ...doc.recipients.map((line) => ({ text: `- ${line}`, fontSize: 11 })),
      ]
    : signature(doc.signatures.left);
  return {
    columns: [
      { width: "*", stack: left },
      { width: "*", stack: signature(doc.signatures.right) },
    ],
    margin: [0, 10, 0, 0],
    unbreakable: true,
  };
}

export function officialDefinition(doc: OfficialDocument): TDocumentDefinitions {
  return {
    info: { title: `${doc.kind} ${doc.subject.join(" ")}`, creator: "thidua" },
    pageSize: "A4",
    pageMargins: [pt(PAGE.left), pt(PAGE.top), pt(PAGE.right), pt(PAGE.bottom)],
    defaultStyle: { fontSize: BODY },
    footer: (page, pages) =>
      pages > 1 ? { text: String(page), alignment: "center", fontSize: 10, margin: [0, 20, 0, 0] } : { text: "" },
    content: [
      heading(doc),
      { text: doc.kind, bold: true, fontSize: 14, alignment: "center", margin: [0, 16, 0, 0] },
      ...doc.subject.map((line) => ({ text: line, bold: true, alignment: "center" as const })),
      { ...(rule(CONTENT, 90) as object), margin: [0, 6, 0, 10] } as Content,
      ...(doc.addressee
        ? [
            {
              text: `Kính gửi: ${doc.addressee}`,
              alignment: "center" as const,
              margin: [0, 0, 0, 10] as [number, number, number, number],
            },
          ]
        : []),
      ...doc.body.map(block),
      closing(doc),
    ],
  };
}

/** The document as PDF: the same layout as the .docx, in Noto Serif (embedded) for Times New Roman. */
export const officialPdf = (doc: OfficialDocument): Promise<Buffer> => renderPdf(officialDefinition(doc));
