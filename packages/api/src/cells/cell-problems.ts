import { readableProvinceIds } from "../auth/access";
import type { AuthedContext } from "../context";
import { AppError, type CellProblem } from "../errors";
import type { Locale } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";
import { translate, type MessageParams } from "../i18n/translate";
import type { Member } from "../data/bloc-year-grid";

export interface CellRef {
  unitId: string;
  criterionId: string;
}

export interface UnnamedProblem extends CellRef {
  reason: MessageKey;
  params?: MessageParams;
}

/**
 * Gives refused cells the names people know them by: the unit's name and the criterion's code.
 * Ids outside the bloc-year are looked up (a unit only in the provinces the caller may read, so a
 * refusal never tells a name the caller could not see otherwise; a criterion only among the bloc's
 * own sets); unknown ids stay ids.
 */
export async function nameCells<T extends UnnamedProblem>(
  { prisma, user }: Pick<AuthedContext, "prisma" | "user">,
  blocId: string,
  problems: T[],
  known: { members: Member[]; criteria: { id: string; code: string }[] },
): Promise<(T & { unitName: string; criterionCode: string })[]> {
  const unitNames = new Map(known.members.map((unit) => [unit.id, unit.name]));
  const criterionCodes = new Map(known.criteria.map((criterion) => [criterion.id, criterion.code]));
  const unknownUnits = [...new Set(problems.map((p) => p.unitId).filter((id) => !unitNames.has(id)))];
  const unknownCriteria = [...new Set(problems.map((p) => p.criterionId).filter((id) => !criterionCodes.has(id)))];
  if (unknownUnits.length > 0) {
    const provinces = await readableProvinceIds({ prisma, user });
    const readable = provinces === "all" ? {} : { OR: [{ id: { in: provinces } }, { parentId: { in: provinces } }] };
    const units = await prisma.unit.findMany({
      where: { id: { in: unknownUnits }, ...readable },
      select: { id: true, name: true },
    });
    for (const unit of units) unitNames.set(unit.id, unit.name);
  }
  if (unknownCriteria.length > 0) {
    const criteria = await prisma.criterion.findMany({
      where: { id: { in: unknownCriteria }, set: { blocId } },
      select: { id: true, code: true },
    });
    for (const criterion of criteria) criterionCodes.set(criterion.id, criterion.code);
  }
  return problems.map((problem) => ({
    ...problem,
    unitName: unitNames.get(problem.unitId) ?? problem.unitId,
    criterionCode: criterionCodes.get(problem.criterionId) ?? problem.criterionId,
  }));
}

const cellName = (cell: CellProblem) => `${cell.unitName} – ${cell.criterionCode}`;

/** Every refused cell named with its reason; nothing was written. */
export function invalidCellsError(cells: CellProblem[], locale: Locale): AppError {
  const list = cells.map((cell) => `${cellName(cell)}: ${translate(cell.reason, locale, cell.params)}`).join("; ");
  return new AppError("BAD_REQUEST", "grid.invalidCells", { count: cells.length, cells: list }, cells);
}

/** Figures that look like slips and were not confirmed; nothing was written. */
export function unconfirmedWarningsError(cells: CellProblem[], locale: Locale): AppError {
  const list = cells.map((cell) => `${cellName(cell)}: ${translate(cell.reason, locale, cell.params)}`).join("; ");
  return new AppError("PRECONDITION_FAILED", "grid.unconfirmedWarnings", { count: cells.length, cells: list }, cells);
}

/** Cells someone else changed since they were read; the whole save was rolled back. */
export function conflictCellsError(cells: (CellRef & { unitName: string; criterionCode: string })[]): AppError {
  const named: CellProblem[] = cells.map((cell) => ({ ...cell, reason: "cell.changedMeanwhile" }));
  return new AppError(
    "CONFLICT",
    "conflict.cells",
    { count: cells.length, cells: named.map(cellName).join(", ") },
    named,
  );
}
