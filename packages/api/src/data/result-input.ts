import { asQuarter, type ResultInput } from "@thidua/core";
import type { Prisma } from "@thidua/db";
import { toNumber } from "./result-cell";

interface StoredFigures {
  unitId: string;
  criterionId: string;
  quarter: number;
  reportedValue: Prisma.Decimal | null;
  verifiedValue: Prisma.Decimal | null;
}

/** A result row read through Prisma as the engine reads it: plain numbers, nothing but the figures. */
export function toResultInput(row: StoredFigures): ResultInput {
  return {
    unitId: row.unitId,
    criterionId: row.criterionId,
    quarter: asQuarter(row.quarter),
    reportedValue: toNumber(row.reportedValue),
    verifiedValue: toNumber(row.verifiedValue),
  };
}
