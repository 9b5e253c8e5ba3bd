import {
  formatNumber,
  formatPercent,
  sheetWarnings,
  type FigureContext,
  type FigureWarning,
  type FigureWarningCode,
  type ResultInput,
  type ScoreSide,
  type WarnedField,
} from "@thidua/core";
import type { AuthedContext } from "../context";
import type { Locale } from "../i18n/locale";
import type { MessageParams } from "../i18n/translate";
import { toNumber } from "../data/result-cell";
import type { UnnamedProblem } from "./cell-problems";
import type { TCellChange } from "./cell-change";

/** A warning of a changed figure, with the message that names it. */
export interface UnconfirmedWarning extends UnnamedProblem {
  code: FigureWarningCode;
  side: ScoreSide;
}

export interface WarningScope {
  quarter: number;
  /** The saver's own unit for a unit user: the other units' draft figures are no peers to it. */
  ownUnitId: string | null;
  memberIds: readonly string[];
  criteria: ReadonlyMap<string, FigureContext["criterion"]>;
}

/**
 * The plausibility warnings of a save that the saver did not confirm: each changed figure is
 * checked as it will stand, against the year's stored figures with the save's other changes in
 * place, as the sheet showed them while typing.
 */
export async function unconfirmedWarnings(
  ctx: Pick<AuthedContext, "prisma" | "locale">,
  changes: readonly TCellChange[],
  scope: WarningScope,
): Promise<UnconfirmedWarning[]> {
  const criterionIds = [...new Set(changes.map((change) => change.criterionId))];
  const unitIds = scope.ownUnitId === null ? [...scope.memberIds] : [scope.ownUnitId];
  const [rows, targets] = await Promise.all([
    ctx.prisma.result.findMany({
      where: { unitId: { in: unitIds }, criterionId: { in: criterionIds }, quarter: { lte: scope.quarter } },
      select: { unitId: true, criterionId: true, quarter: true, reportedValue: true, verifiedValue: true },
    }),
    ctx.prisma.target.findMany({
      where: {
        unitId: { in: [...new Set(changes.map((change) => change.unitId))] },
        criterionId: { in: criterionIds },
      },
      select: { unitId: true, criterionId: true, value: true },
    }),
  ]);
  const figures = new Map<string, ResultInput>();
  const key = (unitId: string, criterionId: string, quarter: number) => `${unitId}|${criterionId}|${quarter}`;
  for (const row of rows) {
    figures.set(key(row.unitId, row.criterionId, row.quarter), {
      ...row,
      quarter: row.quarter as ResultInput["quarter"],
      reportedValue: toNumber(row.reportedValue),
      verifiedValue: toNumber(row.verifiedValue),
    });
  }
  const fields: WarnedField[] = [];
  for (const change of changes) {
    const cellKey = key(change.unitId, change.criterionId, scope.quarter);
    const stored = figures.get(cellKey);
    const after: ResultInput = {
      unitId: change.unitId,
      criterionId: change.criterionId,
      quarter: scope.quarter as ResultInput["quarter"],
      reportedValue: change.reportedValue === undefined ? (stored?.reportedValue ?? null) : change.reportedValue,
      verifiedValue: change.verifiedValue === undefined ? (stored?.verifiedValue ?? null) : change.verifiedValue,
    };
    figures.set(cellKey, after);
    // Only a figure this save changes needs confirming; one saved before was confirmed then.
    if (after.reportedValue !== (stored?.reportedValue ?? null)) fields.push({ ...change, side: "self" });
    if (after.verifiedValue !== (stored?.verifiedValue ?? null)) fields.push({ ...change, side: "verified" });
  }
  const confirmed = new Map(changes.map((change) => [`${change.unitId}|${change.criterionId}`, change]));
  const warned = sheetWarnings({
    criteria: scope.criteria,
    quarter: scope.quarter,
    figures: [...figures.values()],
    targets: targets.map((target) => ({ ...target, value: Number(target.value) })),
    fields: fields.map(({ unitId, criterionId, side }) => ({ unitId, criterionId, side })),
  });
  return warned.flatMap(({ unitId, criterionId, side, warnings }) => {
    const change = confirmed.get(`${unitId}|${criterionId}`);
    return warnings
      .filter((warning) => !change?.confirmWarnings?.includes(warning.code))
      .map((warning) => ({ unitId, criterionId, side, code: warning.code, ...warningMessage(warning, ctx.locale) }));
  });
}

function warningMessage(warning: FigureWarning, locale: Locale): Pick<UnnamedProblem, "reason" | "params"> {
  const number = (value: number) => formatNumber(value, locale);
  const params: MessageParams = { value: number(warning.value) };
  switch (warning.code) {
    case "ownHistory":
      return { reason: "cell.warning.ownHistory", params: { ...params, typical: number(warning.typical) } };
    case "peers":
      return { reason: "cell.warning.peers", params: { ...params, typical: number(warning.typical) } };
    case "aboveTarget":
      return {
        reason: "cell.warning.aboveTarget",
        params: { ...params, target: number(warning.target), percent: formatPercent(warning.percent, locale) },
      };
  }
}
