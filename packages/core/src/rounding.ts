/**
 * Strips floating-point noise from a computed value by rounding it to eight decimals: 0.7 + 0.1 must
 * reach a band that starts at 0.8, and 0.57 * 100 must be 57. Figures are stored with four decimals,
 * so eight keep every real digit. Arithmetic rather than toPrecision, which costs a string round trip
 * on a path run for every criterion of every unit. Beyond 2^53 / 10^8 (about 9·10^7) the value
 * has no noise at that scale left to strip and is returned as is.
 */
export function cleanNumber(x: number): number {
  const scaled = x * 1e8;
  return Math.abs(scaled) < Number.MAX_SAFE_INTEGER ? Math.round(scaled) / 1e8 : x;
}

/**
 * Points and percents are shown, compared and summed at two decimals, the way scoring sheets are kept.
 * The scaled value is cleaned first so binary noise cannot decide a half (1.005 * 100 is
 * 100.49999999999999 in floating point): halves then round away from zero, as on paper.
 */
export function round2(x: number): number {
  const rounded = Math.round(cleanNumber(Math.abs(x) * 100)) / 100;
  // Normalise -0 so totals compare and print as plain 0.
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Sums points and rounds once, so 4.1 + 0.2 is 4.3 and not 4.300000000000001. */
export function sumPoints(values: Iterable<number>): number {
  let sum = 0;
  for (const value of values) sum += value;
  return round2(sum);
}
