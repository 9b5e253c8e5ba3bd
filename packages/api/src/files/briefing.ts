import { z } from "zod";
import { blocHighlights, formatQuarter, type Quarter } from "@thidua/core";
import {
  briefingPdf,
  type BriefingBloc,
  type BriefingData,
  type CompletenessTable,
  type HeatMapData,
} from "@thidua/documents";
import type { AuthedContext } from "../context";
import { ZId } from "../schemas";
import { loadCompleteness, type QuarterCompleteness, type TUnitCompleteness } from "../sheets/completeness";
import { ZBasis, ZSide } from "../period-input";
import { fileRoute, type Caller } from "./file-route";
import { toRankingInput, ZBlocPeriodQuery, ZQuarterParam, ZYearParam } from "./query";

/** A submission's day and time in Vietnam, as the briefing prints it: "08/10 09:05". */
const VIETNAM_DAY_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

function dayTime(at: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    VIETNAM_DAY_TIME.formatToParts(at).find((entry) => entry.type === type)?.value ?? "";
  return `${part("day")}/${part("month")} ${part("hour")}:${part("minute")}`;
}

const STATE_TEXT: Record<TUnitCompleteness["state"], string> = {
  DRAFT: "Chưa nộp",
  SUBMITTED: "Đã nộp",
  RETURNED: "Bị trả lại",
  VERIFIED: "Đã thẩm định",
};

function submissionText(sheet: TUnitCompleteness | undefined): string {
  if (!sheet) return "–";
  const parts = [STATE_TEXT[sheet.state]];
  if (sheet.submittedAt) parts.push(`nộp ${dayTime(sheet.submittedAt)}`);
  if (sheet.late) parts.push("trễ hạn");
  return parts.join(", ");
}

type BriefingMatrix = Omit<HeatMapData, "units"> & { units: (HeatMapData["units"][number] & { unitId: string })[] };

/**
 * Who has sent what: per unit, where its sheet stands (submitted when, late, verified) from the
 * same data as the completeness panel, and which criteria due this period have figures and targets.
 */
export function completenessOf(
  matrix: BriefingMatrix,
  submissions: QuarterCompleteness | undefined,
): CompletenessTable {
  const codes = new Map(matrix.criteria.map((criterion) => [criterion.criterionId, criterion.code]));
  const sheets = new Map((submissions?.units ?? []).map((unit) => [unit.unitId, unit]));
  const rows = matrix.units.map((unit) => {
    const withStatus = unit.criteria;
    const missing = withStatus
      .filter((cell) => cell.status === "MISSING")
      .map((cell) => codes.get(cell.criterionId) ?? "");
    const noTarget = withStatus
      .filter((cell) => cell.status === "NO_TARGET")
      .map((cell) => codes.get(cell.criterionId) ?? "");
    const due = withStatus.length;
    const filled = due - missing.length - noTarget.length;
    const sheet = sheets.get(unit.unitId);
    return {
      unitName: unit.unitName,
      cells: [
        submissionText(sheet),
        `${filled}/${due} (${due === 0 ? 100 : Math.round((filled * 100) / due)}%)`,
        missing.join(", ") || "–",
        noTarget.join(", ") || "–",
      ],
      complete: missing.length === 0 && noTarget.length === 0 && (sheet?.state ?? "VERIFIED") === "VERIFIED",
    };
  });
  const complete = rows.filter((row) => row.complete).length;
  const counts = submissions?.counts;
  const sent = counts
    ? ` ${counts.submitted}/${counts.members} đơn vị đã nộp bảng tự chấm (${counts.late} trễ hạn), ${counts.verified}/${counts.members} đã thẩm định.`
    : "";
  return {
    columns: ["Tình trạng nộp", "Tiêu chí có số liệu", "Chưa có số liệu", "Chưa có chỉ tiêu"],
    rows,
    summary: `${complete}/${rows.length} đơn vị có đủ số liệu của mọi tiêu chí đến kỳ và đã thẩm định.${sent}`,
  };
}

/** A provisional class is said as such in the briefing's sentences: "tạm xếp loại khá". */
const classLabel = (label: string, provisional: boolean) =>
  provisional ? `tạm xếp loại ${label.toLowerCase()}` : label;

/** One bloc's part of a briefing, from its ranking and heat map as the caller may see them. */
async function briefingBloc(
  caller: Caller,
  blocName: string,
  input: ReturnType<typeof toRankingInput>,
  submissions: QuarterCompleteness | undefined,
): Promise<BriefingBloc> {
  const [ranking, matrix] = await Promise.all([caller.rankings.bloc(input), caller.rankings.matrix(input)]);
  const highlights = blocHighlights(
    ranking.entries.map((entry) => ({
      unitName: entry.unitName,
      rank: entry.rank,
      total: entry.total,
      movement: entry.movement,
      classification: entry.classification.label
        ? { label: classLabel(entry.classification.label, entry.classification.provisional) }
        : null,
      passing: entry.classification.passing,
    })),
  );
  return { blocName, ranking, matrix, highlights, completeness: completenessOf(matrix, submissions) };
}

const briefingName = (quarter: Quarter, year: number, subject: string) => [
  "Báo cáo giao ban",
  formatQuarter(quarter, year).replace("/", "-"),
  subject,
];

/** The quarterly briefing report of one bloc. */
export const blocBriefingFile = fileRoute({
  query: ZBlocPeriodQuery,
  format: "pdf",
  build: async ({ caller, ctx, input }) => {
    const bloc = await caller.blocs.byId({ id: input.bloc });
    // Read after byId has checked the caller may read the bloc; the ranking checks the quarter.
    const submissions = await loadCompleteness(ctx.prisma, [input.bloc], input.year, input.quarter);
    const part = await briefingBloc(caller, bloc.name, toRankingInput(input), submissions.get(input.bloc));
    const bytes = await briefingPdf({
      scope: "bloc",
      provinceName: bloc.province.name,
      period: part.ranking,
      generatedAt: new Date(),
      blocs: [part],
    });
    return { nameParts: briefingName(input.quarter, input.year, bloc.name), bytes };
  },
});

const ZProvinceQuery = z.object({
  province: ZId.optional(),
  year: ZYearParam,
  quarter: ZQuarterParam,
  basis: ZBasis,
  side: ZSide,
});
export type TProvinceQuery = z.output<typeof ZProvinceQuery>;

/** What a province's briefing shows: every bloc of it the caller may overview, each as its own briefing. */
export async function provinceBriefing(
  caller: Caller,
  ctx: AuthedContext,
  input: TProvinceQuery,
): Promise<BriefingData> {
  const period = { year: input.year, quarter: input.quarter, basis: input.basis, side: input.side };
  const overview = await caller.insights.province({ provinceId: input.province, ...period });
  const blocIds = overview.blocs.map((bloc) => bloc.blocId);
  const submissions = await loadCompleteness(ctx.prisma, blocIds, input.year, input.quarter);
  const blocs = await Promise.all(
    overview.blocs.map((bloc) =>
      briefingBloc(caller, bloc.blocName, { blocId: bloc.blocId, ...period }, submissions.get(bloc.blocId)),
    ),
  );
  const published = overview.blocs.every((bloc) => bloc.status === "PUBLISHED");
  return {
    scope: "province",
    provinceName: overview.provinceName,
    period: { ...period, status: published ? "PUBLISHED" : "OPEN" },
    generatedAt: new Date(),
    blocs,
  };
}

/** The quarterly briefing report of every bloc of a province the caller may overview. */
export const provinceBriefingFile = fileRoute({
  query: ZProvinceQuery,
  format: "pdf",
  build: async ({ caller, ctx, input }) => {
    const data = await provinceBriefing(caller, ctx, input);
    return { nameParts: briefingName(input.quarter, input.year, data.provinceName), bytes: await briefingPdf(data) };
  },
});
