import { z } from "zod";
import type { Period } from "@thidua/core";
import { ZQuarter } from "./schemas";

/** Year to date (the default, what blocs rank on) or the quarter's own figures. */
export const ZBasis = z.enum(["YTD", "QUARTER"]).default("YTD");
/** Verified scores (the default, what counts) or the units' self-assessment. */
export const ZSide = z.enum(["verified", "self"]).default("verified");

export const ZPeriodFields = { quarter: ZQuarter, basis: ZBasis, side: ZSide };

export const toPeriod = (input: Period): Period => ({
  quarter: input.quarter,
  basis: input.basis,
});
