import type { SetFlavour } from "./blocs";

type QuarterWeights = readonly [number, number, number, number];

/** How the demo figures of one criterion behave, by criterion code (the same codes in every covenant). */
export type Indicator =
  /** An amount built up quarter by quarter toward the unit's yearly target; `shares` split a full year. */
  | {
      model: "PROGRESS";
      target: Record<SetFlavour, number>;
      roundTargetTo: number;
      decimals: number;
      shares: QuarterWeights;
    }
  /** A percentage reported as it stands, from `weakest` to `strongest` unit, creeping up each quarter. */
  | { model: "RATE"; weakest: number; strongest: number; gainPerQuarter: number }
  /** Events over a full year, from `weakest` to `strongest` unit, falling in quarters by `weights`. */
  | { model: "COUNT"; weakest: number; strongest: number; weights: QuarterWeights }
  /** A yes/no that units weaker than `lateBelow` only reach after the year's first `lateQuarters` quarters. */
  | { model: "FLAG"; lateBelow: number; lateQuarters: number }
  /** The assessor's score each quarter. */
  | { model: "ASSESSMENT" }
  /** Deduction events, `chanceAtWeakest` per quarter for the weakest unit and far rarer for strong ones. */
  | { model: "PENALTY"; chanceAtWeakest: number };

// Commune targets cover only the half year the clusters have existed (from 1 July 2025).
export const INDICATORS: Record<string, Indicator> = {
  "I.1": {
    model: "PROGRESS",
    target: { DISTRICT: 120, ORGANISATION: 80, COMMUNE: 30 },
    roundTargetTo: 5,
    decimals: 0,
    shares: [0.22, 0.28, 0.24, 0.26],
  },
  "I.2": {
    model: "PROGRESS",
    target: { DISTRICT: 25_000, ORGANISATION: 40_000, COMMUNE: 4_000 },
    roundTargetTo: 500,
    decimals: 0,
    shares: [0.22, 0.28, 0.24, 0.26],
  },
  "I.3": { model: "FLAG", lateBelow: 0.3, lateQuarters: 1 },
  // Most money comes in during the peak month for the poor (17/10 - 18/11).
  "II.1": {
    model: "PROGRESS",
    target: { DISTRICT: 2_500, ORGANISATION: 3_000, COMMUNE: 350 },
    roundTargetTo: 50,
    decimals: 1,
    shares: [0.2, 0.3, 0.15, 0.35],
  },
  // Gifts are handed out before Tết, which falls in the first quarter.
  "II.2": {
    model: "PROGRESS",
    target: { DISTRICT: 12_000, ORGANISATION: 6_000, COMMUNE: 1_200 },
    roundTargetTo: 100,
    decimals: 0,
    shares: [0.78, 0.06, 0.04, 0.12],
  },
  // Houses are built in the dry season and handed over from mid-year.
  "II.3": {
    model: "PROGRESS",
    target: { DISTRICT: 45, ORGANISATION: 25, COMMUNE: 10 },
    roundTargetTo: 1,
    decimals: 0,
    shares: [0.1, 0.3, 0.35, 0.25],
  },
  "II.4": { model: "RATE", weakest: 82, strongest: 93, gainPerQuarter: 0.3 },
  "II.5": { model: "RATE", weakest: 70, strongest: 94, gainPerQuarter: 0 },
  "III.1": {
    model: "PROGRESS",
    target: { DISTRICT: 12, ORGANISATION: 8, COMMUNE: 4 },
    roundTargetTo: 1,
    decimals: 0,
    shares: [0.2, 0.3, 0.3, 0.2],
  },
  "III.2": { model: "COUNT", weakest: 1, strongest: 6, weights: [1, 1, 1, 1] },
  "III.3": { model: "ASSESSMENT" },
  "IV.1": {
    model: "PROGRESS",
    target: { DISTRICT: 20, ORGANISATION: 12, COMMUNE: 6 },
    roundTargetTo: 1,
    decimals: 0,
    shares: [0.35, 0.2, 0.2, 0.25],
  },
  "IV.2": { model: "FLAG", lateBelow: 0, lateQuarters: 0 },
  "V.1": { model: "FLAG", lateBelow: 0.25, lateQuarters: 2 },
  "V.2": {
    model: "PROGRESS",
    target: { DISTRICT: 800, ORGANISATION: 2_500, COMMUNE: 150 },
    roundTargetTo: 10,
    decimals: 0,
    shares: [0.2, 0.3, 0.25, 0.25],
  },
  "V.3": {
    model: "PROGRESS",
    target: { DISTRICT: 60, ORGANISATION: 150, COMMUNE: 10 },
    roundTargetTo: 1,
    decimals: 0,
    shares: [0.15, 0.3, 0.25, 0.3],
  },
  "VI.1": { model: "ASSESSMENT" },
  "VI.2": { model: "FLAG", lateBelow: 0, lateQuarters: 0 },
  "VI.3": { model: "PENALTY", chanceAtWeakest: 0.3 },
  "VI.4": { model: "PENALTY", chanceAtWeakest: 0.12 },
  // Recognition comes mostly at the year-end review.
  "VII.1": { model: "COUNT", weakest: 0, strongest: 2, weights: [1, 1, 1, 3] },
  "VII.2": { model: "COUNT", weakest: 0, strongest: 1, weights: [1, 1, 1, 3] },
  "VII.3": { model: "COUNT", weakest: 0, strongest: 1.5, weights: [1, 1, 1, 4] },
};
