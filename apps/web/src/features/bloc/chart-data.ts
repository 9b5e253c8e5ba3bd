import type { ChartData } from "chart.js";
import { SERIES_COLOURS, seriesColour } from "../../charts/defaults";

interface GroupRef {
  id: string;
  code: string;
  name: string;
}

interface RankedRow {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  bonus: number;
  groups: { groupId: string; points: number }[];
}

/**
 * Each unit's points stacked by criteria group, units in rank order, one dataset per group, and the
 * bonus on top when any unit earned one.
 */
export function groupStackData(
  groups: readonly GroupRef[],
  entries: readonly RankedRow[],
  bonusLabel: string,
): ChartData<"bar"> {
  const datasets = groups.map((group, index) => ({
    label: shortLabel(`${group.code}. ${group.name}`),
    data: entries.map((entry) => entry.groups.find((scored) => scored.groupId === group.id)?.points ?? 0),
    backgroundColor: seriesColour(index),
  }));
  if (entries.some((entry) => entry.bonus > 0)) {
    datasets.push({
      label: bonusLabel,
      data: entries.map((entry) => entry.bonus),
      backgroundColor: seriesColour(groups.length),
    });
  }
  return { labels: entries.map((entry) => entry.unitName), datasets };
}

/** Group names run long ("Cuộc vận động … nông thôn mới, đô thị văn minh"); legends get the start. */
export function shortLabel(text: string, length = 36): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export type TrendMetric = "total" | "rank";

interface QuarterRows {
  quarter: number;
  /** False for a quarter nobody entered figures for: the lines leave a gap there. */
  hasFigures: boolean;
  entries: readonly { unitId: string; unitName: string; rank: number; total: number }[];
}

const FADED = "#d6d3d1";

/**
 * One line per unit across the quarters, on totals or ranks. With a unit highlighted, the others
 * fade to grey so the one under discussion stands out on a projector. A quarter without figures
 * is a gap in every line, not a flat stretch (year to date it would only repeat the quarter before).
 */
export function trendData(
  quarters: readonly QuarterRows[],
  metric: TrendMetric,
  quarterLabel: (quarter: number) => string,
  highlight: string | null,
): ChartData<"line"> {
  const ordered = [...quarters].sort((a, b) => a.quarter - b.quarter);
  const latest = ordered[ordered.length - 1]?.entries ?? [];
  const datasets = latest.map((unit, index) => {
    const faded = highlight !== null && highlight !== unit.unitId;
    const colour = faded ? FADED : seriesColour(index);
    return {
      label: unit.unitName,
      data: ordered.map((quarter) => {
        const row = quarter.hasFigures ? quarter.entries.find((entry) => entry.unitId === unit.unitId) : undefined;
        return row ? row[metric] : null;
      }),
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: highlight === unit.unitId ? 5 : 2,
      // Past the palette colours repeat; a dashed line keeps the two units apart.
      borderDash: index >= SERIES_COLOURS.length ? [8, 4] : [],
      pointRadius: highlight === unit.unitId ? 6 : 3,
      order: highlight === unit.unitId ? 0 : 1,
    };
  });
  return { labels: ordered.map((quarter) => quarterLabel(quarter.quarter)), datasets };
}
