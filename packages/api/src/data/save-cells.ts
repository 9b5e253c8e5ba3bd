import type { PeriodStatus } from "@thidua/db";
import { recordAudit, type AuditEntry } from "../audit/record";
import { assertCanManageBloc, assertCanReadBloc } from "../auth/access";
import type { AuthedContext } from "../context";
import { notFound } from "../errors";
import { notOpen } from "../quarters/not-open";
import type { TCellChange } from "../cells/cell-change";
import { lockedQuartersNow } from "../quarters/locked-quarters";
import { loadBlocYearGrid, periodStatus } from "./bloc-year-grid";
import { resultCellSelect, toResultCell, type TResultCell } from "./result-cell";
import { cellProblem, type CellRules } from "../cells/cell-checks";
import {
  figuresOf,
  insertRows,
  merge,
  sameFigures,
  updateRows,
  type Create,
  type Figures,
  type Update,
} from "./cell-writes";
import { assertUnitSheetEditable } from "../sheets/edit-guard";
import {
  conflictCellsError,
  invalidCellsError,
  nameCells,
  unconfirmedWarningsError,
  type UnnamedProblem,
} from "../cells/cell-problems";
import { unconfirmedWarnings } from "../cells/cell-warnings";

/** Cell changes of one bloc quarter, saved all or nothing. */
export interface CellsSave {
  blocId: string;
  year: number;
  quarter: number;
  cells: TCellChange[];
}

const cellKey = (cell: { unitId: string; criterionId: string }) => `${cell.unitId}|${cell.criterionId}`;

/**
 * Saves cell changes of one bloc quarter all or nothing: every cell is checked first and every bad
 * one named; then each is written only if nobody changed it since it was read (or, for a new cell,
 * created it meanwhile), else the whole save is rolled back.
 */
export async function saveCells(
  { ctx, input }: { ctx: AuthedContext; input: CellsSave },
  /** A revert (history.revert) says which history entry it restores, kept in its audit row. */
  { revertOf }: { revertOf?: string } = {},
): Promise<TResultCell[]> {
  const { blocId, year, quarter } = input;
  if (ctx.user.role === "UNIT") await assertCanReadBloc(ctx, blocId, year);
  else await assertCanManageBloc(ctx, blocId);

  const [blocYear, set] = await Promise.all([
    loadBlocYearGrid(ctx.prisma, blocId, year),
    ctx.prisma.criteriaSet.findUnique({
      where: { blocId_year: { blocId, year } },
      select: {
        criteria: {
          select: {
            id: true,
            code: true,
            kind: true,
            maxPoints: true,
            reporting: true,
            unitOfMeasure: true,
            accumulation: true,
          },
        },
      },
    }),
  ]);
  if (!set) throw notFound("notFound.criteriaSet", { year });
  const status = periodStatus(blocYear, quarter);
  if (status !== "OPEN") throw notOpen(quarter, status, ctx.locale);

  const criteria = new Map(
    set.criteria.map((criterion) => [criterion.id, { ...criterion, maxPoints: Number(criterion.maxPoints) }]),
  );
  const rules: CellRules = {
    user: ctx.user,
    year,
    quarter,
    memberIds: new Set(blocYear.members.map((unit) => unit.id)),
    criteria,
    locale: ctx.locale,
  };
  const seen = new Set<string>();
  const problems: UnnamedProblem[] = [];
  for (const change of input.cells) {
    const key = cellKey(change);
    const problem = seen.has(key) ? { reason: "cell.duplicate" as const } : cellProblem(change, rules);
    seen.add(key);
    if (problem) problems.push({ unitId: change.unitId, criterionId: change.criterionId, ...problem });
  }
  if (problems.length > 0) {
    const named = await nameCells(ctx, blocId, problems, { members: blocYear.members, criteria: set.criteria });
    throw invalidCellsError(
      named.map((problem) => ({ ...problem, quarter })),
      ctx.locale,
    );
  }

  const warned = await unconfirmedWarnings(ctx, input.cells, {
    quarter,
    ownUnitId: ctx.user.role === "UNIT" ? ctx.user.unitId : null,
    memberIds: [...rules.memberIds],
    criteria,
  });
  if (warned.length > 0) {
    const problems = warned.map(({ unitId, criterionId, reason, params }) => ({ unitId, criterionId, reason, params }));
    const named = await nameCells(ctx, blocId, problems, { members: blocYear.members, criteria: set.criteria });
    throw unconfirmedWarningsError(
      named.map((problem) => ({ ...problem, quarter })),
      ctx.locale,
    );
  }

  // Every cell passed the checks above, so its unit and criterion are the bloc-year's own.
  const unitNames = new Map(blocYear.members.map((unit) => [unit.id, unit.name]));
  const conflictError = (cells: TCellChange[]) =>
    conflictCellsError(
      cells.map(({ unitId, criterionId }) => ({
        unitId,
        criterionId,
        quarter,
        unitName: unitNames.get(unitId) ?? unitId,
        criterionCode: criteria.get(criterionId)?.code ?? criterionId,
      })),
    );

  return ctx.prisma.$transaction(async (tx) => {
    // Locks the quarter's status row: a concurrent lock or publish waits for this save, or this save sees it.
    const [period] = await tx.$queryRaw<{ status: PeriodStatus }[]>`
      SELECT "status" FROM "Period" WHERE "blocYearId" = ${blocYear.id} AND "quarter" = ${quarter} FOR SHARE`;
    if (period && period.status !== "OPEN") throw notOpen(quarter, period.status, ctx.locale);
    if (ctx.user.role === "UNIT" && ctx.user.unitId) {
      await assertUnitSheetEditable(tx, {
        blocYearId: blocYear.id,
        quarter,
        unitId: ctx.user.unitId,
        locale: ctx.locale,
      });
    }
    // A later quarter's year-to-date figures count this one: while one is locked, they must not move.
    const countedByLockedQuarter = [...blocYear.statuses].some(
      ([later, status]) => later > quarter && status !== "OPEN",
    );
    const locked = countedByLockedQuarter ? await lockedQuartersNow(tx, [{ blocId, year }]) : null;

    const existing = await tx.result.findMany({
      where: {
        quarter,
        unitId: { in: [...new Set(input.cells.map((cell) => cell.unitId))] },
        criterionId: { in: [...new Set(input.cells.map((cell) => cell.criterionId))] },
      },
      select: resultCellSelect,
    });
    const existingByKey = new Map(existing.map((row) => [cellKey(row), row]));
    const stale = input.cells.filter((change) => {
      const row = existingByKey.get(cellKey(change));
      return change.version === null ? row !== undefined : row?.version !== change.version;
    });
    if (stale.length > 0) throw conflictError(stale);

    const updates: (Update & { change: TCellChange })[] = [];
    const creates: Create[] = [];
    for (const change of input.cells) {
      const row = existingByKey.get(cellKey(change));
      const before = figuresOf(row);
      const after = merge(before, change);
      if (sameFigures(before, after)) continue;
      if (row) updates.push({ id: row.id, version: row.version, before, after, change });
      else creates.push({ change, after });
    }

    const updated = new Map((await updateRows(tx, updates, ctx.user.id)).map((row) => [row.id, row]));
    // A row changed between our read and our write: its version no longer matched.
    const overtaken = updates.filter((update) => !updated.has(update.id)).map((update) => update.change);
    if (overtaken.length > 0) throw conflictError(overtaken);

    const created = await insertRows(tx, creates, quarter, ctx.user.id);
    const createdByKey = new Map(created.map((row) => [cellKey(row), row]));
    const preempted = creates.filter(({ change }) => !createdByKey.has(cellKey(change))).map(({ change }) => change);
    if (preempted.length > 0) throw conflictError(preempted);

    const createsByKey = new Map(creates.map((create) => [cellKey(create.change), create]));
    const audit = (entry: Pick<AuditEntry, "entityId" | "action" | "before" | "after">): AuditEntry => ({
      ...entry,
      userId: ctx.user.id,
      blocId,
      entity: "result",
    });
    await recordAudit(tx, [
      ...updates.map(({ id, before, after }) =>
        revertOf
          ? audit({ entityId: id, action: "revert", before, after: { ...after, revertOf } })
          : audit({ entityId: id, action: "update", before, after }),
      ),
      ...created.map((row) =>
        audit({ entityId: row.id, action: "create", after: createsByKey.get(cellKey(row))?.after }),
      ),
    ]);
    await locked?.assertUnchanged();

    const saved = new Map(existing.map((row) => [cellKey(row), toResultCell(row)]));
    const written = (change: TCellChange, after: Figures, row: { version: number; updatedAt: Date } | undefined) => {
      if (!row) return;
      const { version, updatedAt } = row;
      const { unitId, criterionId } = change;
      saved.set(cellKey(change), {
        unitId,
        criterionId,
        ...after,
        version,
        updatedAt,
        updatedByName: ctx.user.displayName,
      });
    };
    for (const { id, change, after } of updates) written(change, after, updated.get(id));
    for (const { change, after } of creates) written(change, after, createdByKey.get(cellKey(change)));
    return input.cells.flatMap((change) => saved.get(cellKey(change)) ?? []);
  });
}
