/** "2 =" for a rank shared with another unit, as in the bloc's printed tables. */
export function rankLabel(rank: number, tied: boolean): string {
  return tied ? `${rank} =` : String(rank);
}

export type MovementDirection = "up" | "down" | "same" | "none";

/** Movement since the previous quarter (previous rank minus rank): ▲2, ▼1, or – for none. */
export function movementView(movement: number | null): { direction: MovementDirection; symbol: string; steps: number } {
  if (movement === null) return { direction: "none", symbol: "–", steps: 0 };
  if (movement > 0) return { direction: "up", symbol: `▲${movement}`, steps: movement };
  if (movement < 0) return { direction: "down", symbol: `▼${-movement}`, steps: -movement };
  return { direction: "same", symbol: "–", steps: 0 };
}

/** Strong, colour-blind-safe tones for the classification bands, best first; later bands reuse the last. */
const BAND_COLOURS = ["#1a7f37", "#0072B2", "#b45309", "#b91c1c", "#57534e"];

/** The colour of a band by its place in the set's list (best first); grey when the unit reached none. */
export function bandColour(bandIndex: number): string {
  if (bandIndex < 0) return "#57534e";
  return BAND_COLOURS[Math.min(bandIndex, BAND_COLOURS.length - 2)] ?? "#57534e";
}
