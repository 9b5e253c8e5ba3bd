import { figureWarnings, type FigureContext, type FigureWarning } from "./plausibility";
import type { ResultInput, ScoreSide, TargetInput } from "./types";

export interface WarnedField {
  unitId: string;
  criterionId: string;
  side: ScoreSide;
}

export interface SheetWarningsInput {
  criteria: ReadonlyMap<string, FigureContext["criterion"]>;
  quarter: number;
  /**
   * The year's figures through the quarter that the person entering may see, the quarter's own as
   * they now stand (typed or stored); another unit's figures count as peers only when given here.
   */
  figures: readonly ResultInput[];
  targets: readonly TargetInput[];
  /** The figures to check. */
  fields: readonly WarnedField[];
}

export interface SheetWarning extends WarnedField {
  /** The figure checked. */
  value: number;
  warnings: FigureWarning[];
}

const key = (unitId: string, criterionId: string) => `${unitId}|${criterionId}`;
const sideValue = (figure: ResultInput, side: ScoreSide) =>
  side === "self" ? figure.reportedValue : figure.verifiedValue;

/**
 * The plausibility warnings of the given fields of a quarter, each measured against the unit's
 * earlier quarters, the other units of the quarter and the unit's target: the one rule the sheet
 * shows while typing and the server checks on save. Fields without a warning are left out.
 */
export function sheetWarnings(input: SheetWarningsInput): SheetWarning[] {
  const byCell = new Map<string, ResultInput[]>();
  const byCriterion = new Map<string, ResultInput[]>();
  for (const figure of input.figures) {
    if (figure.quarter > input.quarter) continue;
    const cell = key(figure.unitId, figure.criterionId);
    byCell.set(cell, [...(byCell.get(cell) ?? []), figure]);
    if (figure.quarter === input.quarter) {
      byCriterion.set(figure.criterionId, [...(byCriterion.get(figure.criterionId) ?? []), figure]);
    }
  }
  const targets = new Map(input.targets.map((target) => [key(target.unitId, target.criterionId), target.value]));
  const warned: SheetWarning[] = [];
  for (const field of input.fields) {
    const criterion = input.criteria.get(field.criterionId);
    const figures = byCell.get(key(field.unitId, field.criterionId)) ?? [];
    const current = figures.find((figure) => figure.quarter === input.quarter);
    const value = current ? sideValue(current, field.side) : null;
    if (!criterion || value === null) continue;
    const earlier = figures
      .filter((figure) => figure.quarter < input.quarter)
      .sort((a, b) => a.quarter - b.quarter)
      .map((figure) => sideValue(figure, field.side));
    const peers = (byCriterion.get(field.criterionId) ?? [])
      .filter((figure) => figure.unitId !== field.unitId)
      .flatMap((figure) => sideValue(figure, field.side) ?? []);
    const warnings = figureWarnings({
      criterion,
      value,
      earlier,
      peers,
      target: targets.get(key(field.unitId, field.criterionId)) ?? null,
    });
    if (warnings.length > 0) warned.push({ ...field, value, warnings });
  }
  return warned;
}
