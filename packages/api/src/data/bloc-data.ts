import type { BlocInput, CriteriaSetDef, Quarter, ResultInput } from "@thidua/core";
import type { Prisma, PrismaClient } from "@thidua/db";
import type { BlocYearGrid } from "../routers/results/bloc-year";
import { notFound } from "../errors";
import { toCriteriaSetDef } from "../scoring/criteria-set";
import { loadBlocYearRows, type BlocYearRow, type CriteriaSetRow } from "./bloc-rows";

export interface BlocData {
  blocYear: BlocYearGrid;
  set: Pick<CriteriaSetRow, "id" | "version" | "awardRules">;
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
  counts?: (quarter: number, blocYear: BlocYearGrid, blocId: string) => boolean;
}

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * A bloc-year's covenant, members, targets and results, ready for the scoring engine, in one query;
 * null when the bloc has no criteria set that year (nothing can be scored).
 */
export async function loadBlocData(
  db: Db,
  blocId: string,
  year: number,
  options: BlocDataOptions,
): Promise<BlocData | null> {
  const [row] = await loadBlocYearRows(db, [{ blocId, year }], options.throughQuarter);
  if (!row) throw notFound("notFound.bloc");
  if (!row.id) throw notFound("notFound.blocYear", { year });
  return toBlocData(row, options.counts);
}

/**
 * Several bloc-years at once, in one query whatever their number (the province overview, a unit's
 * trend across years); keyed `blocId|year`. Blocs without members or a criteria set are left out.
 */
export async function loadBlocsData(
  db: Db,
  keys: readonly { blocId: string; year: number }[],
  options: BlocDataOptions,
): Promise<Map<string, BlocData>> {
  const rows = await loadBlocYearRows(db, keys, options.throughQuarter);
  return new Map(
    rows.flatMap((row) => {
      const data = (row.members?.length ?? 0) > 0 ? toBlocData(row, options.counts) : null;
      return data ? [[blocDataKey(row), data] as const] : [];
    }),
  );
}

export const blocDataKey = (key: { blocId: string; year: number }) => `${key.blocId}|${key.year}`;

/** A loaded row ready for the engine; null when the bloc has no such year or no criteria set in it. */
export function toBlocData(row: BlocYearRow, counts: BlocDataOptions["counts"]): BlocData | null {
  const { set } = row;
  if (!set || !row.id) return null;
  const blocYear: BlocYearGrid = {
    id: row.id,
    members: row.members ?? [],
    statuses: new Map(row.periods ?? []),
  };
  const def = toCriteriaSetDef({ ...set, groups: set.groups ?? [], criteria: set.criteria ?? [] });
  const results = (set.results ?? []).map(toResultInput);
  const counted = counts ? results.filter((result) => counts(result.quarter, blocYear, row.blocId)) : results;
  return {
    blocYear,
    set: { id: set.id, version: set.version, awardRules: set.awardRules },
    def,
    latestQuarter: counted.reduce((latest, result) => Math.max(latest, result.quarter), 0),
    input: {
      set: def,
      units: blocYear.members,
      targets: (set.targets ?? []).map(([unitId, criterionId, value]) => ({ unitId, criterionId, value })),
      results: counted,
      phasings: (set.phasings ?? []).map(([criterionId, ...weights]) => ({
        criterionId,
        weights,
      })),
    },
  };
}

function toResultInput([unitId, criterionId, quarter, reportedValue, verifiedValue]: NonNullable<
  CriteriaSetRow["results"]
>[number]): ResultInput {
  return { unitId, criterionId, quarter: quarter as Quarter, reportedValue, verifiedValue };
}
