import { z } from "zod";
import { blocHighlights, formatQuarter, type Quarter } from "@thidua/core";
import {
  briefingPdf,
  type BriefingBloc,
  type BriefingData,
  type CompletenessTable,
  type HeatMapData,
} from "@thidua/documents";
import { ZId } from "../schemas";
import { ZBasis, ZSide } from "../routers/rankings/period-input";
import { fileRoute, type Caller } from "./file-route";
import { toRankingInput, ZBlocPeriodQuery, ZQuarterParam, ZYearParam } from "./query";

/**
 * Which units have figures for which criteria due this period: the columns a briefing shows today.
 * The quarter's submission and verification status will be further columns of the same table.
 */
export function completenessOf(matrix: HeatMapData): CompletenessTable {
  const codes = new Map(matrix.criteria.map((criterion) => [criterion.criterionId, criterion.code]));
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
    return {
      unitName: unit.unitName,
      cells: [
        `${filled}/${due} (${due === 0 ? 100 : Math.round((filled * 100) / due)}%)`,
        missing.join(", ") || "–",
        noTarget.join(", ") || "–",
      ],
      complete: missing.length === 0 && noTarget.length === 0,
    };
  });
  const complete = rows.filter((row) => row.complete).length;
  return {
    columns: ["Tiêu chí có số liệu", "Chưa có số liệu", "Chưa có chỉ tiêu"],
    rows,
    summary: `${complete}/${rows.length} đơn vị có đủ số liệu của mọi tiêu chí đến kỳ.`,
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
  return { blocName, ranking, matrix, highlights, completeness: completenessOf(matrix) };
}

const briefingName = (quarter: number, year: number, subject: string) => [
  "Báo cáo giao ban",
  formatQuarter(quarter as Quarter, year).replace("/", "-"),
  subject,
];

/** The quarterly briefing report of one bloc. */
export const blocBriefingFile = fileRoute({
  query: ZBlocPeriodQuery,
  format: "pdf",
  build: async ({ caller, input }) => {
    const bloc = await caller.blocs.byId({ id: input.bloc });
    const part = await briefingBloc(caller, bloc.name, toRankingInput(input));
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
export async function provinceBriefing(caller: Caller, input: TProvinceQuery): Promise<BriefingData> {
  const period = { year: input.year, quarter: input.quarter, basis: input.basis, side: input.side };
  const overview = await caller.insights.province({ provinceId: input.province, ...period });
  const blocs = await Promise.all(
    overview.blocs.map((bloc) => briefingBloc(caller, bloc.blocName, { blocId: bloc.blocId, ...period })),
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
  build: async ({ caller, input }) => {
    const data = await provinceBriefing(caller, input);
    return { nameParts: briefingName(input.quarter, input.year, data.provinceName), bytes: await briefingPdf(data) };
  },
});
