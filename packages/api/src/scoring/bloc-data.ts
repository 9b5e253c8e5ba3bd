import type { BlocInput, CriteriaSetDef, Quarter, ResultInput } from "@thidua/core";
import type { Prisma, PrismaClient } from "@thidua/db";
import { blocYearGridSelect, loadBlocYear, toBlocYearGrid, type BlocYearGrid } from "../routers/results/bloc-year";
import { toNumber } from "../routers/results/cell";
import { criteriaSetSelect, toCriteriaSetDef, type StoredCriteriaSet } from "./criteria-set";

type Db = PrismaClient | Prisma.TransactionClient;

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
  prisma: Db,
  blocId: string,
  year: number,
  { throughQuarter, counts }: BlocDataOptions,
): Promise<BlocData | null> {
  const [blocYear, set] = await Promise.all([
    loadBlocYear(prisma, blocId, year),
    prisma.criteriaSet.findUnique({ where: { blocId_year: { blocId, year } }, select: criteriaSetSelect }),
  ]);
  if (!set) return null;

  const [results, targets] = await loadFigures(prisma, blocYear.members, set.criteria, throughQuarter);
  return toBlocData(blocYear, set, results, targets, counts);
}

/**
 * Several blocs of one year at once, in four queries whatever their number (the province overview);
 * blocs without members or a criteria set that year are left out.
 */
export async function loadBlocsData(
  prisma: PrismaClient,
  blocIds: readonly string[],
  year: number,
  { throughQuarter, counts }: BlocDataOptions,
): Promise<Map<string, BlocData>> {
  const [blocYears, sets] = await Promise.all([
    prisma.blocYear.findMany({
      where: { blocId: { in: [...blocIds] }, year },
      select: { ...blocYearGridSelect, blocId: true },
    }),
    prisma.criteriaSet.findMany({ where: { blocId: { in: [...blocIds] }, year }, select: criteriaSetSelect }),
  ]);
  const setOf = new Map(sets.map((set) => [set.blocId, set]));
  const scorable = blocYears.flatMap((row) => {
    const set = setOf.get(row.blocId);
    return set && row.members.length > 0 ? [{ row, set }] : [];
  });
  const [results, targets] = await loadFigures(
    prisma,
    scorable.flatMap(({ row }) => row.members.map((member) => member.unit)),
    scorable.flatMap(({ set }) => set.criteria),
    throughQuarter,
  );
  // A unit is in one bloc per year and a criterion in one set: figures split cleanly by set.
  const blocOfCriterion = new Map(scorable.flatMap(({ set }) => set.criteria.map((c) => [c.id, set.blocId])));
  const forBloc = <T extends { criterionId: string }>(rows: T[], blocId: string) =>
    rows.filter((row) => blocOfCriterion.get(row.criterionId) === blocId);
  return new Map(
    scorable.map(({ row, set }) => {
      const data = toBlocData(
        toBlocYearGrid(row),
        set,
        forBloc(results, row.blocId),
        forBloc(targets, row.blocId),
        counts,
      );
      return [row.blocId, data] as const;
    }),
  );
}

function loadFigures(
  prisma: Db,
  units: readonly { id: string }[],
  criteria: readonly { id: string }[],
  throughQuarter: number,
) {
  const unitIds = units.map((unit) => unit.id);
  const criterionIds = criteria.map((criterion) => criterion.id);
  return Promise.all([
    prisma.result.findMany({
      where: { unitId: { in: unitIds }, criterionId: { in: criterionIds }, quarter: { lte: throughQuarter } },
      select: { unitId: true, criterionId: true, quarter: true, reportedValue: true, verifiedValue: true },
    }),
    prisma.target.findMany({
      where: { unitId: { in: unitIds }, criterionId: { in: criterionIds } },
      select: { unitId: true, criterionId: true, value: true },
    }),
  ]);
}

type Figures = Awaited<ReturnType<typeof loadFigures>>;

function toBlocData(
  blocYear: BlocYearGrid,
  set: StoredCriteriaSet,
  results: Figures[0],
  targets: Figures[1],
  counts: BlocDataOptions["counts"],
): BlocData {
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
      results: counted.map(toResultInput),
    },
  };
}

/** A stored result as the engine reads it: plain numbers, nothing but the figures. */
export function toResultInput(row: StoredFigures): ResultInput {
  return {
    unitId: row.unitId,
    criterionId: row.criterionId,
    quarter: row.quarter as Quarter,
    reportedValue: toNumber(row.reportedValue),
    verifiedValue: toNumber(row.verifiedValue),
  };
}

interface StoredFigures {
  unitId: string;
  criterionId: string;
  quarter: number;
  reportedValue: Prisma.Decimal | null;
  verifiedValue: Prisma.Decimal | null;
}

/** Unit users count only published quarters, for every unit, so drafts never shape what they see. */
export const publishedOnly = (quarter: number, blocYear: BlocYearGrid) =>
  blocYear.statuses.get(quarter) === "PUBLISHED";
