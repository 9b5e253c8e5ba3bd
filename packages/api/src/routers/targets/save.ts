import { z } from "zod";
import { usesTarget } from "@thidua/core";
import { recordAudit, type AuditEntry } from "../../audit/record";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { ZId, ZYear } from "../../schemas";
import { loadBlocYear } from "../results/bloc-year";
import { ZFigure } from "../results/cell";
import { conflictCellsError, invalidCellsError, nameCells, type UnnamedProblem } from "../results/cell-problems";
import type { TTarget } from "./list";
import { storedRule } from "../../scoring/criteria-set";
import { lockedQuartersNow } from "../../scoring/locked-quarters";
import { checkPhasings, writePhasings, ZPhasingChange } from "./save-phasings";

export const ZTargetCell = z.object({
  unitId: ZId,
  criterionId: ZId,
  value: ZFigure,
  /** The version that was read; null for a target that did not exist yet. */
  version: z.number().int().min(1).nullable(),
});

export const ZSaveTargetsInput = z
  .object({
    blocId: ZId,
    year: ZYear,
    cells: z.array(ZTargetCell).max(2000).default([]),
    /** Seasonal criteria's quarterly spread, saved with the targets (one per criterion). */
    phasings: z.array(ZPhasingChange).max(500).default([]),
  })
  .refine((input) => input.cells.length + input.phasings.length > 0, {
    params: { messageKey: "targets.nothingToSave" },
  });
export type TSaveTargetsInput = z.output<typeof ZSaveTargetsInput>;
type Cell = TSaveTargetsInput["cells"][number];

const cellKey = (cell: { unitId: string; criterionId: string }) => `${cell.unitId}|${cell.criterionId}`;

/**
 * Saves a grid of targets and the criteria's phasings all or nothing: every bad cell is named and
 * nothing is written; a target or phasing someone else changed (or created) since it was read rolls
 * the whole save back, as does a change to what a locked or published quarter shows.
 */
export async function save({ ctx, input }: { ctx: AuthedContext; input: TSaveTargetsInput }): Promise<TTarget[]> {
  const { blocId, year } = input;
  await assertCanManageBloc(ctx, blocId);
  const [blocYear, set] = await Promise.all([
    loadBlocYear(ctx.prisma, blocId, year),
    ctx.prisma.criteriaSet.findUnique({
      where: { blocId_year: { blocId, year } },
      select: {
        criteria: { select: { id: true, code: true, kind: true, rule: true, reporting: true, accumulation: true } },
      },
    }),
  ]);
  if (!set) throw notFound("notFound.criteriaSet", { year });

  const memberIds = new Set(blocYear.members.map((unit) => unit.id));
  const criteria = new Map(set.criteria.map((criterion) => [criterion.id, criterion]));
  const seen = new Set<string>();
  const problems: UnnamedProblem[] = [];
  const refuse = (cell: Cell, problem: Pick<UnnamedProblem, "reason" | "params">) =>
    problems.push({ unitId: cell.unitId, criterionId: cell.criterionId, ...problem });
  for (const cell of input.cells) {
    const criterion = criteria.get(cell.criterionId);
    if (seen.has(cellKey(cell))) refuse(cell, { reason: "cell.duplicate" });
    else if (!memberIds.has(cell.unitId)) refuse(cell, { reason: "cell.notMember", params: { year } });
    else if (!criterion) refuse(cell, { reason: "cell.notInSet" });
    else if (!usesTarget(storedRule(criterion))) refuse(cell, { reason: "cell.noTarget" });
    else if (cell.value < 0) refuse(cell, { reason: "cell.nonNegative" });
    seen.add(cellKey(cell));
  }
  checkPhasings(ctx, input.phasings, criteria);
  if (problems.length > 0) {
    const named = await nameCells(ctx, blocId, problems, { members: blocYear.members, criteria: set.criteria });
    throw invalidCellsError(named, ctx.locale);
  }

  const unitNames = new Map(blocYear.members.map((unit) => [unit.id, unit.name]));
  const conflictError = (cells: Cell[]) =>
    conflictCellsError(
      cells.map(({ unitId, criterionId }) => ({
        unitId,
        criterionId,
        unitName: unitNames.get(unitId) ?? unitId,
        criterionCode: criteria.get(criterionId)?.code ?? criterionId,
      })),
    );

  return ctx.prisma.$transaction(async (tx) => {
    const locked = await lockedQuartersNow(tx, [input]);
    const existing = await tx.target.findMany({
      where: {
        unitId: { in: [...new Set(input.cells.map((cell) => cell.unitId))] },
        criterionId: { in: [...new Set(input.cells.map((cell) => cell.criterionId))] },
      },
      select: { id: true, unitId: true, criterionId: true, value: true, version: true, updatedAt: true },
    });
    const existingByKey = new Map(existing.map((row) => [cellKey(row), { ...row, value: Number(row.value) }]));
    const stale = input.cells.filter((cell) => {
      const row = existingByKey.get(cellKey(cell));
      return cell.version === null ? row !== undefined : row?.version !== cell.version;
    });
    if (stale.length > 0) throw conflictError(stale);

    const saved = new Map<string, TTarget>();
    const audit: AuditEntry[] = [];
    const creates: Cell[] = [];
    for (const cell of input.cells) {
      const row = existingByKey.get(cellKey(cell));
      if (!row) {
        creates.push(cell);
        continue;
      }
      const { id, value, ...kept } = row;
      if (value === cell.value) {
        saved.set(cellKey(cell), { ...kept, value });
        continue;
      }
      // Checked again in the write: the row may have changed since it was read.
      const [updated] = await tx.target.updateManyAndReturn({
        where: { id, version: row.version },
        data: { value: cell.value, version: { increment: 1 }, updatedById: ctx.user.id },
        select: { version: true, updatedAt: true },
      });
      if (!updated) throw conflictError([cell]);
      saved.set(cellKey(cell), { ...kept, ...updated, value: cell.value });
      audit.push({
        userId: ctx.user.id,
        blocId,
        entity: "target",
        entityId: id,
        action: "update",
        before: { value },
        after: { value: cell.value },
      });
    }

    const created = await tx.target.createManyAndReturn({
      data: creates.map(({ unitId, criterionId, value }) => ({ unitId, criterionId, value, updatedById: ctx.user.id })),
      // A target someone else created meanwhile is skipped here and reported as a conflict below.
      skipDuplicates: true,
      select: { id: true, unitId: true, criterionId: true, value: true, version: true, updatedAt: true },
    });
    const createdKeys = new Set(created.map(cellKey));
    const preempted = creates.filter((cell) => !createdKeys.has(cellKey(cell)));
    if (preempted.length > 0) throw conflictError(preempted);
    for (const { id, ...row } of created) {
      const value = Number(row.value);
      saved.set(cellKey(row), { ...row, value });
      audit.push({ userId: ctx.user.id, blocId, entity: "target", entityId: id, action: "create", after: { value } });
    }
    audit.push(...(await writePhasings(ctx, tx, blocId, input.phasings, criteria)));
    await recordAudit(tx, audit);
    await locked.assertUnchanged();
    return input.cells.flatMap((cell) => saved.get(cellKey(cell)) ?? []);
  });
}
