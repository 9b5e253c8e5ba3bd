import type { BlocInput, CriteriaSetDef, Quarter } from "@thidua/core";
import type { PrismaClient } from "@thidua/db";
import { loadBlocYear, type BlocYearGrid } from "../routers/results/bloc-year";
import { toNumber } from "../routers/results/cell";
import { criteriaSetSelect, toCriteriaSetDef, type StoredCriteriaSet } from "./criteria-set";

export interface BlocData {
  blocYear: BlocYearGrid;
  set: StoredCriteriaSet;
  def: CriteriaSetDef;
  /** The last quarter with counted figures; 0 before any. */
  latestQuarter: number;
  /** The engine's input: every member with the figures of the quarters that count. */
  input: BlocInput;
}

export interface BlocDataOptions {
  /** Figures after this quarter are not loaded. */
  throughQuarter: number;
  /** Which quarters' figures count; unit users only see published quarters. Default: all. */
  counts?: (quarter: number, blocYear: BlocYearGrid) => boolean;
}

/**
 * A bloc-year's covenant, members, targets and results, ready for the scoring engine; null when
 * the bloc has no criteria set that year (nothing can be scored).
 */
export async function loadBlocData(
  prisma: PrismaClient,
  blocId: string,
  year: number,
  { throughQuarter, counts }: BlocDataOptions,
): Promise<BlocData | null> {
  const [blocYear, set] = await Promise.all([
    loadBlocYear(prisma, blocId, year),
    prisma.criteriaSet.findUnique({ where: { blocId_year: { blocId, year } }, select: criteriaSetSelect }),
  ]);
  if (!set) return null;

  const unitIds = blocYear.members.map((unit) => unit.id);
  const criterionIds = set.criteria.map((criterion) => criterion.id);
  const [results, targets] = await Promise.all([
    prisma.result.findMany({
      where: { unitId: { in: unitIds }, criterionId: { in: criterionIds }, quarter: { lte: throughQuarter } },
      select: { unitId: true, criterionId: true, quarter: true, reportedValue: true, verifiedValue: true },
    }),
    prisma.target.findMany({
      where: { unitId: { in: unitIds }, criterionId: { in: criterionIds } },
      select: { unitId: true, criterionId: true, value: true },
    }),
  ]);
  const def = toCriteriaSetDef(set);
  const counted = counts ? results.filter((row) => counts(row.quarter, blocYear)) : results;
  return {
    blocYear,
    set,
    def,
    latestQuarter: counted.reduce((latest, row) => Math.max(latest, row.quarter), 0),
    input: {
      set: def,
      units: blocYear.members,
      targets: targets.map((target) => ({ ...target, value: Number(target.value) })),
      results: counted.map((row) => ({
        unitId: row.unitId,
        criterionId: row.criterionId,
        quarter: row.quarter as Quarter,
        reportedValue: toNumber(row.reportedValue),
        verifiedValue: toNumber(row.verifiedValue),
      })),
    },
  };
}

/** Unit users count only published quarters, for every unit, so drafts never shape what they see. */
export const publishedOnly = (quarter: number, blocYear: BlocYearGrid) =>
  blocYear.statuses.get(quarter) === "PUBLISHED";
