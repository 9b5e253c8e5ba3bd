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
 * Every member's submission state and gaps for one quarter of several blocs' years, in four
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
        criteria: { select: { id: true, code: true, reporting: true }, orderBy: { position: "asc" } },
      },
    }),
  ]);
  const setsByBloc = new Map(sets.map((set) => [set.blocId, set]));
  const results = await db.result.findMany({
    where: {
      quarter,
      criterionId: { in: sets.flatMap((set) => set.criteria.map((criterion) => criterion.id)) },
      unitId: { in: blocYears.flatMap((row) => row.members.map((member) => member.unit.id)) },
    },
    select: { unitId: true, criterionId: true, reportedValue: true, verifiedValue: true },
  });
  const cellsByUnit = new Map<string, typeof results>();
  for (const row of results) cellsByUnit.set(row.unitId, [...(cellsByUnit.get(row.unitId) ?? []), row]);

  const completeness = new Map<string, QuarterCompleteness>();
  for (const blocYear of blocYears) {
    const set = setsByBloc.get(blocYear.blocId);
    if (!set) continue;
    const period = blocYear.periods[0];
    const deadline = deadlineText(period?.deadline ?? null);
    const sheets = new Map((period?.sheets ?? []).map((row) => [row.unitId, toSheetStatus(row, deadline)]));
    const criterionIds = new Set(set.criteria.map((criterion) => criterion.id));
    const criteria = set.criteria.map((criterion) => ({
      id: criterion.id,
      code: criterion.code,
      due: criterion.reporting === "QUARTERLY" || quarter === 4,
    }));
    const units = blocYear.members.map(({ unit }) => {
      const cells = (cellsByUnit.get(unit.id) ?? [])
        .filter((cell) => criterionIds.has(cell.criterionId))
        .map((cell) => ({
          criterionId: cell.criterionId,
          reportedValue: cell.reportedValue === null ? null : Number(cell.reportedValue),
          verifiedValue: cell.verifiedValue === null ? null : Number(cell.verifiedValue),
        }));
      const verified = new Set(cells.filter((cell) => cell.verifiedValue !== null).map((cell) => cell.criterionId));
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
