import type {
  Accumulation,
  ClassificationBand,
  CriteriaSetDef,
  CriterionDef,
  CriterionKind,
  CriterionRule,
  Reporting,
  TieBreakRule,
} from "./types";

/** A tie-break rule as covenants write it: groups and criteria named by code, which stay the same in a copied year. */
export type CodedTieBreak =
  { by: "GROUP"; groupCode: string } | { by: "CRITERION"; criterionCode: string } | { by: "FEWER_DEDUCTIONS" };

/** A criterion as written or stored: its kind, and its rule's parameters apart (as the database keeps them). */
export interface WrittenCriterion {
  /** The stored id; a criterion being written has none, and its code stands in. */
  id?: string;
  /** Its group's id, or the group's code when the set has no ids. */
  groupId: string;
  code: string;
  name: string;
  unitOfMeasure: string | null;
  maxPoints: number;
  kind: CriterionKind;
  /** The rule's parameters for the kind (`{ fullAtPercent }`, `{ basis, bands }`, ...). */
  rule: object;
  reporting: Reporting;
  accumulation: Accumulation;
  knockOut: boolean;
}

/** A criteria set written with codes: as a covenant is typed in, saved or read back from the database. */
export interface WrittenCriteriaSet {
  contentMaxPoints: number;
  bonusCap: number;
  classification: readonly ClassificationBand[];
  tieBreak: readonly CodedTieBreak[];
  /** In display order; `id` where stored, else the code stands in. */
  groups: readonly { id?: string; code: string; name: string }[];
  /** In display order. */
  criteria: readonly WrittenCriterion[];
}

/**
 * A criterion's rule as the engine reads it. Covenants list bands from the top ("từ 100% trở lên 4
 * điểm; từ 90% 3 điểm; ...") and the engine scores them in any order, so bands come ascending: the
 * validator's ordering check then only catches two bands that start at the same value.
 */
export function criterionRuleOf(criterion: { kind: CriterionKind; rule: object }): CriterionRule {
  const rule = { ...criterion.rule, kind: criterion.kind } as CriterionRule;
  if (rule.kind !== "BANDS") return rule;
  return { kind: "BANDS", basis: rule.basis, bands: rule.bands.toSorted((a, b) => a.from - b.from) };
}

/** A written criterion as the engine reads it; its code stands in for a missing id. */
export function criterionDefOf(criterion: WrittenCriterion): CriterionDef {
  return {
    id: criterion.id ?? criterion.code,
    groupId: criterion.groupId,
    code: criterion.code,
    name: criterion.name,
    unitOfMeasure: criterion.unitOfMeasure,
    maxPoints: criterion.maxPoints,
    rule: criterionRuleOf(criterion),
    reporting: criterion.reporting,
    accumulation: criterion.accumulation,
    knockOut: criterion.knockOut,
  };
}

/**
 * The engine's definition of a criteria set written with codes, the one conversion the server (stored
 * sets, checks before saving) and the browser (live scores, the covenant being edited) share. Tie-break
 * rules name groups and criteria by code and the engine by id; a rule naming a code the set does not
 * have keeps that code, so validateCriteriaSet reports it, and ranks nobody apart (its value is 0 for all).
 */
export function criteriaSetDef(set: WrittenCriteriaSet): CriteriaSetDef {
  const groups = set.groups.map((group) => ({ id: group.id ?? group.code, code: group.code, name: group.name }));
  const criteria = set.criteria.map(criterionDefOf);
  const groupIdByCode = new Map(groups.map((group) => [group.code, group.id]));
  const criterionIdByCode = new Map(criteria.map((criterion) => [criterion.code, criterion.id]));
  return {
    contentMaxPoints: set.contentMaxPoints,
    bonusCap: set.bonusCap,
    classification: [...set.classification],
    tieBreak: set.tieBreak.map((rule): TieBreakRule => {
      if (rule.by === "GROUP") return { by: "GROUP", groupId: groupIdByCode.get(rule.groupCode) ?? rule.groupCode };
      if (rule.by === "CRITERION") {
        return { by: "CRITERION", criterionId: criterionIdByCode.get(rule.criterionCode) ?? rule.criterionCode };
      }
      return { by: "FEWER_DEDUCTIONS" };
    }),
    groups,
    criteria,
  };
}
