import type { AuthedContext } from "../context";
import { notFound } from "../errors";
import { loadBlocYear, type BlocYearGrid } from "../routers/results/bloc-year";
import { resultCellSelect, type StoredResultCell } from "../routers/results/cell";
import { criteriaSetSelect, type StoredCriteriaSet } from "../scoring/criteria-set";
import { loadQuarterSheets, type QuarterSheets } from "../sheets/sheet-status";
import { loadPhasings } from "./phasings";
import { sheetVisibility } from "./visibility";

/** A bloc quarter's score sheet as stored, cut to what the caller may see (read check not included). */
export interface LoadedSheet {
  blocYear: BlocYearGrid;
  set: StoredCriteriaSet;
  /** The rows the caller may see this quarter, in the bloc's order. */
  members: BlocYearGrid["members"];
  /** The visible figures of the sheet's rows, the quarter's and every earlier one's. */
  rows: StoredResultCell[];
  /** The visible figures of the year's earlier quarters, whichever rows they are in (a quarter published later shows all). */
  earlier: StoredResultCell[];
  targets: { unitId: string; criterionId: string; value: number }[];
  quarterSheets: QuarterSheets;
  /** Seasonal targets' quarterly shares, for the class on the plan to date. */
  phasings: Awaited<ReturnType<typeof loadPhasings>>;
}

/**
 * Everything the score sheet of a quarter is built from, the earlier quarters' figures included, in
 * one pass: the year's members, the set, every member's figures through the quarter, targets and
 * sheet statuses. Each figure is then kept or dropped by the one visibility rule, per its own quarter.
 */
export async function loadSheet(
  ctx: AuthedContext,
  { blocId, year, quarter }: { blocId: string; year: number; quarter: number },
): Promise<LoadedSheet> {
  const [blocYear, set] = await Promise.all([
    loadBlocYear(ctx.prisma, blocId, year),
    ctx.prisma.criteriaSet.findUnique({ where: { blocId_year: { blocId, year } }, select: criteriaSetSelect }),
  ]);
  if (!set) throw notFound("notFound.criteriaSet", { year });

  const { members, visible } = sheetVisibility(ctx.user, blocId, blocYear, quarter);
  const allIds = blocYear.members.map((unit) => unit.id);
  const unitIds = members.map((unit) => unit.id);
  const criterionIds = set.criteria.map((criterion) => criterion.id);
  const [rows, targetRows, quarterSheets, phasings] = await Promise.all([
    ctx.prisma.result.findMany({
      where: { unitId: { in: allIds }, criterionId: { in: criterionIds }, quarter: { lte: quarter } },
      select: resultCellSelect,
    }),
    ctx.prisma.target.findMany({
      where: { unitId: { in: unitIds }, criterionId: { in: criterionIds } },
      select: { unitId: true, criterionId: true, value: true },
    }),
    loadQuarterSheets(ctx.prisma, blocYear.id, quarter, unitIds),
    loadPhasings(ctx.prisma, criterionIds),
  ]);
  const shown = new Set(unitIds);
  const visibleRows = rows.filter((row) => visible(row.unitId, row.quarter));
  return {
    blocYear,
    set,
    members,
    rows: visibleRows.filter((row) => shown.has(row.unitId)),
    earlier: visibleRows.filter((row) => row.quarter < quarter),
    targets: targetRows.map((target) => ({ ...target, value: Number(target.value) })),
    quarterSheets,
    phasings,
  };
}
