import { formatNumber, formatQuarter, heatCell, type CriterionRoleName } from "@thidua/core";
import type { Content, ContentText, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { labelsOf } from "../labels";
import { vietnamTime } from "../official/official-document";
import type { BlocHighlights, BriefingBloc, BriefingData, HighlightUnit } from "./briefing-data";
import { stackedBarsSvg } from "./charts";
import { renderPdf } from "./fonts";

const BRAND = "#7f1d1d";
const MUTED = "#57534e";
/** A4 landscape, 15 mm margins: 812 × 565 points of page, 727 wide inside. */
const MARGIN = 42;
const CONTENT_WIDTH = 842 - 2 * MARGIN;

const points = (value: number | null) => (value === null ? "" : formatNumber(value, "vi"));
const movementText = (movement: number | null) =>
  movement === null ? "–" : movement > 0 ? `+${movement}` : movement < 0 ? `−${-movement}` : "0";
const dateText = (date: Date) => {
  const { year, month, day } = vietnamTime(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
};

const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => "#d6d3d1",
  vLineColor: () => "#d6d3d1",
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const head = (text: string): TableCell => ({
  text,
  bold: true,
  color: "#ffffff",
  fillColor: BRAND,
  alignment: "center",
});

function unitPhrase(unit: HighlightUnit): string {
  const klass = unit.classification ? `, ${unit.classification.label.toLowerCase()}` : "";
  return `${unit.unitName} (hạng ${unit.rank}, ${points(unit.total)} điểm${klass})`;
}

/** The opening paragraph: who leads, who lags, who moved most. */
function highlightsText(highlights: BlocHighlights, hasPrevious: boolean): Content[] {
  const lines: ContentText[] = [
    { text: `Khối có ${highlights.unitCount} đơn vị; điểm bình quân ${points(highlights.averageTotal)}.` },
    { text: [{ text: "Dẫn đầu: ", bold: true }, highlights.leaders.map(unitPhrase).join("; ") || "chưa có."] },
  ];
  const laggards = highlights.laggards.map((unit) => {
    const reasons = unit.reasons.map((reason) => (reason === "BOTTOM" ? "xếp cuối" : "chưa đạt loại")).join(", ");
    return `${unitPhrase(unit)}: ${reasons}`;
  });
  lines.push({ text: [{ text: "Cần cố gắng: ", bold: true }, laggards.join("; ") || "không có."] });
  const movers = highlights.movers.map(
    (unit) =>
      `${unit.unitName} (${unit.movement !== null && unit.movement > 0 ? "tăng" : "giảm"} ${Math.abs(unit.movement ?? 0)} bậc, nay hạng ${unit.rank})`,
  );
  const unchanged = highlights.movers.length === 0;
  lines.push({
    text: [
      { text: "Thay đổi thứ hạng nhiều nhất: ", bold: true },
      unchanged
        ? hasPrevious
          ? "thứ hạng không đổi so với quý trước."
          : "chưa có quý trước để so sánh."
        : `${movers.join("; ")}.`,
    ],
  });
  return lines.map((line) => ({ ...line, margin: [0, 0, 0, 3] }));
}

/** Groups of content criteria: a group of bonus items only has no content points (its points are the bonus). */
const contentGroups = (bloc: BriefingBloc) => bloc.ranking.groups.filter((group) => group.maxPoints > 0);

function rankingTableContent(bloc: BriefingBloc): Content {
  const { ranking } = bloc;
  const groups = contentGroups(bloc);
  const provisional = ranking.entries.some((entry) => entry.classification.provisional);
  const body: TableCell[][] = [
    [
      head("Hạng"),
      head("Đơn vị"),
      head("Tổng điểm"),
      ...groups.map((group) => head(`${group.code}\n(${points(group.maxPoints)})`)),
      head("Thưởng"),
      head("Trừ"),
      head("So quý trước"),
      head(provisional ? "Tạm xếp loại" : "Xếp loại"),
    ],
    ...ranking.entries.map((entry) => [
      { text: String(entry.rank), alignment: "center" as const },
      entry.unitName,
      { text: points(entry.total), bold: true, alignment: "right" as const },
      ...groups.map((group) => ({
        text: points(entry.groups.find((own) => own.groupId === group.id)?.points ?? null),
        alignment: "right" as const,
      })),
      { text: points(entry.bonus), alignment: "right" as const },
      { text: points(entry.deduction), alignment: "right" as const },
      { text: movementText(entry.movement), alignment: "center" as const },
      { text: `${entry.classification.label ?? "Chưa xếp loại"}${entry.knockedOut ? " *" : ""}` },
    ]),
  ];
  const knockedOut = ranking.entries.some((entry) => entry.knockedOut);
  return [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [28, "*", 44, ...groups.map(() => 34), 36, 30, 40, 58],
        body,
      },
      layout: TABLE_LAYOUT,
      fontSize: 8.5,
    },
    {
      text: [
        `Nhóm tiêu chí: ${groups.map((group) => `${group.code}. ${group.name}`).join("; ")}. `,
        `Xếp loại: ${ranking.bands.map((band) => `${band.label} từ ${points(band.minTotal)}`).join("; ")}.`,
        knockedOut ? " (*) Vi phạm tiêu chí loại trừ, không xét loại cao nhất." : "",
        provisional
          ? " Tạm xếp loại: trước quý IV, điểm xếp loại tính theo kế hoạch đến hết quý (phần chỉ tiêu năm dự kiến đạt đến kỳ), không theo chỉ tiêu cả năm; hạng và tổng điểm vẫn theo chỉ tiêu năm."
          : "",
      ],
      fontSize: 8,
      color: MUTED,
      margin: [0, 3, 0, 0],
    },
  ];
}

function heatMapContent(bloc: BriefingBloc): Content {
  const { matrix } = bloc;
  // The criterion's name keeps at least 200 points; units share the rest, 48 points at most each.
  const unitWidth = Math.max(26, Math.min(48, (CONTENT_WIDTH - 254) / Math.max(1, matrix.units.length)));
  const cell = (value: number | null, maxPoints: number, role: CriterionRoleName, bold = false): TableCell => {
    const look = heatCell(value, maxPoints, role);
    return {
      text: points(value),
      alignment: "right",
      bold,
      ...(look.state === "band" ? { fillColor: look.band.background, color: look.band.text } : {}),
      ...(look.state === "missing" ? { fillColor: "#e7e5e4" } : {}),
    };
  };
  const body: TableCell[][] = [
    [
      head("Mã"),
      head("Tiêu chí"),
      head("Tối đa"),
      ...matrix.units.map((unit) => head(`${unit.rank}. ${unit.unitName}`)),
    ],
  ];
  for (const group of matrix.groups) {
    for (const criterion of matrix.criteria.filter((entry) => entry.groupId === group.groupId)) {
      const role = criterion.role as CriterionRoleName;
      body.push([
        criterion.code,
        criterion.name,
        { text: points(role === "DEDUCTION" ? -criterion.maxPoints : criterion.maxPoints), alignment: "right" },
        ...matrix.units.map((unit) =>
          cell(
            unit.criteria.find((entry) => entry.criterionId === criterion.criterionId)?.points ?? null,
            criterion.maxPoints,
            role,
          ),
        ),
      ]);
    }
    const groupMax = group.maxPoints + group.bonusMaxPoints;
    body.push([
      { text: group.code, bold: true, fillColor: "#f5f5f4" },
      { text: `Cộng nhóm ${group.code}`, bold: true, fillColor: "#f5f5f4" },
      { text: points(groupMax), bold: true, alignment: "right", fillColor: "#f5f5f4" },
      ...matrix.units.map((unit) =>
        cell(
          unit.groups.find((entry) => entry.groupId === group.groupId)?.subtotal ?? null,
          groupMax,
          group.maxPoints > 0 ? "CONTENT" : "BONUS",
          true,
        ),
      ),
    ]);
  }
  body.push([
    { text: "", fillColor: "#f5f5f4" },
    { text: "Tổng điểm", bold: true, fillColor: "#f5f5f4" },
    { text: points(matrix.totalMaxPoints), bold: true, alignment: "right", fillColor: "#f5f5f4" },
    ...matrix.units.map((unit) => cell(unit.total.points, matrix.totalMaxPoints, "CONTENT", true)),
  ]);
  return {
    table: { headerRows: 1, widths: [26, "*", 28, ...matrix.units.map(() => unitWidth)], body },
    layout: { ...TABLE_LAYOUT, paddingTop: () => 1, paddingBottom: () => 1 },
    fontSize: matrix.units.length > 10 ? 5.8 : 6.3,
  };
}

function completenessContent(bloc: BriefingBloc): Content {
  const { completeness } = bloc;
  return [
    { text: completeness.summary, margin: [0, 0, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [
          180,
          ...completeness.columns.map((_, index) => (index === completeness.columns.length - 1 ? "*" : 110)),
        ],
        body: [
          [head("Đơn vị"), ...completeness.columns.map(head)],
          ...completeness.rows.map((row) => [
            row.unitName,
            ...row.cells.map((text) => ({ text, color: row.complete ? "#1c1917" : "#9a3412" })),
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
      fontSize: 8.5,
    },
  ];
}

const section = (number: string, title: string): ContentText => ({
  text: `${number}. ${title}`,
  bold: true,
  fontSize: 11.5,
  color: BRAND,
  margin: [0, 10, 0, 5],
});

function blocContent(bloc: BriefingBloc, data: BriefingData, first: boolean): Content[] {
  const { ranking } = bloc;
  const labels = labelsOf("vi");
  const maxTotal = Math.max(100, ...ranking.entries.map((entry) => entry.total));
  return [
    {
      text: bloc.blocName.toUpperCase(),
      bold: true,
      fontSize: data.scope === "bloc" ? 12 : 13,
      alignment: data.scope === "bloc" ? "center" : "left",
      color: data.scope === "bloc" ? "#1c1917" : BRAND,
      margin: [0, data.scope === "bloc" ? 0 : 0, 0, 6],
      ...(first || data.scope === "bloc" ? {} : { pageBreak: "before" as const }),
    },
    section("1", "Tình hình chung"),
    ...highlightsText(
      bloc.highlights,
      ranking.entries.some((entry) => entry.previousRank !== null),
    ),
    section(
      "2",
      `Bảng xếp hạng (${labels.basis[ranking.basis].toLowerCase()}, ${labels.side[ranking.side].toLowerCase()})`,
    ),
    rankingTableContent(bloc),
    {
      unbreakable: true,
      stack: [
        section("3", "Điểm theo nhóm tiêu chí"),
        {
          svg: stackedBarsSvg(
            {
              groups: contentGroups(bloc),
              units: ranking.entries.map((entry) => ({
                name: entry.unitName,
                total: entry.total,
                points: contentGroups(bloc).map(
                  (group) => entry.groups.find((own) => own.groupId === group.id)?.points ?? 0,
                ),
              })),
              maxTotal,
            },
            CONTENT_WIDTH,
          ),
          width: CONTENT_WIDTH,
        },
      ],
    },
    { unbreakable: true, stack: [section("4", "Mức độ đầy đủ số liệu"), completenessContent(bloc)] },
    { ...section("5", "Điểm theo tiêu chí và đơn vị"), pageBreak: "before" },
    heatMapContent(bloc),
  ];
}

function provinceSummary(data: BriefingData): Content {
  return {
    table: {
      headerRows: 1,
      widths: ["*", 40, 48, 170, 170],
      body: [
        [head("Khối, cụm thi đua"), head("Số đơn vị"), head("Điểm bình quân"), head("Dẫn đầu"), head("Xếp cuối")],
        ...data.blocs.map((bloc) => [
          bloc.blocName,
          { text: String(bloc.highlights.unitCount), alignment: "center" as const },
          { text: points(bloc.highlights.averageTotal), alignment: "right" as const },
          bloc.highlights.leaders.map((unit) => `${unit.unitName} (${points(unit.total)})`).join("; "),
          bloc.highlights.laggards
            .filter((unit) => unit.reasons.includes("BOTTOM"))
            .map((unit) => `${unit.unitName} (${points(unit.total)})`)
            .join("; "),
        ]),
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 9,
  };
}

/** The briefing report as an A4 PDF (landscape, so the ranking and the heat map keep every unit on the page). */
export function briefingDefinition(data: BriefingData): TDocumentDefinitions {
  const quarter = formatQuarter(data.period.quarter, data.period.year);
  const province = data.provinceName.replace(/^Tỉnh\s+/i, "");
  const title =
    data.scope === "bloc"
      ? `BÁO CÁO KẾT QUẢ GIAO BAN ${quarter.toUpperCase()}`
      : `BÁO CÁO KẾT QUẢ GIAO BAN ${quarter.toUpperCase()} CÁC KHỐI, CỤM THI ĐUA TỈNH ${province.toUpperCase()}`;
  const draft = data.period.status !== "PUBLISHED";
  const subject = data.scope === "bloc" ? (data.blocs[0]?.blocName ?? "") : data.provinceName;
  const content: Content[] = [
    { text: title, bold: true, fontSize: 15, alignment: "center", color: BRAND },
    {
      text: `${data.provinceName} · số liệu đến ngày ${dateText(data.generatedAt)}${draft ? " · SỐ LIỆU CHƯA CÔNG BỐ" : ""}`,
      italics: true,
      alignment: "center",
      color: draft ? "#9a3412" : MUTED,
      margin: [0, 2, 0, 10],
    },
  ];
  if (data.scope === "province") {
    content.push(section("I", "Tổng hợp các khối, cụm thi đua"), provinceSummary(data), {
      text: "II. KẾT QUẢ TỪNG KHỐI, CỤM",
      bold: true,
      color: BRAND,
      fontSize: 11.5,
      margin: [0, 14, 0, 6],
    });
  }
  data.blocs.forEach((bloc, index) => content.push(...blocContent(bloc, data, index === 0)));
  return {
    info: { title: `${title} – ${subject}`, creator: "thidua" },
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [MARGIN, 36, MARGIN, 36],
    footer: (page, pages) => ({
      columns: [
        { text: `Báo cáo kết quả giao ban ${quarter} · ${subject}`, fontSize: 7.5, color: MUTED },
        { text: `Trang ${page}/${pages}`, alignment: "right", fontSize: 7.5, color: MUTED },
      ],
      margin: [MARGIN, 10, MARGIN, 0],
    }),
    content,
  };
}

export const briefingPdf = (data: BriefingData): Promise<Buffer> => renderPdf(briefingDefinition(data));
