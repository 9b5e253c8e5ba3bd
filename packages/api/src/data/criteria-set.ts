import {
  criteriaSetDef,
  criterionRuleOf,
  type ClassificationBand,
  type CodedTieBreak,
  type CriteriaSetDef,
  type CriterionRule,
} from "@thidua/core";
import type { Prisma } from "@thidua/db";

/** What the engine needs of a stored criteria set; select exactly this. */
export const criteriaSetSelect = {
  id: true,
  blocId: true,
  year: true,
  name: true,
  contentMaxPoints: true,
  bonusCap: true,
  classification: true,
  tieBreak: true,
  awardRules: true,
  version: true,
  copiedFromId: true,
  groups: { select: { id: true, code: true, name: true, position: true }, orderBy: { position: "asc" } },
  criteria: {
    select: {
      id: true,
      groupId: true,
      code: true,
      name: true,
      description: true,
      unitOfMeasure: true,
      maxPoints: true,
      kind: true,
      rule: true,
      knockOut: true,
      evidenceRequired: true,
      reporting: true,
      accumulation: true,
      position: true,
    },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.CriteriaSetSelect;

export type StoredCriteriaSet = Prisma.CriteriaSetGetPayload<{ select: typeof criteriaSetSelect }>;

/** Tie-break rules are stored by code (stable across copied years); the engine takes ids. */
export type StoredTieBreak = CodedTieBreak;

/** A criterion's rule as the engine takes it: the stored parameters with the kind. */
export const storedRule = (criterion: { kind: CriterionRule["kind"]; rule: Prisma.JsonValue }): CriterionRule =>
  criterionRuleOf({ kind: criterion.kind, rule: criterion.rule as object });

type Numeric = Prisma.Decimal | number;

/** What the conversion reads: a stored set as Prisma gives it, or as the data layer's one query does. */
export interface CriteriaSetSource {
  contentMaxPoints: Numeric;
  bonusCap: Numeric;
  classification: Prisma.JsonValue;
  tieBreak: Prisma.JsonValue;
  groups: readonly { id: string; code: string; name: string }[];
  criteria: readonly (Pick<
    StoredCriteriaSet["criteria"][number],
    "id" | "groupId" | "code" | "name" | "unitOfMeasure" | "kind" | "rule" | "knockOut" | "reporting" | "accumulation"
  > & { maxPoints: Numeric })[];
}

/** The engine's definition of a stored set, by core's one conversion; decimals become plain numbers. */
export function toCriteriaSetDef(set: CriteriaSetSource): CriteriaSetDef {
  return criteriaSetDef({
    contentMaxPoints: Number(set.contentMaxPoints),
    bonusCap: Number(set.bonusCap),
    classification: set.classification as unknown as ClassificationBand[],
    tieBreak: set.tieBreak as StoredTieBreak[],
    groups: set.groups,
    criteria: set.criteria.map((criterion) => ({
      ...criterion,
      maxPoints: Number(criterion.maxPoints),
      rule: criterion.rule as object,
    })),
  });
}
