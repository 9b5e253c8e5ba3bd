import { z } from "zod";
import { ZQuarter } from "../schemas";
import {
  scoreBlocToDate,
  type CriterionSideScore,
  type ProvisionalClassification,
  type Quarter,
  type UnitSideTotals,
} from "@thidua/core";
import { assertCanReadBloc, canManageBloc } from "../auth/access";
import type { AuthedContext } from "../context";
import { notFound } from "../errors";
import { toResultInput } from "./result-input";
import { loadPhasings, toTargetPhasing } from "./phasings";
import { sheetVisibility } from "./visibility";
import { criteriaSetSelect, toCriteriaSetDef, type StoredCriteriaSet } from "./criteria-set";
import { ZCriterionFields, type TCriterionFields } from "../criteria/schemas";
import { loadBlocYearGrid, periodStatus, type BlocYearGrid } from "./bloc-year-grid";
import { resultCellSelect, toResultCell, ZResultCell, type StoredResultCell } from "./result-cell";
import { loadQuarterSheets, unitMayEdit, ZSheetStatus, type QuarterSheets } from "../sheets/sheet-status";

const ZSidePoints = z.object({
  /** The year-to-date value the points were computed from. */
  value: z.number().nullable(),
  points: z.number().nullable(),
  status: z.enum(["SCORED", "MISSING", "NO_TARGET", "NOT_DUE"]),
});

const ZSideTotals = z.object({
  content: z.number(),
  bonus: z.number(),
  deduction: z.number(),
  total: z.number(),
  missingCount: z.number().int(),
  knockedOut: z.boolean(),
  /** The class the ranking shows: before quarter IV on the plan to date (tạm xếp loại). */
  classification: z.object({ code: z.string(), label: z.string() }).nullable(),
  provisional: z.boolean(),
  /** The score compared with the bands. */
  classificationScore: z.number(),
});

export const ZGrid = z.object({
  blocId: z.string(),
  year: z.number().int(),
  quarter: ZQuarter,
  status: z.enum(["OPEN", "LOCKED", "PUBLISHED"]),
  setId: z.string(),
  setVersion: z.number().int(),
  contentMaxPoints: z.number(),
  bonusCap: z.number(),
  /** The rows the caller may see, in the bloc's order. */
  members: z.array(z.object({ id: z.string(), name: z.string() })),
  criteria: z.array(
    z
      .object({
        id: z.string(),
        groupId: z.string(),
        groupCode: z.string(),
        groupName: z.string(),
        /** Year-end criteria are only scored in the fourth quarter. */
        due: z.boolean(),
      })
      .and(ZCriterionFields),
  ),
  /** The quarter's own figures; a missing cell has not been entered. */
  cells: z.array(ZResultCell),
  targets: z.array(z.object({ unitId: z.string(), criterionId: z.string(), value: z.number() })),
  /** Seasonal targets' quarterly shares (percent), for the class on the plan to date. */
  phasings: z.array(
    z.object({ criterionId: z.string(), weights: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
  ),
  /** Every visible unit × criterion, scored on the year to date through the quarter. */
  points: z.array(z.object({ unitId: z.string(), criterionId: z.string(), self: ZSidePoints, verified: ZSidePoints })),
  totals: z.array(
    z.object({
      unitId: z.string(),
      maxAttainable: z.number(),
      /** Self total minus verified total. */
      gap: z.number(),
      self: ZSideTotals,
      verified: ZSideTotals,
    }),
  ),
  /** Which rows the caller may edit now, and whether it may enter verified values. */
  editableUnitIds: z.array(z.string()),
  canVerify: z.boolean(),
  /** The quarter's submission deadline ("yyyy-mm-dd") and where each visible member's sheet stands. */
  deadline: z.string().nullable(),
  sheets: z.array(ZSheetStatus),
});
export type TGrid = z.output<typeof ZGrid>;

const sidePoints = ({ value, points, status }: CriterionSideScore) => ({ value, points, status });

function sideTotals(totals: UnitSideTotals, shown: ProvisionalClassification) {
  const { band, score } = shown.classification;
  return {
    content: totals.content,
    bonus: totals.bonus,
    deduction: totals.deduction,
    total: totals.total,
    missingCount: totals.missingCount,
    knockedOut: totals.knockedOut,
    classification: band && { code: band.code, label: band.label },
    provisional: shown.provisional,
    classificationScore: score,
  };
}

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
    loadBlocYearGrid(ctx.prisma, blocId, year),
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

/**
 * A bloc's quarter as a grid. Unit users see only their own row until the quarter is published,
 * and other units' figures count only from published quarters: drafts never leak, not even as totals.
 */
export async function loadScoreSheet({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: { blocId: string; year: number; quarter: Quarter };
}): Promise<TGrid> {
  await assertCanReadBloc(ctx, input.blocId, input.year);
  return gridOf(ctx, input, await loadSheet(ctx, input));
}

/** The grid of a loaded sheet: the quarter's cells, and points and totals on the year to date. */
export function gridOf(
  ctx: AuthedContext,
  { blocId, year, quarter }: { blocId: string; year: number; quarter: Quarter },
  loaded: LoadedSheet,
): TGrid {
  const { blocYear, set, members, rows: visibleRows, targets, quarterSheets, phasings } = loaded;
  const status = periodStatus(blocYear, quarter);
  const ownUnitId = ctx.user.unitId;
  const unitIds = members.map((unit) => unit.id);

  const scores = scoreBlocToDate(
    {
      set: toCriteriaSetDef(set),
      units: members,
      targets,
      results: visibleRows.map(toResultInput),
      phasings: phasings.map(toTargetPhasing),
    },
    { quarter, basis: "YTD" },
  );

  const groups = new Map(set.groups.map((group) => [group.id, group]));
  const open = status === "OPEN";
  const manages = canManageBloc(ctx.user, blocId);
  // A unit's own row turns read-only once it has submitted, until its sheet is returned.
  const ownSheet = quarterSheets.sheets.find((sheet) => sheet.unitId === ownUnitId);
  const unitEditable = ownUnitId && ctx.user.role === "UNIT" && (!ownSheet || unitMayEdit(ownSheet.state));
  return {
    blocId,
    year,
    quarter,
    status,
    setId: set.id,
    setVersion: set.version,
    contentMaxPoints: Number(set.contentMaxPoints),
    bonusCap: Number(set.bonusCap),
    members,
    criteria: set.criteria.map((criterion) => {
      const group = groups.get(criterion.groupId);
      return {
        id: criterion.id,
        groupId: criterion.groupId,
        groupCode: group?.code ?? "",
        groupName: group?.name ?? "",
        due: criterion.reporting === "QUARTERLY" || quarter === 4,
        code: criterion.code,
        name: criterion.name,
        description: criterion.description,
        unitOfMeasure: criterion.unitOfMeasure,
        maxPoints: Number(criterion.maxPoints),
        reporting: criterion.reporting,
        accumulation: criterion.accumulation,
        knockOut: criterion.knockOut,
        evidenceRequired: criterion.evidenceRequired,
        kind: criterion.kind,
        rule: criterion.rule,
      } as TGrid["criteria"][number] & TCriterionFields;
    }),
    cells: visibleRows.filter((row) => row.quarter === quarter).map(toResultCell),
    targets,
    phasings: phasings.map(toTargetPhasing),
    points: scores.flatMap((unit) =>
      unit.criteria.map((criterion) => ({
        unitId: unit.unitId,
        criterionId: criterion.criterionId,
        self: sidePoints(criterion.self),
        verified: sidePoints(criterion.verified),
      })),
    ),
    totals: scores.map((unit) => ({
      unitId: unit.unitId,
      maxAttainable: unit.maxAttainable,
      gap: unit.gap,
      self: sideTotals(unit.self, unit.classes.self),
      verified: sideTotals(unit.verified, unit.classes.verified),
    })),
    editableUnitIds: !open ? [] : manages ? unitIds : unitEditable && ownUnitId ? [ownUnitId] : [],
    canVerify: open && manages,
    deadline: quarterSheets.deadline,
    sheets: quarterSheets.sheets,
  };
}
