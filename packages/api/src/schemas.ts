import { z } from "zod";

/** Identifiers, years and quarters as every procedure accepts them. */
export const ZId = z.string().min(1).max(64);
export const ZYear = z.number().int().min(2000).max(2100);
export const ZQuarter = z.number().int().min(1).max(4);
