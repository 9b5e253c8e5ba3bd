import { z } from "zod";
import { ZCode as ZCodeOf, ZName, ZOptionalText } from "../schemas";

export const ZCode = ZCodeOf();
/** Points are stored as Decimal(8, 2). */
export const ZPoints = z.number().min(0).max(1000).multipleOf(0.01);

export const ZClassificationBand = z.object({
  code: ZCode,
  label: ZName(100),
  minTotal: ZPoints,
  passing: z.boolean().optional(),
});

/** Tie-break rules refer to codes, so they survive copying a set into the next year. */
export const ZTieBreakRule = z.discriminatedUnion("by", [
  z.object({ by: z.literal("GROUP"), groupCode: ZCode }),
  z.object({ by: z.literal("CRITERION"), criterionCode: ZCode }),
  z.object({ by: z.literal("FEWER_DEDUCTIONS") }),
]);

const ZBand = z.object({ from: z.number().min(-1e9).max(1e9), points: ZPoints });

const ZCriterionBase = z.object({
  code: ZCode,
  name: ZName(500),
  description: ZOptionalText(4000).default(null),
  unitOfMeasure: ZOptionalText(50).default(null),
  maxPoints: ZPoints,
  reporting: z.enum(["QUARTERLY", "YEAR_END"]).default("QUARTERLY"),
  accumulation: z.enum(["SUM", "LAST", "MAX", "AVERAGE"]).default("SUM"),
  /** A figure needs evidence attached, or an explanation (giải trình) instead. */
  evidenceRequired: z.boolean().default(false),
});

// Only a "no" or a deduction event is a violation the engine can knock a unit out for.
const knockOutAllowed = { knockOut: z.boolean().default(false) };
const knockOutRefused = { knockOut: z.literal(false).default(false) };
const ZNoParameters = z.object({}).default({});

/**
 * A criterion as stored: its kind, and the kind's rule parameters (without the kind, which has
 * its own column).
 */
export const ZCriterionFields = z.discriminatedUnion("kind", [
  ZCriterionBase.extend({
    kind: z.literal("TARGET_PERCENT"),
    rule: z.object({ fullAtPercent: z.number().gt(0).max(1000) }),
    ...knockOutRefused,
  }),
  ZCriterionBase.extend({
    kind: z.literal("BANDS"),
    rule: z.object({ basis: z.enum(["VALUE", "PERCENT_OF_TARGET"]), bands: z.array(ZBand).min(1).max(20) }),
    ...knockOutRefused,
  }),
  ZCriterionBase.extend({ kind: z.literal("YES_NO"), rule: ZNoParameters, ...knockOutAllowed }),
  ZCriterionBase.extend({ kind: z.literal("QUALITATIVE"), rule: ZNoParameters, ...knockOutRefused }),
  ZCriterionBase.extend({
    kind: z.literal("DEDUCTION"),
    rule: z.object({ pointsPerEvent: z.number().gt(0).max(1000) }),
    ...knockOutAllowed,
  }),
  ZCriterionBase.extend({
    kind: z.literal("BONUS"),
    rule: z.object({ pointsPerUnit: z.number().gt(0).max(1000) }),
    ...knockOutRefused,
  }),
]);

export type TCriterionFields = z.output<typeof ZCriterionFields>;
export type TClassificationBand = z.output<typeof ZClassificationBand>;
export type TTieBreakRule = z.output<typeof ZTieBreakRule>;
