/**
 * Series colours for charts, on screen and on paper: distinct on a projector and for the commonest
 * colour blindness (Okabe–Ito, reordered).
 */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
