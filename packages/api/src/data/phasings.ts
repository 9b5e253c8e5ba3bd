import type { Prisma, PrismaClient } from "@thidua/db";

/** Each quarter's share of the year's target, in percent (quarter I to IV). */
export type PhasingWeights = [number, number, number, number];

/** A criterion's stored phasing as the targets page reads it. */
export interface StoredPhasing {
  criterionId: string;
  weights: PhasingWeights;
  version: number;
  updatedAt: Date;
}

/** Only a summed quarterly figure builds up over the year; a level is expected at its target all year. */
export const mayBePhased = (criterion: { accumulation: string; reporting: string }) =>
  criterion.accumulation === "SUM" && criterion.reporting === "QUARTERLY";

export const phasingSelect = {
  id: true,
  criterionId: true,
  q1: true,
  q2: true,
  q3: true,
  q4: true,
  version: true,
  updatedAt: true,
} as const;

type PhasingRow = Prisma.TargetPhasingGetPayload<{ select: typeof phasingSelect }>;

export const weightsOf = (row: Pick<PhasingRow, "q1" | "q2" | "q3" | "q4">): PhasingWeights => [
  Number(row.q1),
  Number(row.q2),
  Number(row.q3),
  Number(row.q4),
];

export const toStoredPhasing = ({ id: _, q1, q2, q3, q4, ...row }: PhasingRow): StoredPhasing => ({
  ...row,
  weights: weightsOf({ q1, q2, q3, q4 }),
});

/** The phasings of the given criteria (of one bloc-year's set). */
export async function loadPhasings(
  db: PrismaClient | Prisma.TransactionClient,
  criterionIds: readonly string[],
): Promise<StoredPhasing[]> {
  const rows = await db.targetPhasing.findMany({
    where: { criterionId: { in: [...criterionIds] } },
    select: phasingSelect,
  });
  return rows.map(toStoredPhasing);
}

/** What the engine takes (a TargetPhasing), which is also what the score sheet scores live with. */
export const toTargetPhasing = ({ criterionId, weights }: Pick<StoredPhasing, "criterionId" | "weights">) => ({
  criterionId,
  weights,
});
