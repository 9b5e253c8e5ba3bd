import { numberFormats } from "@thidua/core";
import type { ChartData, ChartOptions } from "chart.js";
import { seriesColour } from "../../charts/defaults";
import { numberLocale } from "../../i18n/numbers";
import { quarterLabel } from "./selection";

interface TrendPointLike {
  year: number;
  quarter: number;
  total: number;
  rank: number;
  unitCount: number;
}

interface GroupLike {
  code: string;
  name: string;
  maxPoints: number;
  points: number;
  blocAverage: number;
  leaderPoints: number;
}

/** A share of a maximum in percent, to one decimal; groups of different size then compare. */
export const shareOf = (points: number, maxPoints: number): number =>
  maxPoints > 0 ? Math.round((points / maxPoints) * 1000) / 10 : 0;

/** A quarter without figures: a gap in the lines. */
interface QuarterRef {
  year: number;
  quarter: number;
}

/** The quarters in order, each with its point or null for a gap. */
export function trendSlots(
  points: readonly TrendPointLike[],
  gaps: readonly QuarterRef[],
): { year: number; quarter: number; point: TrendPointLike | null }[] {
  return [
    ...points.map((point) => ({ year: point.year, quarter: point.quarter, point })),
    ...gaps.map((gap) => ({ year: gap.year, quarter: gap.quarter, point: null })),
  ].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
}

export interface TrendWords {
  total: string;
  rank: string;
  /** A point's rank in a tooltip: "hạng 3/9". */
  rankOf: (rank: number, count: number) => string;
  /** A rank on its axis: "hạng 3", so no rank reads as points. */
  rankTick: (rank: number) => string;
}

type LineChartConfig = { data: ChartData<"line">; options: ChartOptions<"line"> };

/**
 * Total and rank as two charts over the same quarters, each with its own axis: on one chart with two
 * axes a rank sat on a points gridline (rank 8 on the 10-point line) and read as points. The rank
 * axis runs from first place at the top to the bloc's size, its ticks named as ranks. A quarter
 * without figures keeps its place on the axis but breaks the lines.
 */
export function trendChart(
  points: readonly TrendPointLike[],
  gaps: readonly QuarterRef[],
  words: TrendWords,
  locale: string,
): { total: LineChartConfig; rank: LineChartConfig } {
  const format = numberFormats(numberLocale(locale));
  const unitCount = Math.max(1, ...points.map((point) => point.unitCount));
  const slots = trendSlots(points, gaps);
  const labels = slots.map((slot) => quarterLabel(slot.year, slot.quarter, locale));
  const line = (label: string, values: (number | null)[], colour: string) => ({
    label,
    data: values,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 3,
    pointRadius: 5,
  });
  const options = (
    axis: NonNullable<ChartOptions<"line">["scales"]>[string],
    tooltip: (point: TrendPointLike) => string,
  ): ChartOptions<"line"> => ({
    responsive: true,
    // Figures for a meeting, not a show: drawn at once, also when the window or language changes.
    animation: false,
    interaction: { mode: "index", intersect: false },
    scales: { y: axis },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (item) => {
            const point = slots[item.dataIndex]?.point;
            return point ? tooltip(point) : "";
          },
        },
      },
    },
  });
  return {
    total: {
      data: {
        labels,
        datasets: [
          line(
            words.total,
            slots.map((slot) => slot.point?.total ?? null),
            seriesColour(0),
          ),
        ],
      },
      options: options(
        {
          type: "linear",
          beginAtZero: true,
          title: { display: true, text: words.total },
          ticks: { callback: (value) => format.number(Number(value)) },
        },
        (point) => `${words.total}: ${format.points(point.total)}`,
      ),
    },
    rank: {
      data: {
        labels,
        datasets: [
          line(
            words.rank,
            slots.map((slot) => slot.point?.rank ?? null),
            seriesColour(1),
          ),
        ],
      },
      options: options(
        {
          type: "linear",
          reverse: true,
          min: 1,
          max: unitCount,
          title: { display: true, text: words.rank },
          ticks: { stepSize: 1, precision: 0, callback: (value) => words.rankTick(Number(value)) },
        },
        (point) => `${words.rank}: ${words.rankOf(point.rank, point.unitCount)}`,
      ),
    },
  };
}

/** Content groups only: a group worth no points (bonus, deductions) has no share to show. */
export const scoredGroups = <T extends GroupLike>(groups: readonly T[]): T[] =>
  groups.filter((group) => group.maxPoints > 0);

/** Each group as a share of its maximum, for the unit, the bloc's average and (when another unit) the leader. */
export function groupRadar(
  groups: readonly GroupLike[],
  series: { unit: string; average: string; leader: string | null },
  locale: string,
): { data: ChartData<"radar">; options: ChartOptions<"radar"> } {
  const format = numberFormats(numberLocale(locale));
  const shown = scoredGroups(groups);
  const dataset = (label: string, index: number, values: number[], dashed = false) => ({
    label,
    data: values,
    borderColor: seriesColour(index),
    backgroundColor: `${seriesColour(index)}22`,
    pointBackgroundColor: seriesColour(index),
    borderWidth: index === 0 ? 3 : 2,
    borderDash: dashed ? [6, 4] : [],
    fill: index === 0,
  });
  const datasets = [
    dataset(
      series.unit,
      0,
      shown.map((group) => shareOf(group.points, group.maxPoints)),
    ),
    dataset(
      series.average,
      2,
      shown.map((group) => shareOf(group.blocAverage, group.maxPoints)),
      true,
    ),
  ];
  if (series.leader !== null) {
    datasets.push(
      dataset(
        series.leader,
        1,
        shown.map((group) => shareOf(group.leaderPoints, group.maxPoints)),
      ),
    );
  }
  const data: ChartData<"radar"> = { labels: shown.map((group) => group.code), datasets };
  const options: ChartOptions<"radar"> = {
    responsive: true,
    animation: false,
    scales: {
      r: {
        min: 0,
        max: 100,
        ticks: { stepSize: 25, callback: (value) => format.percent(Number(value)), backdropColor: "transparent" },
        pointLabels: { font: { size: 16, weight: "bold" } },
      },
    },
    plugins: {
      legend: { position: "bottom" },
      tooltip: {
        callbacks: {
          title: (items) => {
            const group = shown[items[0]?.dataIndex ?? -1];
            return group ? `${group.code}. ${group.name}` : "";
          },
          label: (item) => `${item.dataset.label ?? ""}: ${format.percent(Number(item.raw), 1)}`,
        },
      },
    },
  };
  return { data, options };
}
