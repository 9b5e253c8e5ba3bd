import { asQuarter, publishedFigures, romanQuarter, type Quarter } from "@thidua/core";
import type { PeriodStatus, Prisma } from "@thidua/db";
import { AppError } from "../errors";
import { loadBlocData } from "../data/bloc-data";

type Tx = Prisma.TransactionClient;

export interface BlocYearRef {
  blocId: string;
  year: number;
}

/**
 * The locked and published quarters of a bloc-year, read FOR SHARE: a concurrent lock, publish or
 * reopen of an existing quarter waits until the caller's transaction ends, so the quarters guarded
 * are the quarters that stay locked.
 */
async function closedQuarters(tx: Tx, { blocId, year }: BlocYearRef): Promise<Quarter[]> {
  const rows = await tx.$queryRaw<{ quarter: number; status: PeriodStatus }[]>`
    SELECT p."quarter", p."status" FROM "Period" p JOIN "BlocYear" b ON b."id" = p."blocYearId"
    WHERE b."blocId" = ${blocId} AND b."year" = ${year} ORDER BY p."quarter" FOR SHARE OF p`;
  return rows.filter((row) => row.status !== "OPEN").map((row) => asQuarter(row.quarter));
}

/** What each of the given quarters shows, as the engine scores the bloc-year inside the transaction. */
async function figuresOf(tx: Tx, ref: BlocYearRef, quarters: Quarter[]): Promise<Map<Quarter, string>> {
  const data = await loadBlocData(tx, ref.blocId, ref.year, { throughQuarter: 4 });
  return new Map(quarters.map((quarter) => [quarter, data ? publishedFigures(data.input, quarter) : "no set"]));
}

/**
 * What a bloc-year's locked and published quarters show now, to be compared once a write that may
 * touch its covenant, targets, members or figures is done: `assertUnchanged` rolls the write back
 * (by throwing inside its transaction) if it changed what one of them shows, naming the quarters to
 * reopen first. The engine recomputes the quarters before and after in the same transaction, so
 * the check holds for any write path and lets through what changes no figure (a criterion renamed,
 * an open quarter's figures that no locked quarter counts).
 */
export async function lockedQuartersNow(tx: Tx, refs: BlocYearRef[]) {
  const guarded: { ref: BlocYearRef; quarters: Quarter[]; before: Map<Quarter, string> }[] = [];
  for (const ref of refs) {
    const quarters = await closedQuarters(tx, ref);
    if (quarters.length > 0) guarded.push({ ref, quarters, before: await figuresOf(tx, ref, quarters) });
  }
  return {
    async assertUnchanged(): Promise<void> {
      for (const { ref, quarters, before } of guarded) {
        const after = await figuresOf(tx, ref, quarters);
        const changed = quarters.filter((quarter) => after.get(quarter) !== before.get(quarter));
        if (changed.length > 0) {
          throw new AppError("PRECONDITION_FAILED", "lockedFigures.changed", {
            quarters: changed.map((quarter) => `${romanQuarter(quarter)}/${ref.year}`).join(", "),
          });
        }
      }
    },
  };
}

/** Runs a write under `lockedQuartersNow`: it stands only if no locked or published quarter changed. */
export async function keepingLockedQuarters<T>(tx: Tx, refs: BlocYearRef[], write: () => Promise<T>): Promise<T> {
  const locked = await lockedQuartersNow(tx, refs);
  const result = await write();
  await locked.assertUnchanged();
  return result;
}
