import type { Prisma } from "../generated/prisma/client";
import { BLOCS, type BlocCode } from "./blocs";
import { criteriaSetDefinition, type CriterionDefinition } from "./criteria";

export type SeededCriterion = CriterionDefinition & { id: string };

export interface SeededCriteriaSet {
  id: string;
  /** In display order. */
  criteria: SeededCriterion[];
}

/**
 * Inserts each bloc-year's criteria set. A bloc's later years copy its previous covenant
 * (copiedFromId), so the covenant's history stays visible.
 */
export async function seedCriteriaSets(
  tx: Prisma.TransactionClient,
  blocs: Record<BlocCode, string>,
): Promise<Record<BlocCode, Record<number, SeededCriteriaSet>>> {
  const sets = Object.fromEntries(BLOCS.map((bloc) => [bloc.code, {}])) as Record<
    BlocCode,
    Record<number, SeededCriteriaSet>
  >;
  const definitions = BLOCS.flatMap((bloc) =>
    bloc.years.map((year, index) => ({
      bloc: bloc.code,
      year: year.year,
      previousYear: bloc.years[index - 1]?.year,
      definition: criteriaSetDefinition(bloc.flavour, year.year),
    })),
  );

  // Years in order, so a copy's source exists; there are only a handful of sets.
  for (const { bloc, year, previousYear, definition } of definitions.toSorted((a, b) => a.year - b.year)) {
    const { id } = await tx.criteriaSet.create({
      data: {
        blocId: blocs[bloc],
        year,
        name: definition.name,
        contentMaxPoints: definition.contentMaxPoints,
        bonusCap: definition.bonusCap,
        classification: definition.classification,
        tieBreak: definition.tieBreak,
        copiedFromId: previousYear === undefined ? null : sets[bloc][previousYear]?.id,
      },
      select: { id: true },
    });
    sets[bloc][year] = { id, criteria: [] };
  }

  const setId = (bloc: BlocCode, year: number) => (sets[bloc][year] as SeededCriteriaSet).id;
  const groups = await tx.criteriaGroup.createManyAndReturn({
    data: definitions.flatMap(({ bloc, year, definition }) =>
      definition.groups.map((group, position) => ({
        setId: setId(bloc, year),
        code: group.code,
        name: group.name,
        position,
      })),
    ),
    select: { id: true, setId: true, code: true },
  });
  const groupIds = new Map(groups.map((group) => [`${group.setId}|${group.code}`, group.id]));

  const criteria = definitions.flatMap(({ bloc, year, definition }) =>
    definition.groups
      .flatMap((group) => group.criteria.map((criterion) => ({ group: group.code, criterion })))
      .map((entry, position) => ({ ...entry, setId: setId(bloc, year), position })),
  );
  const criterionRows = await tx.criterion.createManyAndReturn({
    data: criteria.map(({ setId, group, criterion, position }) => ({
      setId,
      groupId: groupIds.get(`${setId}|${group}`) as string,
      code: criterion.code,
      name: criterion.name,
      description: criterion.description,
      unitOfMeasure: criterion.unitOfMeasure,
      maxPoints: criterion.maxPoints,
      kind: criterion.kind,
      rule: criterion.rule,
      knockOut: criterion.knockOut,
      evidenceRequired: criterion.evidenceRequired,
      reporting: criterion.reporting,
      accumulation: criterion.accumulation,
      position,
    })),
    select: { id: true, setId: true, code: true },
  });
  const criterionIds = new Map(criterionRows.map((row) => [`${row.setId}|${row.code}`, row.id]));
  for (const { bloc, year, definition } of definitions) {
    const set = sets[bloc][year] as SeededCriteriaSet;
    set.criteria = definition.groups.flatMap((group) =>
      group.criteria.map((criterion) => ({
        ...criterion,
        id: criterionIds.get(`${set.id}|${criterion.code}`) as string,
      })),
    );
  }
  return sets;
}
