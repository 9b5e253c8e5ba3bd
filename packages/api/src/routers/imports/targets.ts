import { z } from "zod";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError } from "../../errors";
import { ZId, ZYear } from "../../schemas";
import { list } from "../targets/list";
import { ZTargetCell } from "../targets/save";
import { describe, figureOf, summarise, ZPreviewCell, ZPreviewSummary, type TPreviewCell } from "./preview";
import { readUpload, ZSheetFile } from "./upload";

export const ZTargetsImportInput = z.object({ blocId: ZId, year: ZYear, file: ZSheetFile });
type TTargetsImportInput = z.output<typeof ZTargetsImportInput>;

export const ZTargetsImport = z.object({
  cells: z.array(ZPreviewCell),
  summary: ZPreviewSummary,
  /** What applying saves through targets.save, each with the version the preview read. */
  changes: z.array(ZTargetCell),
});

/** Reads an uploaded targets sheet against the year's targets as they stand. Nothing is written. */
export async function previewTargets({ ctx, input }: { ctx: AuthedContext; input: TTargetsImportInput }) {
  const { blocId, year } = input;
  await assertCanManageBloc(ctx, blocId);
  const read = await readUpload(input.file, { kind: "targets", blocId, year, quarter: null, unitId: null }, ctx.locale);
  const current = await list({ ctx, input: { blocId, year } });
  const names = new Map(current.units.map((unit) => [unit.id, unit.name]));
  const codes = new Map(current.criteria.map((criterion) => [criterion.id, criterion.code]));
  const stored = new Map(current.targets.map((target) => [`${target.unitId}|${target.criterionId}`, target]));

  const cells: TPreviewCell[] = [];
  const changes: z.output<typeof ZTargetsImport>["changes"] = [];
  for (const cell of read.cells) {
    if (cell.field !== "target") throw new AppError("BAD_REQUEST", "sheet.notOurTemplate");
    const target = stored.get(`${cell.unitId}|${cell.criterionId}`);
    const before = target?.value ?? null;
    const { value, refusal } = figureOf(cell, ctx.locale);
    const base = {
      address: cell.address,
      unitId: cell.unitId,
      unitName: names.get(cell.unitId) ?? cell.unitId,
      criterionId: cell.criterionId,
      criterionCode: codes.get(cell.criterionId) ?? cell.criterionId,
      field: cell.field,
      text: cell.text,
      before,
    };
    const problem =
      refusal ??
      (!names.has(cell.unitId)
        ? { reason: "cell.notMember" as const, params: { year } }
        : !codes.has(cell.criterionId)
          ? { reason: "cell.noTarget" as const }
          : value === null && before !== null
            ? { reason: "sheet.cell.clearTarget" as const }
            : value !== null && value < 0
              ? { reason: "cell.nonNegative" as const }
              : null);
    if (problem) {
      cells.push({ ...base, status: "refused", after: null, reason: describe(problem, ctx.locale) });
    } else if (value === before) {
      cells.push({ ...base, status: "unchanged", after: value, reason: null });
    } else {
      cells.push({ ...base, status: before === null ? "new" : "changed", after: value, reason: null });
      changes.push({
        unitId: cell.unitId,
        criterionId: cell.criterionId,
        value: value as number,
        version: target?.version ?? null,
      });
    }
  }
  return { cells, summary: summarise(cells), changes };
}
