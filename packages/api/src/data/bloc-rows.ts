import type { Accumulation, CriterionKind, PeriodStatus, Prisma, PrismaClient, Reporting } from "@thidua/db";

/** A criterion as the engine and the pages read it; numbers already plain. */
export interface CriterionRow {
  id: string;
  groupId: string;
  code: string;
  name: string;
  unitOfMeasure: string | null;
  maxPoints: number;
  kind: CriterionKind;
  rule: Prisma.JsonValue;
  knockOut: boolean;
  reporting: Reporting;
  accumulation: Accumulation;
}

/** A bloc-year's criteria set as one query returns it. */
export interface CriteriaSetRow {
  id: string;
  version: number;
  contentMaxPoints: number;
  bonusCap: number;
  classification: Prisma.JsonValue;
  tieBreak: Prisma.JsonValue;
  awardRules: Prisma.JsonValue;
  groups: { id: string; code: string; name: string }[] | null;
  criteria: CriterionRow[] | null;
  /** [unitId, criterionId, value] */
  targets: [string, string, number][] | null;
  /** [criterionId, quarter I..IV shares]: the set's seasonal targets. */
  phasings: [string, number, number, number, number][] | null;
  /** [unitId, criterionId, quarter, reportedValue, verifiedValue] */
  results: [string, string, number, number | null, number | null][] | null;
}

/** Everything a bloc-year's scores are computed from, in one row; `id` is null when the bloc has no such year. */
export interface BlocYearRow {
  id: string | null;
  blocId: string;
  year: number;
  /** The bloc's province, for the read check. */
  provinceId: string;
  members: { id: string; name: string }[] | null;
  periods: [number, PeriodStatus][] | null;
  set: CriteriaSetRow | null;
}

/**
 * Blocs' province and, for a year, members, quarter statuses, criteria set, targets, phasings and figures through a quarter, in ONE
 * query whatever the number of blocs: the database assembles each bloc-year as JSON, so a ranking costs
 * one round trip and no per-row decoding (numbers leave the database as plain doubles, which is what
 * `Number(decimal)` gave before). A unit is in one bloc per year and a criterion in one set, so joining
 * figures through the set's criteria and the year's members picks exactly the bloc-year's own.
 */
export function loadBlocYearRows(
  db: PrismaClient | Prisma.TransactionClient,
  keys: readonly { blocId: string; year: number }[],
  throughQuarter: number,
): Promise<BlocYearRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db.$queryRaw<BlocYearRow[]>`
    SELECT y.id, b.id AS "blocId", k.year, b."provinceId",
      (SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY m.position)
         FROM "Membership" m JOIN "Unit" u ON u.id = m."unitId" WHERE m."blocYearId" = y.id) AS members,
      (SELECT json_agg(json_build_array(p.quarter, p.status)) FROM "Period" p WHERE p."blocYearId" = y.id) AS periods,
      (SELECT json_build_object(
          'id', s.id, 'version', s.version,
          'contentMaxPoints', s."contentMaxPoints"::float8, 'bonusCap', s."bonusCap"::float8,
          'classification', s.classification, 'tieBreak', s."tieBreak", 'awardRules', s."awardRules",
          'groups', (SELECT json_agg(json_build_object('id', g.id, 'code', g.code, 'name', g.name) ORDER BY g.position)
             FROM "CriteriaGroup" g WHERE g."setId" = s.id),
          'criteria', (SELECT json_agg(json_build_object(
               'id', c.id, 'groupId', c."groupId", 'code', c.code, 'name', c.name, 'unitOfMeasure', c."unitOfMeasure",
               'maxPoints', c."maxPoints"::float8, 'kind', c.kind, 'rule', c.rule, 'knockOut', c."knockOut",
               'reporting', c.reporting, 'accumulation', c.accumulation) ORDER BY c.position)
             FROM "Criterion" c WHERE c."setId" = s.id),
          'targets', (SELECT json_agg(json_build_array(t."unitId", t."criterionId", t.value::float8))
             FROM "Target" t
             WHERE t."criterionId" = ANY (ARRAY(SELECT c.id FROM "Criterion" c WHERE c."setId" = s.id))
               AND t."unitId" = ANY (ARRAY(SELECT m."unitId" FROM "Membership" m WHERE m."blocYearId" = y.id))),
          'phasings', (SELECT json_agg(json_build_array(f."criterionId", f.q1::float8, f.q2::float8, f.q3::float8, f.q4::float8))
             FROM "TargetPhasing" f
             WHERE f."criterionId" = ANY (ARRAY(SELECT c.id FROM "Criterion" c WHERE c."setId" = s.id))),
          'results', (SELECT json_agg(json_build_array(
               r."unitId", r."criterionId", r.quarter, r."reportedValue"::float8, r."verifiedValue"::float8))
             FROM "Result" r
             WHERE r."criterionId" = ANY (ARRAY(SELECT c.id FROM "Criterion" c WHERE c."setId" = s.id))
               AND r."unitId" = ANY (ARRAY(SELECT m."unitId" FROM "Membership" m WHERE m."blocYearId" = y.id))
               AND r.quarter <= ${throughQuarter}))
        FROM "CriteriaSet" s WHERE s."blocId" = b.id AND s.year = k.year) AS set
    FROM unnest(${keys.map((key) => key.blocId)}::text[], ${keys.map((key) => key.year)}::int[]) AS k("blocId", year)
    JOIN "Bloc" b ON b.id = k."blocId"
    LEFT JOIN "BlocYear" y ON y."blocId" = b.id AND y.year = k.year`;
}
