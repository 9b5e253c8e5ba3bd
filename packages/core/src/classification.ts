import type { BandRef, ExplanationOf } from "./explanation";
import { round2 } from "./rounding";
import type { ClassificationBand } from "./types";

export interface Classification {
  /** The score compared with the bands: the total on the set's full-year scale. */
  score: number;
  /** Null when the score reaches no band. */
  band: ClassificationBand | null;
  /** The top band the score reached but a knock-out criterion denied. */
  withheld: ClassificationBand | null;
  /** False below every band or in a band marked as not passing; a set without bands fails no one. */
  passing: boolean;
  explanation: ExplanationOf<"classification">;
}

export interface ClassificationInput {
  content: number;
  bonus: number;
  deduction: number;
  maxAttainable: number;
  fullContentMax: number;
  knockOutCodes: readonly string[];
}

/**
 * Bands are written for the full year (e.g. ≥ 90 of 90 + 10). Before the fourth quarter the year-end
 * criteria are not due, so the content points a unit could have earned are fewer. To classify a
 * quarter on the same bands, the content points are scaled by fullContentMax / maxAttainable (the
 * share of what was attainable, applied to the full scale); bonus and deductions are absolute amounts
 * and are added unscaled. When everything is due (the fourth quarter, or a set without year-end
 * criteria) the score is simply the total.
 */
export function classify(bandsDescending: readonly ClassificationBand[], input: ClassificationInput): Classification {
  const scaled = input.maxAttainable > 0 && input.maxAttainable !== input.fullContentMax;
  const scaledContent = scaled ? round2((input.content * input.fullContentMax) / input.maxAttainable) : input.content;
  const score = Math.max(0, round2(scaledContent + input.bonus + input.deduction));
  const reached = bandsDescending.filter((band) => score >= band.minTotal);
  const top = bandsDescending[0];
  const knockedOut = input.knockOutCodes.length > 0;
  const withheld = knockedOut && top !== undefined && reached[0] === top ? top : null;
  const band = (withheld === null ? reached[0] : reached[1]) ?? null;
  return {
    score,
    band,
    withheld,
    passing: bandsDescending.length === 0 || (band !== null && band.passing !== false),
    explanation: {
      key: "classification",
      score,
      scaled,
      content: input.content,
      scaledContent,
      maxAttainable: input.maxAttainable,
      fullContentMax: input.fullContentMax,
      bonus: input.bonus,
      deduction: input.deduction,
      band: band === null ? null : bandRef(band),
      withheld: withheld === null ? null : bandRef(withheld),
      knockOutCodes: [...input.knockOutCodes],
    },
  };
}

function bandRef(band: ClassificationBand): BandRef {
  return { code: band.code, label: band.label, minTotal: band.minTotal };
}
