import type { Prisma } from "@thidua/db";
import type { StoredCriteriaSet } from "../../data/criteria-set";
import type { TCriterionFields } from "../../criteria/schemas";

/** A criterion's row as written, placed by group code; also what its audit rows show. */
export type CriterionRow = TCriterionFields & { groupCode: string; position: number };

export function criterionRows(groups: { code: string; criteria: TCriterionFields[] }[]): CriterionRow[] {
  return groups
    .flatMap((group) => group.criteria.map((criterion) => ({ ...criterion, groupCode: group.code })))
    .map((criterion, position) => ({ ...criterion, position }));
}

export function storedCriterionRows(set: StoredCriteriaSet): (CriterionRow & { id: string })[] {
  const groupCodes = new Map(set.groups.map((group) => [group.id, group.code]));
  return set.criteria.map(
    (criterion) =>
      ({
        id: criterion.id,
        groupCode: groupCodes.get(criterion.groupId) ?? "",
        position: criterion.position,
        code: criterion.code,
        name: criterion.name,
        description: criterion.description,
        unitOfMeasure: criterion.unitOfMeasure,
        maxPoints: Number(criterion.maxPoints),
        kind: criterion.kind,
        rule: criterion.rule,
        knockOut: criterion.knockOut,
        evidenceRequired: criterion.evidenceRequired,
        reporting: criterion.reporting,
        accumulation: criterion.accumulation,
      }) as CriterionRow & { id: string },
  );
}

export function criterionData({ groupCode: _, ...row }: CriterionRow, groupId: string) {
  return { ...row, rule: row.rule as Prisma.InputJsonObject, groupId };
}

export function criterionSnapshot({ id: _, ...row }: CriterionRow & { id?: string }): Prisma.InputJsonObject {
  return { ...row, rule: row.rule as Prisma.InputJsonObject };
}

export function setSnapshot(set: {
  name: string;
  contentMaxPoints: number;
  bonusCap: number;
  classification: unknown;
  tieBreak: unknown;
  groups: { code: string; name: string }[];
}): Prisma.InputJsonObject {
  return {
    name: set.name,
    contentMaxPoints: set.contentMaxPoints,
    bonusCap: set.bonusCap,
    classification: set.classification as Prisma.InputJsonArray,
    tieBreak: set.tieBreak as Prisma.InputJsonArray,
    groups: set.groups.map(({ code, name }) => ({ code, name })),
  };
}

/** JSON with sorted keys: jsonb does not keep key order, so stored and typed rules compare by content. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
