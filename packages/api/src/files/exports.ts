import { z } from "zod";
import { formatQuarter } from "@thidua/core";
import { heatMapTable, rankingTable, tableCsv, tableXlsx, trendTable, type TableDocument } from "@thidua/documents";
import { ZId } from "../schemas";
import { ZBasis, ZSide } from "../period-input";
import { fileRoute, type Caller, type FileFormat } from "./file-route";
import { toRankingInput, ZBlocPeriodQuery, type TBlocPeriodQuery } from "./query";

const render = (doc: TableDocument, format: FileFormat) =>
  format === "csv" ? Promise.resolve(tableCsv(doc)) : tableXlsx(doc);

async function blocName(caller: Caller, blocId: string) {
  return (await caller.blocs.byId({ id: blocId })).name;
}

const periodName = (query: TBlocPeriodQuery, locale: "vi" | "en") =>
  formatQuarter(query.quarter, query.year, { locale }).replace("/", "-");

/** The ranking with totals, groups, movement and classification, as rankings.bloc shows it. */
export const rankingFile = (format: "xlsx" | "csv") =>
  fileRoute({
    query: ZBlocPeriodQuery,
    format,
    build: async ({ caller, ctx, input }) => {
      const [ranking, name] = await Promise.all([
        caller.rankings.bloc(toRankingInput(input)),
        blocName(caller, input.bloc),
      ]);
      const doc = rankingTable(name, ranking, ctx.locale);
      return {
        nameParts: [doc.title.split(" · ")[0] ?? "", name, periodName(input, ctx.locale)],
        bytes: await render(doc, format),
      };
    },
  });

/** Points per criterion and unit, as rankings.matrix shows them. */
export const heatMapFile = (format: "xlsx" | "csv") =>
  fileRoute({
    query: ZBlocPeriodQuery,
    format,
    build: async ({ caller, ctx, input }) => {
      const [matrix, name] = await Promise.all([
        caller.rankings.matrix(toRankingInput(input)),
        blocName(caller, input.bloc),
      ]);
      const doc = heatMapTable(name, matrix, ctx.locale);
      return {
        nameParts: [doc.title.split(" · ")[0] ?? "", name, periodName(input, ctx.locale)],
        bytes: await render(doc, format),
      };
    },
  });

const ZTrendQuery = z.object({ unit: ZId, basis: ZBasis, side: ZSide });

/** A unit's total and rank over the quarters, as insights.trend shows them. */
export const trendFile = (format: "xlsx" | "csv") =>
  fileRoute({
    query: ZTrendQuery,
    format,
    build: async ({ caller, ctx, input }) => {
      const trend = await caller.insights.trend({ unitId: input.unit, basis: input.basis, side: input.side });
      const doc = trendTable(trend, ctx.locale);
      return { nameParts: [doc.title.split(" · ")[0] ?? "", trend.unitName], bytes: await render(doc, format) };
    },
  });
