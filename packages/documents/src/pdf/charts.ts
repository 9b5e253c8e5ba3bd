import { formatNumber, SERIES_COLOURS } from "@thidua/core";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface StackedBarsInput {
  groups: { code: string; name: string }[];
  /** In rank order; `points` per group in the groups' order. */
  units: { name: string; total: number; points: number[] }[];
  maxTotal: number;
}

/**
 * The dashboard's "points by criteria group" chart drawn as SVG for a printed page: one horizontal
 * bar per unit, its groups stacked in the dashboard's colours, the total at the end, a legend below.
 */
export function stackedBarsSvg(input: StackedBarsInput, width: number): string {
  const labelWidth = 150;
  const totalWidth = 44;
  const barHeight = 14;
  const gap = 6;
  const plot = width - labelWidth - totalWidth;
  const scale = input.maxTotal > 0 ? plot / input.maxTotal : 0;
  const parts: string[] = [];
  input.units.forEach((unit, row) => {
    const y = row * (barHeight + gap);
    parts.push(
      `<text x="${labelWidth - 6}" y="${y + barHeight - 3}" font-size="9" text-anchor="end">${escape(unit.name)}</text>`,
    );
    let x = labelWidth;
    unit.points.forEach((points, index) => {
      const w = Math.max(0, points) * scale;
      if (w > 0) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${SERIES_COLOURS[index % SERIES_COLOURS.length]}"/>`,
        );
      }
      x += w;
    });
    parts.push(
      `<text x="${(x + 4).toFixed(1)}" y="${y + barHeight - 3}" font-size="9">${formatNumber(unit.total, "vi")}</text>`,
    );
  });
  const axisY = input.units.length * (barHeight + gap);
  for (let tick = 0; tick <= input.maxTotal; tick += input.maxTotal > 50 ? 20 : 10) {
    const x = labelWidth + tick * scale;
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="0" x2="${x.toFixed(1)}" y2="${axisY}" stroke="#d6d3d1" stroke-width="0.5"/>`,
    );
    parts.push(`<text x="${x.toFixed(1)}" y="${axisY + 10}" font-size="8" text-anchor="middle">${tick}</text>`);
  }
  const legendY = axisY + 26;
  let legendX = labelWidth;
  let line = 0;
  input.groups.forEach((group, index) => {
    const label = `${group.code}. ${group.name}`;
    const w = 16 + label.length * 4.6;
    if (legendX + w > width) {
      legendX = labelWidth;
      line++;
    }
    const y = legendY + line * 14;
    parts.push(
      `<rect x="${legendX}" y="${y - 8}" width="10" height="10" fill="${SERIES_COLOURS[index % SERIES_COLOURS.length]}"/>`,
    );
    parts.push(`<text x="${legendX + 13}" y="${y}" font-size="8">${escape(label)}</text>`);
    legendX += w;
  });
  const height = legendY + line * 14 + 6;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
}
