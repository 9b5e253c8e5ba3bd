import { Chart } from "chart.js";

/** Large type and strong colours so charts stay readable on a meeting-room projector. */
Chart.defaults.font.size = 14;
Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
Chart.defaults.color = "#292524";
Chart.defaults.maintainAspectRatio = false;

/** Distinct on a projector and for the commonest colour blindness (Okabe–Ito, reordered). */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#0072B2";
