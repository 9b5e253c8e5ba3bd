/** The heat map's colours, shared by the dashboard and the exported files so both read alike. */
export type CriterionRoleName = "CONTENT" | "BONUS" | "DEDUCTION";

/**
 * The share of a criterion's maximum a unit earned, 0..1; for a deduction, the share it kept (no
 * deduction is 1). Null when there is nothing to colour (no value yet, no target).
 */
export function earnedShare(points: number | null, maxPoints: number, role: CriterionRoleName): number | null {
  if (points === null || maxPoints <= 0) return null;
  const share = role === "DEDUCTION" ? 1 - Math.abs(points) / maxPoints : points / maxPoints;
  return Math.min(1, Math.max(0, share));
}

export interface HeatBand {
  /** Lowest share in the band, inclusive. */
  from: number;
  background: string;
  text: string;
}

/** Orange (low) to purple (high), from ColorBrewer's PuOr: colour-blind readers can tell them apart. */
export const HEAT_BANDS: readonly HeatBand[] = [
  { from: 0.9, background: "#5e3c99", text: "#ffffff" },
  { from: 0.75, background: "#b2abd2", text: "#1c1917" },
  { from: 0.5, background: "#fee0b6", text: "#1c1917" },
  { from: 0.25, background: "#fdb863", text: "#1c1917" },
  { from: 0, background: "#e66101", text: "#1c1917" },
];

/** The band a share falls in; null for a cell without a share. */
export function heatBand(share: number | null): HeatBand | null {
  if (share === null) return null;
  return HEAT_BANDS.find((band) => share >= band.from) ?? HEAT_BANDS[HEAT_BANDS.length - 1] ?? null;
}

/** "90–100 %", "75–90 %", ...: the range of each band in the legend, highest first. */
export function bandRanges(): { band: HeatBand; from: number; to: number }[] {
  return HEAT_BANDS.map((band, index) => ({
    band,
    from: Math.round(band.from * 100),
    to: Math.round((HEAT_BANDS[index - 1]?.from ?? 1) * 100),
  }));
}

/**
 * How a heat-map cell is shown: coloured by its band, "missing" (hatched) when a figure is still
 * expected, or "neutral" when there is nothing to judge: a bonus not earned is no shortfall, and a
 * group made only of bonus items has no content maximum.
 */
export function heatCell(
  points: number | null,
  maxPoints: number,
  role: CriterionRoleName,
): { state: "band"; band: HeatBand } | { state: "missing" | "neutral" } {
  if (maxPoints <= 0 || (role === "BONUS" && points === 0)) return { state: "neutral" };
  const band = heatBand(earnedShare(points, maxPoints, role));
  return band ? { state: "band", band } : { state: "missing" };
}

/**
 * A group row's cell: its subtotal (content, bonus and deductions together, as its rows add up)
 * against what the group can reach. A group of bonus items only is judged like a bonus item.
 */
export function groupHeatCell(
  subtotal: number,
  group: { maxPoints: number; bonusMaxPoints: number },
): ReturnType<typeof heatCell> {
  const role: CriterionRoleName = group.maxPoints > 0 ? "CONTENT" : "BONUS";
  return heatCell(subtotal, group.maxPoints + group.bonusMaxPoints, role);
}
