import type { CriteriaSetDef, CriterionRule, TieBreakRule, ClassificationBand } from "@thidua/core";
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
export type StoredTieBreak =
  { by: "GROUP"; groupCode: string } | { by: "CRITERION"; criterionCode: string } | { by: "FEWER_DEDUCTIONS" };

/** A criterion's rule as the engine takes it: the stored parameters with the kind. */
export const storedRule = (criterion: { kind: string; rule: Prisma.JsonValue }): CriterionRule =>
  ({ ...(criterion.rule as object), kind: criterion.kind }) as CriterionRule;

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

export function toCriteriaSetDef(set: CriteriaSetSource): CriteriaSetDef {
  const groupIdByCode = new Map(set.groups.map((group) => [group.code, group.id]));
  const criterionIdByCode = new Map(set.criteria.map((criterion) => [criterion.code, criterion.id]));
  const tieBreak = (set.tieBreak as StoredTieBreak[]).flatMap((rule): TieBreakRule[] => {
    if (rule.by === "GROUP") {
      const groupId = groupIdByCode.get(rule.groupCode);
      return groupId ? [{ by: "GROUP", groupId }] : [];
    }
    if (rule.by === "CRITERION") {
      const criterionId = criterionIdByCode.get(rule.criterionCode);
      return criterionId ? [{ by: "CRITERION", criterionId }] : [];
    }
    return [{ by: "FEWER_DEDUCTIONS" }];
  });
  return {
    contentMaxPoints: Number(set.contentMaxPoints),
    bonusCap: Number(set.bonusCap),
    classification: set.classification as unknown as ClassificationBand[],
    tieBreak,
    groups: set.groups.map(({ id, code, name }) => ({ id, code, name })),
    criteria: set.criteria.map((criterion) => ({
      id: criterion.id,
      groupId: criterion.groupId,
      code: criterion.code,
      name: criterion.name,
      unitOfMeasure: criterion.unitOfMeasure,
      maxPoints: Number(criterion.maxPoints),
      rule: storedRule(criterion),
      reporting: criterion.reporting,
      accumulation: criterion.accumulation,
      knockOut: criterion.knockOut,
    })),
  };
}
