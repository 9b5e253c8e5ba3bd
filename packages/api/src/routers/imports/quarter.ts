import { z } from "zod";
import { assertCanManageBloc, assertCanReadBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError } from "../../errors";
import { ZId, ZQuarter, ZYear } from "../../schemas";
import { translate } from "../../i18n/translate";
import { cellProblem } from "../../cells/cell-checks";
import { unconfirmedWarnings } from "../../cells/cell-warnings";
import { loadScoreSheet } from "../../data/score-sheet";
import { ZCellChange, type TCellChange } from "../../cells/cell-change";
import { notOpen } from "../../quarters/not-open";
import { describe, figureOf, summarise, ZPreviewCell, ZPreviewSummary, type TPreviewCell } from "./preview";
import { readSheetUpload, ZSheetFile } from "./upload";

export const ZQuarterImportInput = z.object({ blocId: ZId, year: ZYear, quarter: ZQuarter, file: ZSheetFile });
type TQuarterImportInput = z.output<typeof ZQuarterImportInput>;

export const ZQuarterImport = z.object({
  cells: z.array(ZPreviewCell),
  summary: ZPreviewSummary,
  /**
   * What applying the preview saves, through results.saveGrid like the grid itself: each change
   * names the version the preview read, so a cell someone changed since is a conflict, not an overwrite.
   */
  changes: z.array(ZCellChange),
});

const FIELD = { reported: "reportedValue", verified: "verifiedValue" } as const;

/**
 * Reads an uploaded quarter sheet against the quarter as it stands: every fillable cell new,
 * changed, unchanged or refused (with the reason the grid would give). Nothing is written.
 */
export async function quarter({ ctx, input }: { ctx: AuthedContext; input: TQuarterImportInput }) {
  const { blocId, year, quarter } = input;
  if (ctx.user.role === "UNIT") await assertCanReadBloc(ctx, blocId, year);
  else await assertCanManageBloc(ctx, blocId);
  const unitId = ctx.user.role === "UNIT" ? ctx.user.unitId : null;
  const read = await readSheetUpload(input.file, { kind: "quarter", blocId, year, quarter, unitId }, ctx.locale);

  const current = await loadScoreSheet({ ctx, input: { blocId, year, quarter } });
  if (current.status !== "OPEN") throw notOpen(quarter, current.status, ctx.locale);
  const names = new Map(current.members.map((member) => [member.id, member.name]));
  const criteria = new Map(current.criteria.map((criterion) => [criterion.id, criterion]));
  const stored = new Map(current.cells.map((cell) => [`${cell.unitId}|${cell.criterionId}`, cell]));
  const rules = {
    user: ctx.user,
    year,
    quarter,
    memberIds: new Set(current.members.map((member) => member.id)),
    criteria: new Map(current.criteria.map((criterion) => [criterion.id, criterion])),
    locale: ctx.locale,
  };

  const cells: TPreviewCell[] = [];
  const changes = new Map<string, TCellChange>();
  for (const cell of read.cells) {
    if (cell.field === "target") throw new AppError("BAD_REQUEST", "sheet.notOurTemplate");
    const key = `${cell.unitId}|${cell.criterionId}`;
    const before = stored.get(key)?.[FIELD[cell.field]] ?? null;
    const { value, refusal } = figureOf(cell, ctx.locale);
    const base = {
      address: cell.address,
      unitId: cell.unitId,
      unitName: names.get(cell.unitId) ?? cell.unitId,
      criterionId: cell.criterionId,
      criterionCode: criteria.get(cell.criterionId)?.code ?? cell.criterionId,
      field: cell.field,
      text: cell.text,
      before,
    };
    const problem =
      refusal ??
      (value === before
        ? null
        : cellProblem({ unitId: cell.unitId, criterionId: cell.criterionId, [FIELD[cell.field]]: value }, rules));
    if (problem) {
      cells.push({ ...base, status: "refused", after: null, reason: describe(problem, ctx.locale) });
      continue;
    }
    if (value === before) {
      cells.push({ ...base, status: "unchanged", after: value, reason: null });
      continue;
    }
    cells.push({ ...base, status: before === null ? "new" : "changed", after: value, reason: null });
    const change = changes.get(key) ?? {
      unitId: cell.unitId,
      criterionId: cell.criterionId,
      version: stored.get(key)?.version ?? null,
    };
    changes.set(key, { ...change, [FIELD[cell.field]]: value });
  }
  // The preview lists each unusual figure with its warning; applying it is confirming them.
  const warned = await unconfirmedWarnings(ctx, [...changes.values()], {
    quarter,
    ownUnitId: unitId,
    memberIds: current.members.map((member) => member.id),
    criteria,
  });
  for (const warning of warned) {
    const key = `${warning.unitId}|${warning.criterionId}`;
    const change = changes.get(key);
    if (change) changes.set(key, { ...change, confirmWarnings: [...(change.confirmWarnings ?? []), warning.code] });
    const field = warning.side === "self" ? "reported" : "verified";
    const cell = cells.find(
      (each) => each.unitId === warning.unitId && each.criterionId === warning.criterionId && each.field === field,
    );
    if (cell) {
      const text = translate(warning.reason, ctx.locale, warning.params);
      cell.reason = cell.reason ? `${cell.reason}; ${text}` : `⚠ ${text}`;
    }
  }
  return { cells, summary: summarise(cells), changes: [...changes.values()] };
}
