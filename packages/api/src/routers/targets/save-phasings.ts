import { z } from "zod";
import { usesTarget } from "@thidua/core";
import type { Prisma, Criterion } from "@thidua/db";
import type { AuditEntry } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError } from "../../errors";
import { translate } from "../../i18n/translate";
import type { MessageKey } from "../../i18n/messages";
import { mayBePhased, phasingSelect, weightsOf, type PhasingWeights } from "../../data/phasings";
import { storedRule } from "../../scoring/criteria-set";
import { ZId } from "../../schemas";

const ZShare = z
  .number()
  .min(0)
  .max(100)
  .transform((value) => Math.round(value * 100) / 100);

/** Quarter I to IV in percent of the year's target, adding up to 100 (33,33 + 33,33 + 33,34 + 0 does). */
export const ZPhasingWeights = z
  .tuple([ZShare, ZShare, ZShare, ZShare])
  .refine((weights) => Math.round(weights.reduce((sum, weight) => sum + weight, 0) * 100) === 10_000, {
    params: { messageKey: "phasing.sum" },
  });

export const ZPhasingChange = z.object({
  criterionId: ZId,
  /** null removes the phasing: the target is planned evenly again. */
  weights: ZPhasingWeights.nullable(),
  /** The version that was read; null for a criterion that had none. */
  version: z.number().int().min(1).nullable(),
});
export type TPhasingChange = z.output<typeof ZPhasingChange>;

type Tx = Prisma.TransactionClient;
type SetCriterion = Pick<Criterion, "id" | "code" | "kind" | "rule" | "reporting" | "accumulation">;

/** Every refused phasing named by its criterion's code; nothing is written. */
export function checkPhasings(ctx: AuthedContext, changes: TPhasingChange[], criteria: Map<string, SetCriterion>) {
  const problems: string[] = [];
  const seen = new Set<string>();
  const refuse = (key: MessageKey, code: string) => problems.push(translate(key, ctx.locale, { code }));
  for (const change of changes) {
    const criterion = criteria.get(change.criterionId);
    if (!criterion) refuse("phasing.notInSet", change.criterionId);
    else if (seen.has(change.criterionId)) refuse("phasing.duplicate", criterion.code);
    else if (!usesTarget(storedRule(criterion)) || !mayBePhased(criterion))
      refuse("phasing.notSeasonal", criterion.code);
    seen.add(change.criterionId);
  }
  if (problems.length > 0) throw new AppError("BAD_REQUEST", "phasing.invalid", { problems: problems.join("; ") });
}

const columns = ([q1, q2, q3, q4]: PhasingWeights) => ({ q1, q2, q3, q4 });
const same = (a: PhasingWeights, b: PhasingWeights) => a.every((weight, index) => weight === b[index]);

/**
 * Writes the phasings in the targets' transaction, each checked against the version that was read
 * (a phasing changed, created or removed meanwhile rolls the whole save back), and their audit rows.
 */
export async function writePhasings(
  ctx: AuthedContext,
  tx: Tx,
  blocId: string,
  changes: TPhasingChange[],
  criteria: Map<string, SetCriterion>,
): Promise<AuditEntry[]> {
  if (changes.length === 0) return [];
  const existing = new Map(
    (
      await tx.targetPhasing.findMany({
        where: { criterionId: { in: changes.map((change) => change.criterionId) } },
        select: phasingSelect,
      })
    ).map((row) => [row.criterionId, row]),
  );
  const conflict = (change: TPhasingChange) =>
    new AppError("CONFLICT", "conflict.version", {
      what: translate("what.phasing", ctx.locale, { code: criteria.get(change.criterionId)?.code ?? "" }),
    });
  const audit: AuditEntry[] = [];
  const entry = (entityId: string, action: "create" | "update" | "delete", change: Partial<AuditEntry>) =>
    audit.push({ userId: ctx.user.id, blocId, entity: "targetPhasing", entityId, action, ...change });
  for (const change of changes) {
    const row = existing.get(change.criterionId);
    if (change.version === null ? row !== undefined : row?.version !== change.version) throw conflict(change);
    if (!row) {
      if (change.weights === null) continue;
      const created = await tx.targetPhasing.createManyAndReturn({
        data: [{ criterionId: change.criterionId, ...columns(change.weights), updatedById: ctx.user.id }],
        // Someone else created it meanwhile: a conflict, not a unique violation that aborts the transaction.
        skipDuplicates: true,
        select: { id: true },
      });
      if (!created[0]) throw conflict(change);
      entry(created[0].id, "create", { after: { criterionId: change.criterionId, weights: change.weights } });
      continue;
    }
    const before = { criterionId: change.criterionId, weights: weightsOf(row) };
    if (change.weights === null) {
      const { count } = await tx.targetPhasing.deleteMany({ where: { id: row.id, version: row.version } });
      if (count === 0) throw conflict(change);
      entry(row.id, "delete", { before });
      continue;
    }
    if (same(before.weights, change.weights)) continue;
    // Checked again in the write: the row may have changed since it was read.
    const { count } = await tx.targetPhasing.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...columns(change.weights), version: { increment: 1 }, updatedById: ctx.user.id },
    });
    if (count === 0) throw conflict(change);
    entry(row.id, "update", { before, after: { criterionId: change.criterionId, weights: change.weights } });
  }
  return audit;
}
