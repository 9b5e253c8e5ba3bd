import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { assertCanChangeEvidence, evidenceCellOf, lockOpenQuarter } from "../../evidence/access";
import { evidenceItemSelect, toEvidenceItem } from "../../evidence/item";
import { auditedEvidence } from "../../evidence/storage";
import { ZId } from "../../schemas";

export const ZRemoveEvidenceInput = z.object({ id: ZId });
export type TRemoveEvidenceInput = z.output<typeof ZRemoveEvidenceInput>;

export const ZRemovedEvidence = z.object({ id: z.string() });

/** Removes a file (its content with it) or a link, under the same rules as adding one. */
export async function remove({ ctx, input }: { ctx: AuthedContext; input: TRemoveEvidenceInput }) {
  const stored = await evidenceCellOf(ctx, input.id);
  const writable = await assertCanChangeEvidence(ctx, stored);
  return ctx.prisma.$transaction(async (tx) => {
    await lockOpenQuarter(tx, ctx, writable);
    const row = await tx.evidence.findUnique({ where: { id: input.id }, select: evidenceItemSelect });
    if (!row) return { id: input.id };
    await tx.evidence.delete({ where: { id: input.id } });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        blocId: stored.blocId,
        entity: "evidence",
        entityId: input.id,
        action: "delete",
        before: auditedEvidence(toEvidenceItem(row)),
      },
    ]);
    return { id: input.id };
  });
}
