import { z } from "zod";
import type { AuthedContext } from "../../context";
import { assertCanSeeEvidence } from "../../evidence/access";
import { evidenceItemSelect, toEvidenceItem, ZEvidenceItem, type TEvidenceItem } from "../../evidence/item";
import { ZId, ZQuarter, ZYear } from "../../schemas";

export const ZEvidenceSheetInput = z.object({ blocId: ZId, year: ZYear, quarter: ZQuarter, unitId: ZId });
export type TEvidenceSheetInput = z.output<typeof ZEvidenceSheetInput>;

export const ZEvidenceSheet = z.array(ZEvidenceItem);

/** One unit's files and links for every criterion of a bloc quarter, oldest first. */
export async function sheet({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TEvidenceSheetInput;
}): Promise<TEvidenceItem[]> {
  await assertCanSeeEvidence(ctx, input);
  const rows = await ctx.prisma.evidence.findMany({
    where: {
      unitId: input.unitId,
      quarter: input.quarter,
      criterion: { set: { blocId: input.blocId, year: input.year } },
    },
    select: evidenceItemSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toEvidenceItem);
}
