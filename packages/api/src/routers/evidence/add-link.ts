import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { assertCanChangeEvidence, lockOpenQuarter } from "../../evidence/access";
import { evidenceItemSelect, toEvidenceItem, ZEvidenceItem, type TEvidenceItem } from "../../evidence/item";
import { auditedEvidence } from "../../evidence/storage";
import { ZId, ZQuarter, ZUrl, ZYear } from "../../schemas";

export const ZAddLinkInput = z.object({
  blocId: ZId,
  year: ZYear,
  quarter: ZQuarter,
  unitId: ZId,
  criterionId: ZId,
  url: ZUrl(2000),
});
export type TAddLinkInput = z.output<typeof ZAddLinkInput>;

export const ZAddedLink = ZEvidenceItem;

/** A link to evidence kept elsewhere (a published decision, a shared folder): http(s) only. */
export async function addLink({ ctx, input }: { ctx: AuthedContext; input: TAddLinkInput }): Promise<TEvidenceItem> {
  const { url, ...cell } = input;
  const writable = await assertCanChangeEvidence(ctx, cell);
  return ctx.prisma.$transaction(async (tx) => {
    await lockOpenQuarter(tx, ctx, writable);
    const row = await tx.evidence.create({
      data: {
        criterionId: cell.criterionId,
        unitId: cell.unitId,
        quarter: cell.quarter,
        kind: "LINK",
        name: url,
        url,
        createdById: ctx.user.id,
      },
      select: evidenceItemSelect,
    });
    const item = toEvidenceItem(row);
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        blocId: cell.blocId,
        entity: "evidence",
        entityId: row.id,
        action: "create",
        after: auditedEvidence(item),
      },
    ]);
    return item;
  });
}
