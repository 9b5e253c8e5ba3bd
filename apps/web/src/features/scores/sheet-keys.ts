/** The two figures of a cell: the unit's self-assessment (tự chấm) and the verified one (thẩm định). */
export type Side = "self" | "verified";

/** One unit's figures for one criterion in the quarter. */
export interface CellRef {
  unitId: string;
  criterionId: string;
}

/** One of the two figures of a cell: what one input edits. */
export interface FieldRef extends CellRef {
  side: Side;
}

export const cellKey = ({ unitId, criterionId }: CellRef) => `${unitId}|${criterionId}`;
export const fieldKey = ({ unitId, criterionId, side }: FieldRef) => `${unitId}|${criterionId}|${side}`;

export function fieldOfKey(key: string): FieldRef {
  const [unitId = "", criterionId = "", side] = key.split("|");
  return { unitId, criterionId, side: side === "self" ? "self" : "verified" };
}
