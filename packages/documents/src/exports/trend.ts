import { formatQuarter, type Locale, type Quarter } from "@thidua/core";
import { labelsOf } from "../labels";
import type { TableDocument } from "../table/table";

/** What a trend export needs; the API's unit trend answers it as is. */
export interface TrendData {
  unitName: string;
  basis: "YTD" | "QUARTER";
  side: "verified" | "self";
  points: {
    year: number;
    quarter: Quarter;
    blocName: string;
    rank: number;
    unitCount: number;
    total: number;
    movement: number | null;
    classification: { label: string } | null;
  }[];
}

/** A unit's quarters in order: the bloc it was in, its total, rank among how many, movement and class. */
export function trendTable(trend: TrendData, locale: Locale): TableDocument {
  const labels = labelsOf(locale);
  return {
    locale,
    sheetName: labels.trendTitle.slice(0, 31),
    title: `${labels.trendTitle} · ${trend.unitName}`,
    subtitle: [`${labels.basis[trend.basis]} · ${labels.side[trend.side]}`],
    columns: [
      { header: labels.quarter, kind: "text", width: 14 },
      { header: labels.year, kind: "integer", width: 7 },
      { header: labels.bloc, kind: "text", width: 36 },
      { header: labels.total, kind: "points", width: 11 },
      { header: labels.rank, kind: "integer", width: 7 },
      { header: labels.unitCount, kind: "integer", width: 9 },
      { header: labels.movement, kind: "movement", width: 10 },
      { header: labels.classification, kind: "text", width: 14 },
    ],
    rows: trend.points.map((point) => ({
      cells: [
        formatQuarter(point.quarter, point.year, { locale }),
        point.year,
        point.blocName,
        point.total,
        point.rank,
        point.unitCount,
        point.movement,
        point.classification?.label ?? null,
      ],
    })),
  };
}
