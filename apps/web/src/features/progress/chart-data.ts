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

/**
 * Total on the left axis, rank on a reversed right axis (first place on top). A quarter without
 * figures keeps its place on the axis but breaks the lines.
 */
export function trendChart(
  points: readonly TrendPointLike[],
  gaps: readonly QuarterRef[],
  words: { total: string; rank: string; rankOf: (rank: number, count: number) => string },
  locale: string,
): { data: ChartData<"line">; options: ChartOptions<"line"> } {
  const format = numberFormats(numberLocale(locale));
  const unitCount = Math.max(1, ...points.map((point) => point.unitCount));
  const slots = trendSlots(points, gaps);
  const data: ChartData<"line"> = {
    labels: slots.map((slot) => quarterLabel(slot.year, slot.quarter, locale)),
    datasets: [
      {
        label: words.total,
        data: slots.map((slot) => slot.point?.total ?? null),
        yAxisID: "total",
        borderColor: seriesColour(0),
        backgroundColor: seriesColour(0),
        borderWidth: 3,
        pointRadius: 5,
      },
      {
        label: words.rank,
        data: slots.map((slot) => slot.point?.rank ?? null),
        yAxisID: "rank",
        borderColor: seriesColour(1),
        backgroundColor: seriesColour(1),
        borderWidth: 3,
        borderDash: [8, 5],
        pointRadius: 5,
        pointStyle: "rectRot",
        stepped: false,
      },
    ],
  };
  const options: ChartOptions<"line"> = {
    responsive: true,
    // Figures for a meeting, not a show: drawn at once, also when the window or language changes.
    animation: false,
    interaction: { mode: "index", intersect: false },
    scales: {
      total: {
        type: "linear",
        position: "left",
        beginAtZero: true,
        title: { display: true, text: words.total },
        ticks: { callback: (value) => format.number(Number(value)) },
      },
      rank: {
        type: "linear",
        position: "right",
        reverse: true,
        min: 1,
        max: unitCount,
        title: { display: true, text: words.rank },
        ticks: { stepSize: 1, precision: 0 },
        grid: { drawOnChartArea: false },
      },
    },
    plugins: {
      legend: { position: "bottom" },
      tooltip: {
        callbacks: {
          label: (item) => {
            const point = slots[item.dataIndex]?.point;
            if (!point) return "";
            return item.dataset.yAxisID === "rank"
              ? `${words.rank}: ${words.rankOf(point.rank, point.unitCount)}`
              : `${words.total}: ${format.points(point.total)}`;
          },
        },
      },
    },
  };
  return { data, options };
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
