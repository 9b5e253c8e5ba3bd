import { z } from "zod";
import type { Prisma, PrismaClient } from "@thidua/db";
import type { Locale } from "../../i18n/locale";
import { criteriaSetSelect, type StoredCriteriaSet, type StoredTieBreak } from "../../data/criteria-set";
import { checkSet } from "./set-check";
import {
  ZClassificationBand,
  ZCriterionFields,
  ZTieBreakRule,
  type TClassificationBand,
  type TCriterionFields,
} from "../../criteria/schemas";

const ZCriterionNode = z.object({ id: z.string(), position: z.number().int() }).and(ZCriterionFields);

/** A bloc-year's criteria set as people edit it: groups holding their criteria, with its totals and problems. */
export const ZCriteriaSetTree = z.object({
  id: z.string(),
  blocId: z.string(),
  year: z.number().int(),
  name: z.string(),
  version: z.number().int(),
  copiedFromId: z.string().nullable(),
  contentMaxPoints: z.number(),
  bonusCap: z.number(),
  classification: z.array(ZClassificationBand),
  tieBreak: z.array(ZTieBreakRule),
  groups: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      position: z.number().int(),
      criteria: z.array(ZCriterionNode),
    }),
  ),
  totals: z.object({ contentMaxSum: z.number(), bonusMaxSum: z.number(), deductionMaxSum: z.number() }),
  problems: z.array(
    z.object({
      code: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      message: z.string(),
    }),
  ),
});

export type TCriteriaSetTree = z.output<typeof ZCriteriaSetTree>;

type CriterionNode = TCriterionFields & { id: string; position: number };

function toTree(set: StoredCriteriaSet, locale: Locale): TCriteriaSetTree {
  const criteriaByGroup = new Map<string, CriterionNode[]>();
  for (const criterion of set.criteria) {
    const node = {
      id: criterion.id,
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
    } as CriterionNode;
    criteriaByGroup.set(criterion.groupId, [...(criteriaByGroup.get(criterion.groupId) ?? []), node]);
  }
  const shape = {
    contentMaxPoints: Number(set.contentMaxPoints),
    bonusCap: Number(set.bonusCap),
    classification: set.classification as TClassificationBand[],
    tieBreak: set.tieBreak as StoredTieBreak[],
    groups: set.groups.map((group) => ({ ...group, criteria: criteriaByGroup.get(group.id) ?? [] })),
  };
  return {
    id: set.id,
    blocId: set.blocId,
    year: set.year,
    name: set.name,
    version: set.version,
    copiedFromId: set.copiedFromId,
    ...shape,
    ...checkSet(shape, locale),
  };
}

/** The bloc-year's set as a tree, or null when the bloc has no set for that year yet. */
export async function loadCriteriaSetTree(
  db: PrismaClient | Prisma.TransactionClient,
  blocId: string,
  year: number,
  locale: Locale,
): Promise<TCriteriaSetTree | null> {
  const set = await db.criteriaSet.findUnique({ where: { blocId_year: { blocId, year } }, select: criteriaSetSelect });
  return set ? toTree(set, locale) : null;
}
