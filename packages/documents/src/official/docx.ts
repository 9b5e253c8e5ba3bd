import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from "docx";
import { PAGE, placeAndDate, type Block, type OfficialDocument, type Run, type Signature } from "./official-document";

/** Decree 30 names Times New Roman (Unicode); fonts are named in .docx, never embedded. */
const FONT = "Times New Roman";
/** Sizes in half-points: body 14 pt, headings 13 pt, recipients 12 and 11 pt. */
const BODY = 28;
const HEAD = 26;
const MM = 56.7;
const twips = (mm: number) => Math.round(mm * MM);
const CONTENT_TWIPS = twips(PAGE.widthMm - PAGE.left - PAGE.right);

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size ?? BODY,
    bold: options.bold,
    italics: options.italics,
    ...(options.underline ? { underline: {} } : {}),
  });

const centred = (children: TextRun[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

/** A short rule under the issuing body and the motto, as the decree draws it. */
const rule = (widthTwips: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    indent: { left: widthTwips, right: widthTwips },
    border: { top: LINE },
    children: [],
  });

const cell = (children: Paragraph[], widthTwips: number) =>
  new TableCell({ children, width: { size: widthTwips, type: WidthType.DXA }, borders: NO_BORDERS });

function heading(doc: OfficialDocument): Table {
  const left = Math.round(CONTENT_TWIPS * 0.42);
  const right = CONTENT_TWIPS - left;
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(doc.upperBody ? [centred([run(doc.upperBody.toUpperCase(), { size: HEAD })])] : []),
              centred([run(doc.issuingBody.toUpperCase(), { size: HEAD, bold: true })]),
              rule(Math.round(left * 0.3)),
              centred([run(`Số: ${doc.number}`, { size: HEAD })]),
            ],
            left,
          ),
          cell(
            [
              centred([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 24, bold: true })]),
              centred([run("Độc lập - Tự do - Hạnh phúc", { bold: true })]),
              rule(Math.round(right * 0.22)),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [run(placeAndDate(doc.place, doc.date), { italics: true })],
              }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

const runsOf = (runs: Run[]) => runs.map((part) => run(part.text, { bold: part.bold, italics: part.italics }));

function block(item: Block): (Paragraph | Table)[] {
  if (item.kind === "heading") {
    return [new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(item.text, { bold: true })] })];
  }
  if (item.kind === "paragraph") {
    const align =
      item.align === "center"
        ? AlignmentType.CENTER
        : item.align === "left"
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED;
    return [
      new Paragraph({
        alignment: align,
        spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO },
        indent: item.indent === false ? undefined : { firstLine: twips(10) },
        children: runsOf(item.runs),
      }),
    ];
  }
  const total = item.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = item.columns.map((column) => Math.round((column.width / total) * CONTENT_TWIPS));
  const align = (value: "left" | "center" | "right" | undefined) =>
    value === "center" ? AlignmentType.CENTER : value === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const bordered = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const tableCell = (text: string, width: number, options: { bold?: boolean; align?: "left" | "center" | "right" }) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: bordered,
      children: [
        new Paragraph({ alignment: align(options.align), children: [run(text, { size: HEAD, bold: options.bold })] }),
      ],
    });
  return [
    new Table({
      width: { size: CONTENT_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          children: item.columns.map((column, index) =>
            tableCell(column.header, widths[index] ?? 0, { bold: true, align: "center" }),
          ),
        }),
        ...item.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.map((text, index) =>
                tableCell(text, widths[index] ?? 0, { align: item.columns[index]?.align }),
              ),
            }),
        ),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function signature(signer: Signature | undefined): Paragraph[] {
  if (!signer) return [];
  return [
    ...signer.title.map((line) => centred([run(line, { bold: true })])),
    ...(signer.note ? [centred([run(signer.note, { italics: true, size: HEAD })])] : []),
    centred([run("(Ký, ghi rõ họ tên)", { italics: true, size: 24 })], 1200),
    centred([run(signer.name, { bold: true })]),
  ];
}

function closing(doc: OfficialDocument): Table {
  const half = Math.round(CONTENT_TWIPS / 2);
  const recipients = doc.recipients.length
    ? [
        new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
        ...doc.recipients.map((line) => new Paragraph({ children: [run(`- ${line}`, { size: 22 })] })),
      ]
    : signature(doc.signatures.left);
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: [half, CONTENT_TWIPS - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(recipients.length ? recipients : [new Paragraph({ children: [] })], half),
          cell(signature(doc.signatures.right), CONTENT_TWIPS - half),
        ],
      }),
    ],
  });
}

/** The document as .docx: A4, the decree's margins, Times New Roman throughout. */
export async function officialDocx(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: "thidua",
    title: `${doc.kind} ${doc.subject.join(" ")}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.widthMm), height: twips(PAGE.heightMm) },
            margin: {
              top: twips(PAGE.top),
              bottom: twips(PAGE.bottom),
              left: twips(PAGE.left),
              right: twips(PAGE.right),
            },
          },
        },
        children: [
          heading(doc),
          new Paragraph({
            spacing: { before: 240 },
            alignment: AlignmentType.CENTER,
            children: [run(doc.kind, { bold: true })],
          }),
          ...doc.subject.map((line) => centred([run(line, { bold: true })])),
          rule(Math.round(CONTENT_TWIPS * 0.4)),
          ...(doc.addressee ? [centred([run(`Kính gửi: ${doc.addressee}`)], 240)] : []),
          ...doc.body.flatMap(block),
          closing(doc),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
