import { Chart } from "chart.js";

/**
 * Charts are drawn for the screen's width; printing lays the page out anew, so each chart is
 * redrawn for the paper before the browser prints it.
 */
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => {
    for (const chart of Object.values(Chart.instances)) chart.resize();
  });
}
