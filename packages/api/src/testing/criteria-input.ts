import type { TCriteriaSetTree } from "../routers/criteria/tree";

/** A criteria set as criteria.byBlocYear returns it, turned back into what criteria.save takes. */
export function saveInputOf(tree: TCriteriaSetTree) {
  return {
    blocId: tree.blocId,
    year: tree.year,
    version: tree.version,
    name: tree.name,
    contentMaxPoints: tree.contentMaxPoints,
    bonusCap: tree.bonusCap,
    classification: tree.classification,
    tieBreak: tree.tieBreak,
    groups: tree.groups.map((group) => ({
      code: group.code,
      name: group.name,
      criteria: group.criteria.map(({ id: _, position: __, ...criterion }) => criterion),
    })),
  };
}
