import { SERIES_COLOURS } from "@thidua/core";
import { Chart } from "chart.js";
import "./print";

/** Large type and strong colours so charts stay readable on a meeting-room projector. */
Chart.defaults.font.size = 14;
Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
Chart.defaults.color = "#292524";
Chart.defaults.maintainAspectRatio = false;

export { SERIES_COLOURS };

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#0072B2";
