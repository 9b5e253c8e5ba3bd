import { z } from "zod";
import type { PeriodStatus, Prisma, PrismaClient } from "@thidua/db";
import { unitSheetGaps } from "./gaps";
import { deadlineText, draftSheet, sheetSelect, toSheetStatus, ZSheetStatus } from "./sheet-status";

type Db = PrismaClient | Prisma.TransactionClient;

/** One member's sheet of the quarter with what it still lacks, as the coordinator verifies it. */
export const ZUnitCompleteness = ZSheetStatus.extend({
  unitName: z.string(),
  /** Codes of due criteria without a self-assessed figure. */
  missingFigures: z.array(z.string()),
  /** Codes of due criteria whose required evidence is missing and not explained. */
  missingEvidence: z.array(z.string()),
  /** Codes of due criteria without a verified figure yet. */
  missingVerified: z.array(z.string()),
});
export type TUnitCompleteness = z.output<typeof ZUnitCompleteness>;

export const ZCompletenessCounts = z.object({
  members: z.number().int(),
  /** Submitted and waiting for verification, or verified. */
  submitted: z.number().int(),
  verified: z.number().int(),
  /** Members with every due figure entered (and evidence given or explained). */
  complete: z.number().int(),
  late: z.number().int(),
});
export type TCompletenessCounts = z.output<typeof ZCompletenessCounts>;

export interface QuarterCompleteness {
  blocId: string;
  status: PeriodStatus;
  deadline: string | null;
  /** Members in the bloc's order. */
  units: TUnitCompleteness[];
  counts: TCompletenessCounts;
}

export function countsOf(units: readonly TUnitCompleteness[]): TCompletenessCounts {
  return {
    members: units.length,
    submitted: units.filter((unit) => unit.state === "SUBMITTED" || unit.state === "VERIFIED").length,
    verified: units.filter((unit) => unit.state === "VERIFIED").length,
    complete: units.filter((unit) => unit.missingFigures.length === 0 && unit.missingEvidence.length === 0).length,
    late: units.filter((unit) => unit.late).length,
  };
}

/**
 * Every member's submission state and gaps for one quarter of several blocs' years, in five
 * queries whatever the number of blocs: the panel asks for one bloc, the province overview for all.
 * Blocs without that year or without a criteria set are left out.
 */
export async function loadCompleteness(
  db: Db,
  blocIds: readonly string[],
  year: number,
  quarter: number,
): Promise<Map<string, QuarterCompleteness>> {
  const [blocYears, sets] = await Promise.all([
    db.blocYear.findMany({
      where: { blocId: { in: [...blocIds] }, year },
      select: {
        blocId: true,
        members: { select: { unit: { select: { id: true, name: true } } }, orderBy: { position: "asc" } },
        periods: { where: { quarter }, select: { status: true, deadline: true, sheets: { select: sheetSelect } } },
      },
    }),
    db.criteriaSet.findMany({
      where: { blocId: { in: [...blocIds] }, year },
      select: {
        blocId: true,
        criteria: {
          select: { id: true, code: true, reporting: true, evidenceRequired: true },
          orderBy: { position: "asc" },
        },
      },
    }),
  ]);
  const setsByBloc = new Map(sets.map((set) => [set.blocId, set]));
  const quarterCells = {
    quarter,
    criterionId: { in: sets.flatMap((set) => set.criteria.map((criterion) => criterion.id)) },
    unitId: { in: blocYears.flatMap((row) => row.members.map((member) => member.unit.id)) },
  };
  const [results, evidence] = await Promise.all([
    db.result.findMany({
      where: quarterCells,
      select: { unitId: true, criterionId: true, reportedValue: true, verifiedValue: true, explanation: true },
    }),
    db.evidence.groupBy({ by: ["unitId", "criterionId"], where: quarterCells, _count: { _all: true } }),
  ]);
  const cellsByUnit = new Map<string, typeof results>();
  for (const row of results) cellsByUnit.set(row.unitId, [...(cellsByUnit.get(row.unitId) ?? []), row]);
  const evidenceCounts = new Map(evidence.map((row) => [`${row.unitId}|${row.criterionId}`, row._count._all]));

  const completeness = new Map<string, QuarterCompleteness>();
  for (const blocYear of blocYears) {
    const set = setsByBloc.get(blocYear.blocId);
    if (!set) continue;
    const period = blocYear.periods[0];
    const deadline = deadlineText(period?.deadline ?? null);
    const sheets = new Map((period?.sheets ?? []).map((row) => [row.unitId, toSheetStatus(row, deadline)]));
    const criteria = set.criteria.map((criterion) => ({
      id: criterion.id,
      code: criterion.code,
      evidenceRequired: criterion.evidenceRequired,
      due: criterion.reporting === "QUARTERLY" || quarter === 4,
    }));
    const units = blocYear.members.map(({ unit }) => {
      const rows = new Map((cellsByUnit.get(unit.id) ?? []).map((row) => [row.criterionId, row]));
      // Every criterion gets a cell, so evidence attached before a figure was entered still counts.
      const cells = criteria.map((criterion) => {
        const row = rows.get(criterion.id);
        return {
          criterionId: criterion.id,
          value: row?.reportedValue == null ? null : Number(row.reportedValue),
          verified: row?.verifiedValue != null,
          explanation: row?.explanation ?? null,
          evidenceCount: evidenceCounts.get(`${unit.id}|${criterion.id}`) ?? 0,
        };
      });
      const verified = new Set(cells.filter((cell) => cell.verified).map((cell) => cell.criterionId));
      return {
        ...(sheets.get(unit.id) ?? draftSheet(unit.id)),
        unitName: unit.name,
        ...unitSheetGaps(criteria, cells),
        missingVerified: criteria.filter((c) => c.due && !verified.has(c.id)).map((c) => c.code),
      };
    });
    completeness.set(blocYear.blocId, {
      blocId: blocYear.blocId,
      status: period?.status ?? "OPEN",
      deadline,
      units,
      counts: countsOf(units),
    });
  }
  return completeness;
}
