import { z } from "zod";
import { assertCanReadBloc, seesDrafts } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { assertCanSeeEvidence } from "../../evidence/access";
import { evidenceItemSelect, toEvidenceItem, ZEvidenceItem, type TEvidenceItem } from "../../evidence/item";
import { ZId, ZQuarter, ZYear } from "../../schemas";
import { loadBlocYearGrid, periodStatus } from "../../data/bloc-year-grid";

export const ZEvidenceSheetInput = z.object({
  blocId: ZId,
  year: ZYear,
  quarter: ZQuarter,
  /** One unit's evidence; without it, every unit's the caller may see (as the grid shows their rows). */
  unitId: ZId.optional(),
});
export type TEvidenceSheetInput = z.output<typeof ZEvidenceSheetInput>;

export const ZEvidenceSheet = z.array(ZEvidenceItem);

/** Which units' evidence the caller may see in the quarter: null for every member's. */
async function visibleUnits(ctx: AuthedContext, input: TEvidenceSheetInput): Promise<string[] | null> {
  if (input.unitId) {
    await assertCanSeeEvidence(ctx, { ...input, unitId: input.unitId });
    return [input.unitId];
  }
  await assertCanReadBloc(ctx, input.blocId, input.year);
  if (seesDrafts(ctx.user, input.blocId)) return null;
  const blocYear = await loadBlocYearGrid(ctx.prisma, input.blocId, input.year);
  if (periodStatus(blocYear, input.quarter) === "PUBLISHED") return null;
  return ctx.user.unitId ? [ctx.user.unitId] : [];
}

/** Files and links of a bloc quarter's criteria, oldest first: one unit's, or all the caller may see. */
export async function sheet({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TEvidenceSheetInput;
}): Promise<TEvidenceItem[]> {
  const units = await visibleUnits(ctx, input);
  const rows = await ctx.prisma.evidence.findMany({
    where: {
      quarter: input.quarter,
      criterion: { set: { blocId: input.blocId, year: input.year } },
      ...(units ? { unitId: { in: units } } : {}),
    },
    select: evidenceItemSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toEvidenceItem);
}
