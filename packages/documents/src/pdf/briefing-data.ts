import type { HeatMapData } from "../exports/heat-map";
import type { PeriodView } from "../exports/period";
import type { RankingData } from "../exports/ranking";

export interface HighlightUnit {
  unitName: string;
  rank: number;
  total: number;
  movement: number | null;
  classification: { label: string } | null;
}

/** A bloc's leaders, laggards and movers, as the province overview computes them. */
export interface BlocHighlights {
  unitCount: number;
  averageTotal: number;
  leaders: HighlightUnit[];
  laggards: (HighlightUnit & { reasons: ("BOTTOM" | "BELOW_PASSING")[] })[];
  movers: HighlightUnit[];
}

/**
 * Who has sent what: a row per unit, with as many columns as there is to say. Today that is which
 * criteria have figures; the quarter's submission and verification status join as further columns.
 */
export interface CompletenessTable {
  columns: string[];
  rows: { unitName: string; cells: string[]; complete: boolean }[];
  summary: string;
}

export interface BriefingBloc {
  blocName: string;
  ranking: RankingData;
  matrix: HeatMapData;
  highlights: BlocHighlights;
  completeness: CompletenessTable;
}

/** A quarterly briefing report (báo cáo giao ban quý) of one bloc, or of every bloc of a province. */
export interface BriefingData {
  scope: "bloc" | "province";
  provinceName: string;
  period: PeriodView;
  generatedAt: Date;
  blocs: BriefingBloc[];
}
